import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { activities } from "@/db/schema";
import { renewCalendarFeed } from "@/lib/dal/activities/calendar";
import { demoUser } from "@/tests/actors";
import { actAs } from "@/tests/authorization/fake-session";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { GET as calendarFeed } from "@/app/calendar.ics/route";
import { GET as iatiExport } from "@/app/(app)/export/iati.xml/route";

vi.mock("@/lib/auth/session", () => import("@/tests/authorization/fake-session"));

// A route handler's second argument: these routes take no path parameters.
const NO_PARAMS = { params: Promise.resolve({}) };

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers });

describe.each(ENGINES)("feeds answer conditional requests on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const renameFirstActivity = async (title: string) => {
    const [first] = await seeded.current.db.select({ id: activities.id }).from(activities).limit(1);
    await seeded.current.db.update(activities).set({ title }).where(eq(activities.id, first!.id));
  };

  it("the private calendar: a poll with the ETag gets 304 until the record changes", async () => {
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    const { token } = await renewCalendarFeed(viewer);
    // The whole record, which the default window of twelve months would leave out.
    const feed = `/calendar.ics?token=${token}&from=2000-01-01`;
    const first = await calendarFeed(request(feed), NO_PARAMS);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);

    const poll = await calendarFeed(request(feed, { "If-None-Match": etag }), NO_PARAMS);
    expect(poll.status).toBe(304);
    expect(await poll.text()).toBe("");
    expect(poll.headers.get("etag")).toBe(etag);

    // Another filter is another representation: the tag does not carry over.
    const filtered = await calendarFeed(request(`${feed}&org=UNICEF`, { "If-None-Match": etag }), NO_PARAMS);
    expect(filtered.status).toBe(200);
    const otherWindow = await calendarFeed(
      request(`/calendar.ics?token=${token}`, { "If-None-Match": etag }),
      NO_PARAMS,
    );
    expect(otherWindow.status).toBe(200);

    await renameFirstActivity("A renamed consultation");
    const afterChange = await calendarFeed(request(feed, { "If-None-Match": etag }), NO_PARAMS);
    expect(afterChange.status).toBe(200);
    expect(afterChange.headers.get("etag")).not.toBe(etag);
    expect(await afterChange.text()).toContain("A renamed consultation");
  });

  it("a wrong token is still 404, whatever the client sends", async () => {
    const response = await calendarFeed(
      request("/calendar.ics?token=not-a-real-token-at-all", { "If-None-Match": "*" }),
      NO_PARAMS,
    );
    expect(response.status).toBe(404);
  });

  it("the signed-in IATI export: 304 for the same tag, a new tag after a change", async () => {
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    actAs({ sessionId: "test", user: viewer, mustEnrolMfa: false });
    const first = await iatiExport(request("/export/iati.xml"), NO_PARAMS);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("private, no-cache");

    expect((await iatiExport(request("/export/iati.xml", { "If-None-Match": etag }), NO_PARAMS)).status).toBe(304);

    await renameFirstActivity("A renamed workshop");
    const afterChange = await iatiExport(request("/export/iati.xml", { "If-None-Match": etag }), NO_PARAMS);
    expect(afterChange.status).toBe(200);
    expect(afterChange.headers.get("etag")).not.toBe(etag);

    actAs(null);
    expect((await iatiExport(request("/export/iati.xml", { "If-None-Match": etag }), NO_PARAMS)).status).toBe(401);
  });
});
