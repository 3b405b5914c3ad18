import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as getActivity } from "@/app/api/v1/activities/[id]/route";
import { GET as getReports } from "@/app/api/v1/activities/[id]/reports/route";
import { GET as listActivities } from "@/app/api/v1/activities/route";
import { GET as listEditions } from "@/app/api/v1/editions/route";
import { GET as listOrganisations } from "@/app/api/v1/organisations/route";
import { GET as publicCalendar } from "@/app/public/calendar.ics/route";
import { GET as publicIati } from "@/app/public/iati/activities.xml/route";
import { activities, reports } from "@/db/schema";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { createActivity } from "@/lib/dal/activities/edits";
import { createApiToken, revokeApiToken } from "@/lib/dal/accounts/api-tokens";
import { setIatiPublication } from "@/lib/dal/activities/iati-publication";
import { activityListSchema, activitySchema, editionListSchema, organisationListSchema } from "@/lib/validation/api-v1";
import { submitReport, transitionReport } from "@/lib/dal/reports/completion-reports";
import { draftInput } from "@/tests/activity-input";
import { completedActivity } from "@/tests/completed-activity";
import { reportInput } from "@/tests/report-input";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost/api/v1${path}`, { headers });
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const NO_PARAMS = { params: Promise.resolve({}) };

describe.each(ENGINES)("the read API on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;

  async function everyPage(query: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await listActivities(
        request(`/activities?${query}${cursor ? `&cursor=${cursor}` : ""}`),
        NO_PARAMS,
      );
      expect(response.status).toBe(200);
      const page = activityListSchema.parse(await response.json());
      ids.push(...page.data.map((a) => a.id));
      cursor = page.next_cursor;
    } while (cursor);
    return ids;
  }

  it("pages through every published activity once, and never a draft", async () => {
    const secretariat = await demoUser(db(), "secretariat@demo.test");
    const draft = await createActivity(secretariat, await draftInput(db(), { title: "API draft probe" }));
    const ids = await everyPage("limit=7");
    expect(ids).toHaveLength(SEED_ACTIVITIES.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(draft.id);
    expect((await getActivity(request(`/activities/${draft.id}`), withId(draft.id))).status).toBe(404);
  });

  it("filters as the list does, and gives incremental sync from updated_since", async () => {
    const reviewer = await demoUser(db(), "reviewer@demo.test");
    const year = await everyPage("year=2018&limit=100");
    expect(year.length).toBeGreaterThan(0);
    const before = new Date(Date.now() - 1).toISOString();
    expect(await everyPage(`updated_since=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}`)).toEqual(
      [],
    );
    const [bhr] = await db().select().from(activities).where(eq(activities.externalRef, "note2019-bhr-training-2017"));
    await setIatiPublication(reviewer, bhr!.id, { publish: false });
    await setIatiPublication(reviewer, bhr!.id, { publish: true });
    expect(await everyPage(`updated_since=${encodeURIComponent(before)}`)).toEqual([bhr!.id]);
  });

  it("an approved report moves its activity's change time, so that a sync by updated_since sees the outcomes", async () => {
    const { id, unicef, reviewer } = await completedActivity(db(), "Sync probe: report approved");
    await setIatiPublication(reviewer, id, { publish: true });
    await submitReport(unicef, id, 0, reportInput(unicef.organisation!.id), []);
    const since = new Date().toISOString();
    const [report] = await db().select().from(reports).where(eq(reports.activityId, id));
    await transitionReport(reviewer, report!.id, "approve_report", report!.version, "");
    expect(await everyPage(`updated_since=${encodeURIComponent(since)}`)).toEqual([id]);
  });

  it("answers one activity with dates to their precision, ETag and 304", async () => {
    const [bhr] = await db().select().from(activities).where(eq(activities.externalRef, "note2019-bhr-training-2017"));
    const first = await getActivity(request(`/activities/${bhr!.id}`), withId(bhr!.id));
    expect(first.status).toBe(200);
    const body = activitySchema.parse(await first.json());
    expect(body.start?.length).toBe({ day: 10, month: 7, year: 4 }[body.start_precision!]);
    expect(body.url).toBe(`http://localhost/public/activities/${bhr!.id}`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await getActivity(request(`/activities/${bhr!.id}`, { "If-None-Match": etag }), withId(bhr!.id));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const reports = await getReports(request(`/activities/${bhr!.id}/reports`), withId(bhr!.id));
    expect(reports.status).toBe(200);
  });

  it("lists organisations and the Plan of Action editions", async () => {
    const organisations = organisationListSchema.parse(
      await (await listOrganisations(request("/organisations"), NO_PARAMS)).json(),
    );
    expect(organisations.data.map((o) => o.code)).toContain("UNICEF");
    expect(JSON.stringify(organisations)).not.toMatch(/@/);
    const editions = editionListSchema.parse(await (await listEditions(request("/editions"), NO_PARAMS)).json());
    expect(editions.data[0]!.clauses.map((c) => c.number)).toContain("1.2.4");
    expect(editions.data[0]!.framework).toEqual({
      code: "ASEAN-UN-POA",
      name: "ASEAN-UN Plan of Action",
      owner: "ASEAN and the United Nations",
    });
  });

  it("with a token, sees what its user may read (a draft too); a revoked token is refused", async () => {
    const secretariat = await demoUser(db(), "secretariat@demo.test");
    const viewer = await demoUser(db(), "viewer@demo.test");
    const draft = await createActivity(secretariat, await draftInput(db(), { title: "Token draft probe" }));
    const { id, token } = await createApiToken(viewer, { name: "Sync", expiresInDays: 30 });
    const bearer = { Authorization: `Bearer ${token}` };
    const seen = await getActivity(request(`/activities/${draft.id}`, bearer), withId(draft.id));
    expect(seen.status).toBe(200);
    expect(seen.headers.get("cache-control")).toBe("private, no-cache");
    expect((await seen.json()).title).toBe("Token draft probe");
    await revokeApiToken(viewer, id);
    const refused = await getActivity(request(`/activities/${draft.id}`, bearer), withId(draft.id));
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const list = await listActivities(request("/activities", bearer), NO_PARAMS);
    expect(list.status).toBe(401);
  });

  it("the public ICS and IATI feeds answer 304 to their own ETag while the record is unchanged", async () => {
    for (const [route, path] of [
      [publicCalendar, "http://localhost/public/calendar.ics?org=UNICEF"],
      [publicIati, "http://localhost/public/iati/activities.xml"],
    ] as const) {
      const first = await route(new Request(path), NO_PARAMS);
      expect(first.status, path).toBe(200);
      const again = await route(
        new Request(path, { headers: { "If-None-Match": first.headers.get("etag")! } }),
        NO_PARAMS,
      );
      expect(again.status, path).toBe(304);
    }
  });

  it("refuses what it does not understand as problem details", async () => {
    // q=%00: a NUL, which PostgreSQL refuses outright (found by the fuzzing as a 500).
    for (const query of ["status=unknown", "limit=1000", "cursor=bm90LWEtY3Vyc29y", "colour=red", "q=%00"]) {
      const response = await listActivities(request(`/activities?${query}`), NO_PARAMS);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 400, title: "Bad Request" });
    }
    const missing = await getActivity(request("/activities/nope"), withId("nope"));
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
  });
});
