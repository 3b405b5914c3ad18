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

  it("does not overlap online entries by place; a hybrid one keeps its venue", async () => {
    const unicef = await demoUser(seeded.current.db, "unicef@demo.test");
    const base = await draftInput(seeded.current.db, {
      title: "In Bangkok in June",
      startDate: "2027-06-10",
      endDate: "2027-06-11",
      endPrecision: "day",
    });
    const { id } = await createActivity(unicef, base);
    const { id: hybrid } = await createActivity(unicef, {
      ...base,
      title: "Hybrid, in Bangkok too",
      mode: "hybrid",
      meetingLink: "https://meet.example.org/h",
    });
    const { id: online } = await createActivity(unicef, {
      ...base,
      title: "Online, same dates",
      mode: "online",
      meetingLink: "https://meet.example.org/o",
    });
    // Even a row written online before its venue was dropped meets nothing by place.
    const { id: legacy } = await createActivity(unicef, { ...base, title: "Legacy online row" });
    await seeded.current.db.update(activities).set({ mode: "online" }).where(eq(activities.id, legacy));

    expect((await findOverlaps(unicef, id)).map((o) => o.id)).toEqual([hybrid]);
    expect((await findOverlaps(unicef, hybrid)).map((o) => o.id)).toEqual([id]);
    expect(await findOverlaps(unicef, online)).toEqual([]);
    expect(await findOverlaps(unicef, legacy)).toEqual([]);
  });
});
