import "server-only";
import { asc, count, desc, eq, inArray } from "drizzle-orm";
import { activityOrganisations, organisations } from "@/db/schema";
import type { OrganisationKind } from "@/lib/domain";
import { PARTNER_KINDS } from "@/lib/partners";
import { assertCan } from "@/lib/dal/access";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export interface PartnerCount {
  code: string;
  label: string;
  kind: OrganisationKind;
  count: number;
}

/**
 * Activities per partner beyond the UN (governments, other intergovernmental organisations,
 * civil society), in any role: the dashboard shows them apart from the UN entities. One query.
 */
export async function activitiesPerPartner(user: SessionUser): Promise<PartnerCount[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  const rows = await db
    .select({
      code: organisations.code,
      acronym: organisations.acronym,
      name: organisations.name,
      kind: organisations.kind,
      count: count(),
    })
    .from(activityOrganisations)
    .innerJoin(organisations, eq(organisations.id, activityOrganisations.organisationId))
    .where(inArray(organisations.kind, [...PARTNER_KINDS]))
    .groupBy(organisations.code, organisations.acronym, organisations.name, organisations.kind)
    .orderBy(desc(count()), asc(organisations.code))
    .limit(15);
  return rows.map((o) => ({ code: o.code, label: o.acronym ?? o.name, kind: o.kind, count: o.count }));
}
