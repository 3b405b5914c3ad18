import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import {
  activities,
  activityClauses,
  activityOrganisations,
  activityThemes,
  organisations,
  planClauses,
} from "@/db/schema";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { seedRecord } from "@/db/seed/seed";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { actingUser } from "@/tests/users";
import { getActivity } from "@/lib/dal/activities/read";
import { ACTIVITIES_PER_PAGE, listActivities } from "@/lib/dal/activities/list";
import { getPlanCoverage, getPlanOfAction } from "@/lib/dal/plan/coverage";

const viewer = actingUser("viewer");

describe.each(ENGINES)("browsing the record on %s", (engine) => {
  let database: TestDatabase;
  let queries: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(engine, { onQuery: (q) => queries.push(q) });
    await seedRecord(database.db, { demoUsers: false });
    provideDatabase(database);
  });
  beforeEach(() => {
    queries = [];
  });
  afterAll(() => database.close());

  it("lists every activity of the note, newest first, undated last", async () => {
    const page = await listActivities(viewer, { page: 1, sort: "date" });
    expect(page).toMatchObject({ total: SEED_ACTIVITIES.length, page: 1, pageCount: 1 });
    expect(page.items).toHaveLength(SEED_ACTIVITIES.length);
    expect(page.items[0]).toMatchObject({ title: "2nd AICHR-UN Meeting", status: "scheduled" });
    expect(page.items.at(-1)!.start).toBeNull();
    const starts = page.items.map((a) => a.start?.date).filter(Boolean);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it("gives each row its dates as given, lead, UN entities and clauses", async () => {
    const { items } = await listActivities(viewer, { page: 1, sort: "date" });
    const training = items.find((a) => a.title === "AICHR Training on Business and Human Rights");
    expect(training).toMatchObject({
      status: "completed",
      start: { date: "2017-11-13", precision: "day" },
      end: { date: "2017-11-16", precision: "day" },
      lead: { code: "AICHR", label: "AICHR" },
      clauses: ["1.2.1", "1.2.4"],
    });
    expect(training!.unEntities.map((o) => o.label)).toEqual(["UNDP"]);
    const meeting = items.find((a) => a.title === "1st AICHR-UN Meeting")!;
    expect(meeting.unEntities.map((o) => o.code).sort()).toEqual(
      ["DPA", "ILO", "IOM", "OHCHR-SEARO", "UN-WOMEN", "UNDP", "UNEP", "UNESCO", "UNHCR", "UNICEF", "UNRC-ID"].sort(),
    );
  });

  it("filters by Plan of Action clause", async () => {
    const linked = SEED_ACTIVITIES.filter((a) => a.clauses.includes("1.2.9")).map((a) => a.title);
    const page = await listActivities(viewer, { page: 1, sort: "date", clause: "1.2.9" });
    expect(page.total).toBe(linked.length);
    expect(page.items.map((a) => a.title).sort()).toEqual(linked.sort());
    expect((await listActivities(viewer, { page: 1, sort: "date", clause: "9.9.9" })).total).toBe(0);
  });

  it("opens an activity with every field, its clauses' text and its organisations' roles", async () => {
    const [row] = await database.db
      .select({ id: activities.id })
      .from(activities)
      .where(eq(activities.externalRef, "note2019-freedom-of-expression-dialogue-2018"));
    const activity = await getActivity(viewer, row!.id);
    expect(activity).toMatchObject({
      title: "AICHR High-Level Dialogue on Managing Freedom of Expression in the Information Age",
      type: "dialogue",
      status: "completed",
      city: "Medan",
      countryCode: "ID",
      themes: ["freedom_of_expression_media"],
      lead: { code: "AICHR" },
      version: 1,
    });
    expect(activity!.clauses.map((c) => [c.number, c.isPrimary])).toEqual([
      ["1.2.4", true],
      ["1.2.2", false],
    ]);
    expect(activity!.clauses[0]!.text).toMatch(
      /^Support the work of ASEAN Intergovernmental Commission on Human Rights/,
    );
    expect(activity!.organisations.map((o) => [o.code, o.role])).toEqual([
      ["AICHR", "lead"],
      ["OHCHR", "supporting"],
      ["UNESCO", "supporting"],
    ]);
    expect(Object.keys(activity!)).not.toContain("externalRef");
  });

  it("finds nothing for an unknown or malformed id, without asking the database for a malformed one", async () => {
    expect(await getActivity(viewer, "8a7f6c1e-0000-4000-8000-000000000000")).toBeNull();
    queries = [];
    expect(await getActivity(viewer, "not-an-id' OR 1=1 --")).toBeNull();
    expect(queries).toEqual([]);
  });

  it("shows the Plan of Action with every clause and its number of activities", async () => {
    const [edition] = await getPlanOfAction(viewer);
    expect(edition!.title).toBe("ASEAN-UN Plan of Action 2016-2020");
    expect(edition!.sections.map((s) => s.number)).toEqual(["1", "1.2"]);
    const clauses = edition!.sections[1]!.clauses;
    expect(clauses.map((c) => c.number)).toEqual([
      "1.2.1",
      "1.2.2",
      "1.2.4",
      "1.2.5",
      "1.2.6",
      "1.2.7",
      "1.2.8",
      "1.2.9",
      "1.2.10",
    ]);
    const expected = (n: string) => SEED_ACTIVITIES.filter((a) => a.clauses.includes(n)).length;
    for (const clause of clauses) expect(clause.activityCount, clause.number).toBe(expected(clause.number));
  });

  it("counts each clause's activities per year, and none where there are none", async () => {
    const coverage = await getPlanCoverage(viewer, 2016, 2020);
    expect(coverage.years).toEqual([2016, 2017, 2018, 2019, 2020]);
    const expected: Record<number, number> = {};
    for (const a of SEED_ACTIVITIES) {
      const year = Number(a.start?.slice(0, 4));
      if (a.clauses.includes("1.2.9") && year >= 2016 && year <= 2020) expected[year] = (expected[year] ?? 0) + 1;
    }
    expect(coverage.counts["1.2.9"]).toEqual(expected);
    expect(coverage.counts["1.2.8"]).toBeUndefined();
  });

  it("pages by 50 and runs the same number of queries however many rows a page holds", async () => {
    queries = [];
    await listActivities(viewer, { page: 1, sort: "date" });
    await getPlanOfAction(viewer);
    const fewRows = queries.length;

    await addActivities(database, 2 * ACTIVITIES_PER_PAGE);
    const total = SEED_ACTIVITIES.length + 2 * ACTIVITIES_PER_PAGE;
    queries = [];
    const first = await listActivities(viewer, { page: 1, sort: "date" });
    await getPlanOfAction(viewer);
    expect(queries.length).toBe(fewRows);

    expect(first).toMatchObject({ total, pageCount: 3 });
    expect(first.items).toHaveLength(ACTIVITIES_PER_PAGE);
    const last = await listActivities(viewer, { page: 3, sort: "date" });
    expect(last.items).toHaveLength(total - 2 * ACTIVITIES_PER_PAGE);
    const beyond = await listActivities(viewer, { page: 4, sort: "date" });
    expect(beyond).toMatchObject({ total, pageCount: 3, items: [] });
    const ids = new Set(
      [...first.items, ...(await listActivities(viewer, { page: 2, sort: "date" })).items, ...last.items].map(
        (a) => a.id,
      ),
    );
    expect(ids.size).toBe(total);
  });
});

/** Adds n activities, each with a lead, a UN entity, a theme and two clauses. */
async function addActivities(database: TestDatabase, n: number) {
  const { db } = database;
  const [aichr] = await db.select().from(organisations).where(eq(organisations.code, "AICHR"));
  const [unicef] = await db.select().from(organisations).where(eq(organisations.code, "UNICEF"));
  const clauses = await db.select().from(planClauses).limit(2);
  const rows = await db
    .insert(activities)
    .values(
      Array.from({ length: n }, (_, i) => ({
        title: `Added dialogue ${i + 1}`,
        type: "dialogue" as const,
        status: "completed" as const,
        startDate: `2015-01-${String((i % 28) + 1).padStart(2, "0")}`,
        startPrecision: "day" as const,
        leadOrganisationId: aichr!.id,
      })),
    )
    .returning({ id: activities.id });
  await db.insert(activityOrganisations).values(
    rows.flatMap(({ id }) => [
      { activityId: id, organisationId: aichr!.id, role: "lead" as const },
      { activityId: id, organisationId: unicef!.id, role: "supporting" as const },
    ]),
  );
  await db
    .insert(activityThemes)
    .values(rows.map(({ id }) => ({ activityId: id, theme: "childrens_rights" as const })));
  await db
    .insert(activityClauses)
    .values(rows.flatMap(({ id }) => clauses.map((c, i) => ({ activityId: id, clauseId: c.id, isPrimary: i === 0 }))));
}
