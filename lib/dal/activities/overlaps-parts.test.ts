import { describe, expect, it } from "vitest";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { createActivity } from "@/lib/dal/activities/edits";
import { findOverlaps } from "@/lib/dal/activities/overlaps";

const part = (startDate: string, endDate = "") => ({
  startDate,
  startPrecision: "day" as const,
  endDate,
  endPrecision: "day" as const,
});

describe.each(ENGINES)("overlap warnings of activities held in parts on %s", (engine) => {
  const seeded = seededDatabase(engine);

  it("compares the parts' days, not the whole span", async () => {
    const unicef = await demoUser(seeded.current.db, "unicef@demo.test");
    const base = await draftInput(seeded.current.db, { endDate: "", countryCode: "LA", city: "Vientiane" });
    const { id } = await createActivity(unicef, {
      ...base,
      title: "Held in parts, July",
      dateParts: [part("2028-07-12", "2028-07-14"), part("2028-07-26")],
    });
    // In the gap between the parts: no overlap.
    const { id: inGap } = await createActivity(unicef, { ...base, title: "In the gap", startDate: "2028-07-20" });
    const { id: onPart } = await createActivity(unicef, { ...base, title: "On part two", startDate: "2028-07-26" });
    // Another activity in parts whose own parts fall in this one's gap, and one that meets a part.
    const { id: interleaved } = await createActivity(unicef, {
      ...base,
      title: "Interleaved parts",
      dateParts: [part("2028-07-10"), part("2028-07-18", "2028-07-20"), part("2028-07-28")],
    });
    const { id: meetsPart } = await createActivity(unicef, {
      ...base,
      title: "Parts meeting part one",
      dateParts: [part("2028-07-05"), part("2028-07-13")],
    });

    const found = (await findOverlaps(unicef, id)).map((o) => o.id);
    expect(found.sort()).toEqual([onPart, meetsPart].sort());
    expect(found).not.toContain(inGap);
    expect(found).not.toContain(interleaved);
    // And from the other side: the one-range activity in the gap meets the interleaved parts.
    expect((await findOverlaps(unicef, inGap)).map((o) => o.id)).toEqual([interleaved]);
  });
});
