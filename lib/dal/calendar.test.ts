import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { listCalendarActivities, renewCalendarFeed, revokeCalendarFeed, userForFeedToken } from "./calendar";
import { setMfaRequiredRoles } from "./settings";

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
});
