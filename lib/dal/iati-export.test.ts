import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { seedRecord } from "@/db/seed/seed";
import { renderIati, type IatiActivity } from "@/lib/exports/iati";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { validateIati } from "@/tests/iati";
import { actingUser } from "@/tests/users";
import { demoUser } from "@/tests/actors";
import { iatiActivities } from "./activity-export";
import { listOrganisations, setIatiIdentifier } from "./organisations";

describe.each(ENGINES)("the IATI export of the record on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
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

  it("uses an organisation's IATI identifier once an administrator sets it, and lets no one else", async () => {
    const admin = await demoUser(database.db, "admin@demo.test");
    const secretariat = await demoUser(database.db, "secretariat@demo.test");
    const undp = (await listOrganisations(admin)).find((o) => o.code === "UNDP")!;
    await expect(setIatiIdentifier(secretariat, undp.id, { iatiIdentifier: "XM-DAC-41114" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(setIatiIdentifier(admin, undp.id, { iatiIdentifier: "not an identifier" })).rejects.toThrow();
    await setIatiIdentifier(admin, undp.id, { iatiIdentifier: "XM-DAC-41114" });
    const all: IatiActivity[] = [];
    for await (const batch of iatiActivities(actingUser("viewer"), { org: "UNDP" })) all.push(...batch);
    expect(all.length).toBeGreaterThan(0);
    for (const activity of all) {
      const undpRow = activity.organisations.find((o) => o.name === "United Nations Development Programme");
      expect(undpRow?.iatiRef).toBe("XM-DAC-41114");
    }
  });
});
