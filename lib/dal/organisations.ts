import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "@/db/audit";
import { organisations } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { OrganisationKind } from "@/lib/domain";
import { assertCan } from "./access";
import { auditActor } from "./audit-trail";
import { getDatabase } from "./db";
import type { SessionUser } from "./session-user";

export interface OrganisationRow {
  id: string;
  code: string;
  label: string;
  name: string;
  kind: OrganisationKind;
  iatiIdentifier: string | null;
}

export async function listOrganisations(user: SessionUser): Promise<OrganisationRow[]> {
  assertCan(user, "organisation:manage");
  const db = await getDatabase();
  const rows = await db.select().from(organisations).orderBy(asc(organisations.kind), asc(organisations.name));
  return rows.map((o) => ({
    id: o.id,
    code: o.code,
    label: o.acronym ?? o.name,
    name: o.name,
    kind: o.kind,
    iatiIdentifier: o.iatiIdentifier,
  }));
}

// An IATI organisation identifier: registration agency prefix and number, e.g. XM-DAC-41114.
export const iatiIdentifierSchema = z
  .object({
    iatiIdentifier: z
      .string()
      .trim()
      .regex(
        /^([A-Za-z0-9]{2,}-[A-Za-z0-9._-]{1,60})?$/,
        "Enter an IATI organisation identifier such as XM-DAC-41114.",
      ),
  })
  .strict();

/** Sets (or clears) the identifier the IATI export uses for the organisation. */
export async function setIatiIdentifier(user: SessionUser, id: string, input: unknown): Promise<void> {
  assertCan(user, "organisation:manage");
  const { iatiIdentifier } = iatiIdentifierSchema.parse(input);
  if (!isUuid(id)) throw new AppError("not_found", "organisation");
  const db = await getDatabase();
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ value: organisations.iatiIdentifier })
      .from(organisations)
      .where(eq(organisations.id, id));
    if (!before) throw new AppError("not_found", "organisation");
    await tx
      .update(organisations)
      .set({ iatiIdentifier: iatiIdentifier || null })
      .where(eq(organisations.id, id));
    await recordAudit(tx, [
      {
        actor: auditActor(user),
        entityType: "organisation",
        entityId: id,
        action: "set_iati_identifier",
        before: { iatiIdentifier: before.value },
        after: { iatiIdentifier: iatiIdentifier || null },
      },
    ]);
  });
}
