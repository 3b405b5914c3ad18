import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import {
  listCalendarActivities,
  openCalendarMonth,
  renewCalendarFeed,
  revokeCalendarFeed,
  userForFeedToken,
} from "@/lib/dal/activities/calendar";
import { setMfaRequiredRoles } from "@/lib/dal/admin/settings";

describe.each(ENGINES)("calendar feeds on %s", (engine) => {
  const seeded = seededDatabase(engine);

  it("opens the feed with the user's token, and no longer once renewed, revoked or deactivated", async () => {
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    const { token } = await renewCalendarFeed(viewer);
    expect((await userForFeedToken(token))?.email).toBe("viewer@demo.test");
    const { token: renewed } = await renewCalendarFeed(viewer);
    expect(await userForFeedToken(token)).toBeNull();
    expect(await userForFeedToken(renewed)).not.toBeNull();
    await seeded.current.db.update(users).set({ active: false }).where(eq(users.id, viewer.id));
    expect(await userForFeedToken(renewed)).toBeNull();
    await seeded.current.db.update(users).set({ active: true }).where(eq(users.id, viewer.id));
    // Held to two-step verification and not enrolled: the feed waits too.
    const admin = await demoUser(seeded.current.db, "admin@demo.test");
    await setMfaRequiredRoles(admin, { roles: ["viewer"] });
    expect(await userForFeedToken(renewed)).toBeNull();
    await setMfaRequiredRoles(admin, { roles: [] });
    expect(await userForFeedToken(renewed)).not.toBeNull();
    await revokeCalendarFeed(viewer);
    expect(await userForFeedToken(renewed)).toBeNull();
    expect(await userForFeedToken("not a token")).toBeNull();
  });

  it("holds dated activities that are not drafts, filtered by organisation or clause", async () => {
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    const dated = SEED_ACTIVITIES.filter((a) => a.start);
    expect(await listCalendarActivities(viewer, {})).toHaveLength(dated.length);
    const unicef = await listCalendarActivities(viewer, { org: "UNICEF" });
    expect(unicef.map((a) => a.title).sort()).toEqual(
      dated
        .filter((a) => a.lead === "UNICEF" || a.involved.some(([c]) => c === "UNICEF"))
        .map((a) => a.title)
        .sort(),
    );
    const clause = await listCalendarActivities(viewer, { clause: "1.2.9" });
    expect(clause.map((a) => a.title).sort()).toEqual(
      dated
        .filter((a) => a.clauses.includes("1.2.9"))
        .map((a) => a.title)
        .sort(),
    );
  });

  it("opens the month asked for, else this month, else the latest month the filters select", async () => {
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    const onCalendar = SEED_ACTIVITIES.filter((a) => a.start && a.status !== "draft");
    const monthOfStart = (a: (typeof onCalendar)[number]) => ({
      year: Number(a.start!.slice(0, 4)),
      month: Number(a.start!.slice(5, 7) || "1"),
    });
    const latestOf = (list: typeof onCalendar) =>
      monthOfStart(list.reduce((latest, a) => (a.start! > latest.start! ? a : latest)));

    const asked = await openCalendarMonth(viewer, {}, { year: 2018, month: 6 }, "2026-12-02");
    expect(asked.month).toEqual({ year: 2018, month: 6 });
    expect(asked.activities.length).toBeGreaterThan(0);

    // December 2026 holds nothing of the record: the first visit opens its latest month.
    const first = await openCalendarMonth(viewer, {}, null, "2026-12-02");
    expect(first.month).toEqual(latestOf(onCalendar));
    expect(first.activities.length).toBeGreaterThan(0);

    // Choosing the year 2018 opens 2018, at its latest activity, whatever month was shown.
    const in2018 = onCalendar.filter((a) => a.start!.startsWith("2018"));
    for (const requested of [null, { year: 2026, month: 12 }]) {
      const opened = await openCalendarMonth(viewer, { year: 2018 }, requested, "2026-12-02");
      expect(opened.month).toEqual(latestOf(in2018));
      expect(opened.activities.every((a) => a.start.date.startsWith("2018"))).toBe(true);
    }

    // A year with nothing in it opens in January; filters that select nothing stay on today.
    expect((await openCalendarMonth(viewer, { year: 2030 }, null, "2026-12-02")).month).toEqual({
      year: 2030,
      month: 1,
    });
    const none = await openCalendarMonth(viewer, { q: "zzzz-nothing-matches" }, null, "2026-12-02");
    expect(none).toEqual({ month: { year: 2026, month: 12 }, activities: [] });
  });
});
