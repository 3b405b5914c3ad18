import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { seedRecord } from "@/db/seed/seed";
import { addSyntheticActivities } from "@/db/seed/synthetic";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { createTestDatabase, ENGINES, type TestDatabase } from "@/tests/databases";
import { actingUser } from "@/tests/users";
import { listActivities } from "@/lib/dal/activities/list";

// On PostgreSQL with 20,000 activities: the list's queries for every filter are served
// by indexes. (PGlite runs the same planner, but the proof is on the server we deploy.)

type Plan = { "Node Type": string; "Relation Name"?: string; Plans?: Plan[] };

function sequentialScans(plan: Plan): string[] {
  const here = plan["Node Type"] === "Seq Scan" && plan["Relation Name"] ? [plan["Relation Name"]] : [];
  return [...here, ...(plan.Plans ?? []).flatMap(sequentialScans)];
}

const FILTERS: Array<Record<string, string>> = [
  {},
  { page: "150" },
  { status: "completed" },
  { status: "draft", page: "3" },
  { year: "2018" },
  { theme: "environment" },
  { type: "dialogue" },
  { org: "UNICEF" },
  { clause: "1.2.4" },
  { country: "TH" },
  { q: "water sanitation" },
  { sort: "title", page: "40" },
  { org: "UNICEF", year: "2018", theme: "childrens_rights" },
];

// PostgreSQL only: without TEST_DATABASE_URL the suite is reported as skipped, not missing.
describe.skipIf(!ENGINES.includes("postgres"))(
  "the list's queries on PostgreSQL with 20,000 activities (skipped without TEST_DATABASE_URL)",
  () => {
    let database: TestDatabase;
    let raw: postgres.Sql;
    const captured: Array<{ query: string; params: unknown[] }> = [];

    beforeAll(async () => {
      database = await createTestDatabase("postgres", { onQuery: (query, params) => captured.push({ query, params }) });
      await seedRecord(database.db, { demoUsers: false });
      await addSyntheticActivities(database.db, 20_000);
      await database.db.execute(sql`VACUUM ANALYZE`);
      provideDatabase(database);
      raw = postgres(database.url!, { max: 1, onnotice: () => {} });
    }, 180_000);
    afterAll(async () => {
      await raw.end();
      await database.close();
    });

    it.each(FILTERS)("use no sequential scan of activities for %o", async (params) => {
      captured.length = 0;
      await listActivities(actingUser("viewer"), parseActivityFilters(params).filters);
      expect(captured).toHaveLength(3);
      for (const { query, params: values } of captured) {
        const [row] = await raw.unsafe(`EXPLAIN (FORMAT JSON) ${query}`, values as postgres.ParameterOrJSON<never>[]);
        const plan = (row!["QUERY PLAN"] as Array<{ Plan: Plan }>)[0]!.Plan;
        expect(
          sequentialScans(plan).filter((t) => t === "activities"),
          query,
        ).toEqual([]);
      }
    });
  },
);
