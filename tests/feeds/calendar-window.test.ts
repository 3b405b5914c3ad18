import { eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activities } from "@/db/schema";
import { renewCalendarFeed } from "@/lib/dal/activities/calendar";
import { defaultFeedStart } from "@/lib/validation/calendar-feed";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { GET as calendarFeed } from "@/app/calendar.ics/route";

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const titles = (ics: string) => [...ics.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]!.trim());

describe.each(ENGINES)("the calendar feed's window on %s", (engine) => {
  const seeded = seededDatabase(engine);

  it("holds the last twelve months and the future by default; from= reaches back; a bad from is refused", async () => {
    const { db } = seeded.current;
    const viewer = await demoUser(db, "viewer@demo.test");
    const { token } = await renewCalendarFeed(viewer);
    const onCalendar = await db
      .select({ id: activities.id })
      .from(activities)
      .where(ne(activities.status, "draft"))
      .limit(3);
    const dated = [
      { title: "Coming next month", start: dayOffset(30) },
      { title: "Held two months ago", start: dayOffset(-60) },
      { title: "Held two years ago", start: dayOffset(-730) },
    ];
    for (const [i, { title, start }] of dated.entries()) {
      await db
        .update(activities)
        .set({ title, startDate: start, startPrecision: "day", endDate: null, endPrecision: null })
        .where(eq(activities.id, onCalendar[i]!.id));
    }

    const feed = (query = "") =>
      calendarFeed(new Request(`http://localhost/calendar.ics?token=${token}${query}`), {
        params: Promise.resolve({}),
      });
    const byDefault = titles(await (await feed()).text());
    expect(byDefault).toEqual(expect.arrayContaining(["Coming next month", "Held two months ago"]));
    expect(byDefault).not.toContain("Held two years ago");

    const reachingBack = titles(await (await feed(`&from=${dayOffset(-800)}`)).text());
    expect(reachingBack).toContain("Held two years ago");
    expect(reachingBack.length).toBeGreaterThan(byDefault.length);
    expect(defaultFeedStart(dayOffset(0)) <= dayOffset(-60)).toBe(true);

    const refused = await feed("&from=last-year");
    expect(refused.status).toBe(400);
    expect(await refused.text()).toBe("from must be a day written 2019-01-31.");
  });
});
