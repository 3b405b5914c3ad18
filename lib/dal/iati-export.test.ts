import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { seedRecord } from "@/db/seed/seed";
import { renderIati, type IatiActivity } from "@/lib/exports/iati";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { validateIati } from "@/tests/iati";
import { actingUser } from "@/tests/users";
import { iatiActivities } from "./activity-export";

describe.each(ENGINES)("the IATI export of the record on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: false });
    provideDatabase(database);
  });
  afterAll(() => database.close());

  it("holds every activity and validates against the IATI 2.03 schema", async () => {
    const all: IatiActivity[] = [];
    for await (const batch of iatiActivities(actingUser("viewer"), {})) all.push(...batch);
    expect(all).toHaveLength(SEED_ACTIVITIES.length);
    const xml = renderIati(all, { ref: "XM-TEST", name: "ASEAN Secretariat" });
    expect((xml.match(/<iati-activity /g) ?? []).length).toBe(SEED_ACTIVITIES.length);
    const { valid, report } = validateIati(xml);
    expect(report).toContain("validates");
    expect(valid).toBe(true);
  });
});
