import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { GET as getActivity } from "@/app/api/v1/activities/[id]/route";
import { GET as publicCalendar } from "@/app/public/calendar.ics/route";
import { activities } from "@/db/schema";
import { createActivity } from "@/lib/dal/activities/edits";
import { getPublishedActivity } from "@/lib/dal/public/activities";
import { listPublishedActivities } from "@/lib/dal/public/record";
import { activitySchema } from "@/lib/validation/api-v1";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { draftInput } from "@/tests/activity-input";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";

const part = (startDate: string, endDate: string, precision: "day" | "month" = "day") => ({
  startDate,
  startPrecision: precision,
  endDate,
  endPrecision: precision,
});

describe.each(ENGINES)("an activity held in parts in the read API and the public register on %s", (engine) => {
  const seeded = seededDatabase(engine);

  it("gives its parts, each at its precision, beside the span", async () => {
    const db = seeded.current.db;
    const secretariat = await demoUser(db, "secretariat@demo.test");
    const { id } = await createActivity(
      secretariat,
      await draftInput(db, {
        title: "Published in parts",
        dateParts: [part("2021-07-12", "2021-07-14"), part("2021-09", "", "month")],
      }),
    );
    await db.update(activities).set({ status: "scheduled" }).where(eq(activities.id, id));

    const response = await getActivity(new Request(`http://localhost/api/v1/activities/${id}`), {
      params: Promise.resolve({ id }),
    });
    expect(response.status).toBe(200);
    const json = activitySchema.parse(await response.json());
    expect(json).toMatchObject({ start: "2021-07-12", end: "2021-09", end_precision: "month" });
    expect(json.date_parts).toEqual([
      { start: "2021-07-12", start_precision: "day", end: "2021-07-14", end_precision: "day" },
      { start: "2021-09", start_precision: "month", end: null, end_precision: null },
    ]);

    const published = await getPublishedActivity(id);
    expect(published!.parts).toHaveLength(2);
    const listed = (await listPublishedActivities(parseActivityFilters({}).filters)).items.find((a) => a.id === id);
    expect(listed!.parts).toEqual(published!.parts);

    const feed = await publicCalendar(new Request("http://localhost/public/calendar.ics?from=2021-01-01"), {
      params: Promise.resolve({}),
    });
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const mine = calendar
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.uid.startsWith(id));
    expect(mine.map((e) => [e.uid, e.startDate.toString()])).toEqual([
      [`${id}-1@asean-un-tracker`, "2021-07-12"],
      [`${id}-2@asean-un-tracker`, "2021-09-01"],
    ]);
  });

  it("gives an empty list of parts for an activity in one range", async () => {
    const [seededOne] = await seeded.current.db.select({ id: activities.id }).from(activities).limit(1);
    const response = await getActivity(new Request(`http://localhost/api/v1/activities/${seededOne!.id}`), {
      params: Promise.resolve({ id: seededOne!.id }),
    });
    expect(activitySchema.parse(await response.json()).date_parts).toEqual([]);
  });
});
