import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { activities } from "@/db/schema";
import { seedRecord } from "@/db/seed/seed";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { createActivity } from "./activity-edits";
import { findOverlaps } from "./overlaps";

describe.each(ENGINES)("overlap warnings on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
  });
  afterAll(() => database.close());

  it("names other activities in the same country at the same time sharing a clause or theme", async () => {
    const unicef = await demoUser(database.db, "unicef@demo.test");
    const base = await draftInput(database.db, { startDate: "2027-05-10", endDate: "2027-05-12", endPrecision: "day" });
    const { id } = await createActivity(unicef, base);
    const { id: same } = await createActivity(unicef, {
      ...base,
      title: "Same week, same clause",
      startDate: "2027-05-12",
      endDate: "",
    });
    const { id: month } = await createActivity(unicef, {
      ...base,
      title: "Some time in May, same theme",
      startDate: "2027-05",
      startPrecision: "month",
      endDate: "",
      clauseIds: [],
      primaryClauseId: "",
    });
    await createActivity(unicef, { ...base, title: "Same dates, elsewhere", countryCode: "ID" });
    await createActivity(unicef, { ...base, title: "Next week", startDate: "2027-05-13", endDate: "" });
    await createActivity(unicef, {
      ...base,
      title: "Same dates, nothing shared",
      themes: [],
      clauseIds: [],
      primaryClauseId: "",
    });
    const { id: cancelled } = await createActivity(unicef, { ...base, title: "Cancelled" });
    await database.db.update(activities).set({ status: "cancelled" }).where(eq(activities.id, cancelled));

    const found = await findOverlaps(unicef, id);
    expect(found.map((o) => o.id).sort()).toEqual([same, month].sort());
  });
});
