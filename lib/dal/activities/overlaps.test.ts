import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activities } from "@/db/schema";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { createActivity } from "@/lib/dal/activities/edits";
import { findOverlaps } from "@/lib/dal/activities/overlaps";

describe.each(ENGINES)("overlap warnings on %s", (engine) => {
  const seeded = seededDatabase(engine);

  it("names other activities in the same country at the same time sharing a clause or theme", async () => {
    const unicef = await demoUser(seeded.current.db, "unicef@demo.test");
    const base = await draftInput(seeded.current.db, {
      startDate: "2027-05-10",
      endDate: "2027-05-12",
      endPrecision: "day",
    });
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
    await seeded.current.db.update(activities).set({ status: "cancelled" }).where(eq(activities.id, cancelled));

    const found = await findOverlaps(unicef, id);
    expect(found.map((o) => o.id).sort()).toEqual([same, month].sort());
  });
});
