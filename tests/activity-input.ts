import { eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisations, planClauses } from "@/db/schema";
import { EMPTY_ACTIVITY_FORM, type ActivityFormValues } from "@/lib/validation/activity";

/** A complete draft led by UNICEF with AICHR co-organising, ready to be submitted for review. */
export async function draftInput(
  db: Database,
  overrides: Partial<ActivityFormValues> = {},
): Promise<ActivityFormValues> {
  const orgs = await db
    .select()
    .from(organisations)
    .where(inArray(organisations.code, ["UNICEF", "AICHR"]));
  const [clause] = await db.select().from(planClauses).where(eq(planClauses.number, "1.2.4"));
  const id = (code: string) => orgs.find((o) => o.code === code)!.id;
  return {
    ...EMPTY_ACTIVITY_FORM,
    title: "Regional workshop on child online protection",
    type: "workshop",
    themes: ["childrens_rights"],
    leadOrganisationId: id("UNICEF"),
    involved: [{ organisationId: id("AICHR"), role: "co_organiser" }],
    clauseIds: [clause!.id],
    primaryClauseId: clause!.id,
    startDate: "2026-03-10",
    startPrecision: "day",
    city: "Bangkok",
    countryCode: "TH",
    ...overrides,
  };
}
