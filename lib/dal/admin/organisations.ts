import "server-only";
import { and, asc, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { activityOrganisations, organisations, users } from "@/db/schema";
import { AppError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { OrganisationKind } from "@/lib/domain";
import { DEFAULT_ORGANISATION_TYPE, isIatiOrganisationType, type IatiOrganisationType } from "@/lib/iati/codes";
import {
  IATI_IDENTIFIER,
  IATI_IDENTIFIER_MESSAGE,
  newOrganisationSchema,
  organisationEditSchema,
} from "@/lib/validation/organisation";
import type { Tx } from "@/lib/dal/db";
import { assertCan } from "@/lib/dal/access";
import { recordEvent } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export interface OrganisationRow {
  id: string;
  code: string;
  label: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  parentId: string | null;
  countryCode: string | null;
  iatiIdentifier: string | null;
  /** Its IATI OrganisationType, recorded or taken from its kind. */
  iatiType: IatiOrganisationType;
  retiredAt: Date | null;
  /** Activities that name it (any role): kept, with it, when it is retired. */
  activityCount: number;
  focalPointCount: number;
}

/** Every organisation, retired ones too, with how much of the record names it: three queries. */
export async function listOrganisations(user: SessionUser): Promise<OrganisationRow[]> {
  assertCan(user, "organisation:manage");
  const db = await getDatabase();
  const [rows, activityCounts, focalPointCounts] = await Promise.all([
    db.select().from(organisations).orderBy(asc(organisations.kind), asc(organisations.name)),
    db
      .select({ id: activityOrganisations.organisationId, n: count() })
      .from(activityOrganisations)
      .groupBy(activityOrganisations.organisationId),
    db
      .select({ id: users.organisationId, n: count() })
      .from(users)
      .where(and(eq(users.role, "focal_point"), eq(users.active, true)))
      .groupBy(users.organisationId),
  ]);
  const activityCount = new Map(activityCounts.map((c) => [c.id, c.n]));
  const focalPointCount = new Map(focalPointCounts.map((c) => [c.id, c.n]));
  return rows.map((o) => ({
    id: o.id,
    code: o.code,
    label: o.acronym ?? o.name,
    name: o.name,
    acronym: o.acronym,
    kind: o.kind,
    parentId: o.parentId,
    countryCode: o.countryCode,
    iatiIdentifier: o.iatiIdentifier,
    iatiType: o.iatiType && isIatiOrganisationType(o.iatiType) ? o.iatiType : DEFAULT_ORGANISATION_TYPE[o.kind],
    retiredAt: o.retiredAt,
    activityCount: activityCount.get(o.id) ?? 0,
    focalPointCount: focalPointCount.get(o.id) ?? 0,
  }));
}

// Kept beside its one function: the identifier field on the organisations page.
export const iatiIdentifierSchema = z
  .object({
    iatiIdentifier: z.string().trim().regex(IATI_IDENTIFIER, IATI_IDENTIFIER_MESSAGE),
    // "": its kind's default type (lib/iati/codes.ts); left out: unchanged.
    iatiType: z
      .string()
      .refine((v) => v === "" || isIatiOrganisationType(v), "Choose an IATI organisation type from the list.")
      .optional(),
  })
  .strict();

/** Sets (or clears) the identifier and the type the IATI export uses for the organisation. */
export async function setIatiIdentifier(user: SessionUser, id: string, input: unknown): Promise<void> {
  const subject = { entityType: "organisation" as const, entityId: id, action: "set_iati_identifier" };
  await mutate({ user, subject, capability: "organisation:manage" }, async (tx, effects) => {
    const { iatiIdentifier, iatiType } = iatiIdentifierSchema.parse(input);
    if (!isUuid(id)) throw new AppError("not_found", "organisation");
    const [before] = await tx
      .select({ iatiIdentifier: organisations.iatiIdentifier, iatiType: organisations.iatiType })
      .from(organisations)
      .where(eq(organisations.id, id));
    if (!before) throw new AppError("not_found", "organisation");
    const after = {
      iatiIdentifier: iatiIdentifier || null,
      iatiType: iatiType === undefined ? before.iatiType : iatiType || null,
    };
    await tx.update(organisations).set(after).where(eq(organisations.id, id));
    effects.audit(recordEvent(user, "organisation", id, "set_iati_identifier", before, after));
  });
}

/** A parent must be a current organisation; on an edit, not the organisation itself or one below it. */
async function checkParent(tx: Tx, parentId: string, self: string | null): Promise<void> {
  if (!parentId) return;
  const refuse = (message: string) => {
    throw new InvalidInputError("Some fields need attention.", { parentId: message });
  };
  const [parent] = await tx
    .select({ retiredAt: organisations.retiredAt })
    .from(organisations)
    .where(eq(organisations.id, parentId));
  if (!parent || parent.retiredAt) refuse("Choose a current organisation as the parent.");
  if (!self) return;
  // Walk up from the chosen parent: meeting the organisation itself would make a loop.
  const all = await tx.select({ id: organisations.id, parentId: organisations.parentId }).from(organisations);
  const parentOf = new Map(all.map((o) => [o.id, o.parentId]));
  for (let at: string | null = parentId, steps = 0; at && steps <= all.length; at = parentOf.get(at) ?? null, steps++) {
    if (at === self) refuse("An organisation cannot sit under itself or under one of its own parts.");
  }
}

/** Adds an organisation; a code already taken is a field error, never a second row. */
export async function createOrganisation(user: SessionUser, input: unknown): Promise<{ id: string }> {
  const subject = { entityType: "organisation" as const, entityId: "new", action: "create" };
  return mutate({ user, subject, capability: "organisation:manage" }, async (tx, effects) => {
    const values = newOrganisationSchema.parse(input);
    const [taken] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.code, values.code));
    if (taken) {
      throw new InvalidInputError("Some fields need attention.", {
        code: `The code ${values.code} is taken: organisations keep their code, retired or not.`,
      });
    }
    await checkParent(tx, values.parentId, null);
    const row = {
      code: values.code,
      kind: values.kind,
      name: values.name,
      acronym: values.acronym || null,
      parentId: values.parentId || null,
      countryCode: values.countryCode || null,
      iatiIdentifier: values.iatiIdentifier || null,
    };
    const [created] = await tx.insert(organisations).values(row).returning({ id: organisations.id });
    effects.audit(recordEvent(user, "organisation", created!.id, "create", null, row));
    return { id: created!.id };
  });
}

/** Renames an organisation or moves it under another; its code and kind stay. */
export async function updateOrganisation(user: SessionUser, id: string, input: unknown): Promise<void> {
  const subject = { entityType: "organisation" as const, entityId: id, action: "edit" };
  await mutate({ user, subject, capability: "organisation:manage", publicRecord: true }, async (tx, effects) => {
    const values = organisationEditSchema.parse(input);
    if (!isUuid(id)) throw new AppError("not_found", "organisation");
    const [before] = await tx
      .select({ name: organisations.name, acronym: organisations.acronym, parentId: organisations.parentId })
      .from(organisations)
      .where(eq(organisations.id, id));
    if (!before) throw new AppError("not_found", "organisation");
    const after = { name: values.name, acronym: values.acronym || null, parentId: values.parentId || null };
    if (after.parentId !== before.parentId) await checkParent(tx, values.parentId, id);
    await tx.update(organisations).set(after).where(eq(organisations.id, id));
    effects.audit(recordEvent(user, "organisation", id, "edit", before, after));
  });
}

/**
 * Retires an organisation (or reinstates it). Nothing about it is deleted: its activities,
 * reports, users and history keep it; it is only left out of new choices.
 */
export async function setOrganisationRetired(user: SessionUser, id: string, retired: boolean): Promise<void> {
  const action = retired ? "retire" : "reinstate";
  return mutate(
    { user, subject: { entityType: "organisation", entityId: id, action }, capability: "organisation:manage" },
    async (tx, effects) => {
      if (!isUuid(id)) throw new AppError("not_found", "organisation");
      const updated = await tx
        .update(organisations)
        .set({ retiredAt: retired ? sql`now()` : null })
        .where(
          and(eq(organisations.id, id), retired ? isNull(organisations.retiredAt) : isNotNull(organisations.retiredAt)),
        )
        .returning({ retiredAt: organisations.retiredAt });
      if (updated.length === 0) {
        const [exists] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
        if (!exists) throw new AppError("not_found", "organisation");
        throw new InvalidInputError(
          retired ? "This organisation is already retired." : "This organisation is not retired.",
        );
      }
      effects.audit(recordEvent(user, "organisation", id, action, null, { retiredAt: updated[0]!.retiredAt }));
    },
  );
}
