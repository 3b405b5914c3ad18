import { asc, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activities,
  activityClauses,
  activityOrganisations,
  activityThemes,
  auditEvents,
  organisations,
  planClauses,
  users,
} from "@/db/schema";
import { ENGINES, createTestDatabase, rowsOf, type TestDatabase } from "@/tests/databases";
import { SEED_ACTIVITIES } from "./activities";
import { DEMO_USERS } from "./demo-users";
import { SEED_ORGANISATIONS } from "./organisations";
import { seedRecord } from "./seed";

async function snapshot(database: TestDatabase) {
  const { db } = database;
  return {
    organisations: await db.select().from(organisations).orderBy(asc(organisations.code)),
    clauses: await db.select().from(planClauses).orderBy(asc(planClauses.number)),
    activities: await db.select().from(activities).orderBy(asc(activities.externalRef)),
    themes: await db.select().from(activityThemes).orderBy(asc(activityThemes.activityId), asc(activityThemes.theme)),
    involved: await db
      .select()
      .from(activityOrganisations)
      .orderBy(asc(activityOrganisations.activityId), asc(activityOrganisations.organisationId)),
    links: await db
      .select()
      .from(activityClauses)
      .orderBy(asc(activityClauses.activityId), asc(activityClauses.clauseId)),
    users: await db.select().from(users).orderBy(asc(users.email)),
    audit: await db.select({ n: count() }).from(auditEvents),
  };
}

describe.each(ENGINES)("seeding the record on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.close());

  it("loads every organisation, clause and activity of the note, with no demo accounts unless asked", async () => {
    const added = await seedRecord(database.db, { demoUsers: false });
    expect(added).toEqual({
      organisations: SEED_ORGANISATIONS.length,
      clauses: 9,
      activities: SEED_ACTIVITIES.length,
      users: 0,
    });
    expect(await database.db.select({ n: count() }).from(users)).toEqual([{ n: 0 }]);
  });

  it("changes nothing when run again", async () => {
    await seedRecord(database.db, { demoUsers: true });
    const before = await snapshot(database);
    const added = await seedRecord(database.db, { demoUsers: true });
    expect(added).toEqual({ organisations: 0, clauses: 0, activities: 0, users: 0 });
    expect(await snapshot(database)).toEqual(before);
  });

  it("creates the demo accounts with their roles and organisations when asked", async () => {
    const rows = await database.db
      .select({ email: users.email, role: users.role, org: organisations.code, demo: users.isDemo })
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId));
    expect(rows).toHaveLength(DEMO_USERS.length);
    expect(rows).toContainEqual({ email: "unicef@demo.test", role: "focal_point", org: "UNICEF", demo: true });
    expect(rows).toContainEqual({ email: "aichr-id@demo.test", role: "focal_point", org: "AICHR-ID", demo: true });
    expect(rows.map((r) => r.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
  });

  it("keeps each date at the precision the note gives and the status as of the note", async () => {
    const byRef = async (ref: string) =>
      (await database.db.select().from(activities).where(eq(activities.externalRef, ref)))[0]!;
    expect(await byRef("note2019-aichr-un-meeting-2")).toMatchObject({
      status: "scheduled",
      startDate: "2019-11-19",
      startPrecision: "day",
      city: "Bangkok",
      countryCode: "TH",
    });
    expect(await byRef("note2019-juvenile-justice-study-2019")).toMatchObject({
      status: "scheduled",
      startPrecision: "year",
    });
    expect(await byRef("note2019-trafficking-workshop-2018")).toMatchObject({
      startDate: "2018-06-01",
      startPrecision: "month",
      countryCode: "VN",
    });
    expect(await byRef("note2019-bhr-training-2017")).toMatchObject({
      startDate: "2017-11-13",
      endDate: "2017-11-16",
      expectedParticipants: 60,
    });
    const statuses = await database.db
      .select({ status: activities.status, n: count() })
      .from(activities)
      .groupBy(activities.status)
      .orderBy(activities.status);
    expect(statuses).toEqual([
      { status: "scheduled", n: 2 },
      { status: "completed", n: SEED_ACTIVITIES.length - 2 },
    ]);
  });

  it("links every activity to its lead, at least one theme and exactly one primary clause", async () => {
    const list = rowsOf<{ ref: string; leads: number; themes: number; primaries: number }>(
      await database.db.execute(sql`
      SELECT a.external_ref AS ref,
        (SELECT count(*)::int FROM activity_organisations o WHERE o.activity_id = a.id AND o.role = 'lead'
           AND o.organisation_id = a.lead_organisation_id) AS leads,
        (SELECT count(*)::int FROM activity_themes t WHERE t.activity_id = a.id) AS themes,
        (SELECT count(*)::int FROM activity_clauses c WHERE c.activity_id = a.id AND c.is_primary) AS primaries
      FROM activities a`),
    );
    expect(list).toHaveLength(SEED_ACTIVITIES.length);
    for (const row of list) expect(row, row.ref).toMatchObject({ leads: 1, primaries: 1 });
    for (const row of list) expect(row.themes, row.ref).toBeGreaterThan(0);
  });
});
