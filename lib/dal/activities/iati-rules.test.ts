import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { seedRecord } from "@/db/seed/seed";
import { addSyntheticActivities } from "@/db/seed/synthetic";
import { renderIati } from "@/lib/exports/iati";
import { createTestDatabase, ENGINES, type TestDatabase } from "@/tests/databases";
import { validateIati } from "@/tests/iati";
import { checkIatiRules } from "@/lib/iati/rules";
import { actingUser } from "@/tests/users";
import { iatiPublication } from "@/lib/dal/activities/iati-publication";

// The IATI export of the record and 20,000 synthetic activities (drafts, cancelled,
// national, interregional, in other languages, some kept unpublished) keeps IATI's rules
// and validates against the schema, on each engine.
describe.each(ENGINES)("the IATI export of 20,000 activities on %s", (engine) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: false });
    await addSyntheticActivities(database.db, 20_000);
    provideDatabase(database);
  }, 240_000);
  afterAll(async () => {
    await database.close();
  });

  it("publishes only what may be published, keeping every rule", async () => {
    const { published, leftOut } = await iatiPublication(actingUser("viewer"), {});
    expect(published.length + leftOut.length).toBe(20_020);
    const reasons = new Set(leftOut.map((a) => a.reason));
    expect(reasons).toEqual(new Set(["draft", "not_marked", "undated"]));
    expect(new Set(published.map((a) => a.status))).toEqual(new Set(["1", "2", "3", "4", "5"]));
    const xml = renderIati(published, {
      ref: "XX-TEST",
      name: "ASEAN Secretariat",
      baseUrl: "https://tracker.example",
    });
    const unpublishable = new Set(leftOut.map((a) => a.id));
    expect(checkIatiRules(xml, { today: new Date().toISOString().slice(0, 10), unpublishable })).toEqual([]);
    const { valid, report } = validateIati(xml);
    expect(report).toContain("validates");
    expect(valid).toBe(true);
  }, 240_000);
});
