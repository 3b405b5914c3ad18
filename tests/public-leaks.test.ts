import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as apiReports } from "@/app/api/v1/activities/[id]/reports/route";
import { GET as apiActivity } from "@/app/api/v1/activities/[id]/route";
import { GET as apiActivities } from "@/app/api/v1/activities/route";
import { GET as apiOrganisations } from "@/app/api/v1/organisations/route";
import { GET as privateCalendar } from "@/app/calendar.ics/route";
import { GET as publicCalendar } from "@/app/public/calendar.ics/route";
import { GET as publicIati } from "@/app/public/iati/activities.xml/route";
import sitemap from "@/app/sitemap";
import { reports } from "@/db/schema";
import { renewCalendarFeed } from "@/lib/dal/activities/calendar";
import { createActivity } from "@/lib/dal/activities/edits";
import { getActivity } from "@/lib/dal/activities/read";
import { getPublishedActivity } from "@/lib/dal/public/activities";
import { createNote, setNotePublic } from "@/lib/dal/notes/background-notes";
import { getPublicNote, listPublicNotes, listPublishedActivities } from "@/lib/dal/public/record";
import { submitReport, transitionReport } from "@/lib/dal/reports/completion-reports";
import { setUserActive } from "@/lib/dal/accounts/users";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { draftInput } from "@/tests/activity-input";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { SAMPLE_FILES } from "@/tests/files";
import { reportInput } from "@/tests/report-input";
import { completedActivity } from "@/tests/completed-activity";
import { seededDatabase } from "@/tests/seeded";

// Nothing unpublished leaves through a public surface: a draft, a report not yet approved, an
// attachment its author did not publish and the name of a retired (deactivated) user are each
// looked for in everything the public register, its feeds, the IATI file, the read API and
// the sitemap give an anonymous caller.

const NO_PARAMS = { params: Promise.resolve({}) };
const get = (path: string) => new Request(`http://localhost${path}`);

describe.each(ENGINES)("nothing unpublished leaks to a public surface, on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;

  /** Every public surface an anonymous caller can reach, as one text, for the ids given. */
  async function everythingPublic(ids: string[]): Promise<string> {
    const texts: string[] = [];
    const read = async (response: Response) => texts.push(`${response.status} ${await response.text()}`);
    for (let page = 1, pages = 1; page <= pages; page++) {
      const list = await listPublishedActivities({ ...parseActivityFilters({}).filters, page });
      pages = list.pageCount;
      texts.push(JSON.stringify(list));
    }
    let cursor: string | null = "";
    while (cursor !== null) {
      const response = await apiActivities(
        get(`/api/v1/activities?limit=100${cursor ? `&cursor=${cursor}` : ""}`),
        NO_PARAMS,
      );
      const body = (await response.json()) as { next_cursor: string | null };
      texts.push(JSON.stringify(body));
      cursor = body.next_cursor;
    }
    for (const id of ids) {
      texts.push(JSON.stringify(await getPublishedActivity(id)));
      await read(await apiActivity(get(`/api/v1/activities/${id}`), { params: Promise.resolve({ id }) }));
      await read(await apiReports(get(`/api/v1/activities/${id}/reports`), { params: Promise.resolve({ id }) }));
    }
    await read(await apiOrganisations(get("/api/v1/organisations"), NO_PARAMS));
    // The whole calendar, not only the default twelve months: nothing of any year may leak.
    await read(await publicCalendar(get("/public/calendar.ics?from=1900-01-01"), NO_PARAMS));
    await read(await publicIati(get("/public/iati/activities.xml"), NO_PARAMS));
    texts.push(JSON.stringify(await sitemap()), JSON.stringify(await listPublicNotes()));
    return texts.join("\n");
  }

  it("keeps the meeting link of a published online or hybrid activity to signed-in users", async () => {
    const online = "https://asean.zoom.us/j/81234567890?pwd=leakprobeonline";
    const hybrid = "https://meet.example.org/leak-probe-hybrid";
    const a = await completedActivity(db(), "Leak probe online meeting", { mode: "online", meetingLink: online });
    const b = await completedActivity(db(), "Leak probe hybrid meeting", { mode: "hybrid", meetingLink: hybrid });
    // A public Background Note of the period they fall in.
    const secretariat = await demoUser(db(), "secretariat@demo.test");
    const note = await createNote(secretariat, {
      title: "Leak probe note",
      noteDate: "2026-12-01",
      periodFrom: "2026-01-01",
      periodTo: "2026-12-31",
      organisationCodes: [],
      themes: [],
      includeUndated: false,
    });
    await setNotePublic(secretariat, note.id, true);

    const text = `${await everythingPublic([a.id, b.id])}\n${JSON.stringify(await getPublicNote(note.id, undefined))}`;
    // Published, with how they are held, but never where to join.
    expect(text).toContain("Leak probe online meeting");
    expect(text).toContain("Leak probe hybrid meeting");
    expect(text).toContain("by videoconference");
    expect(text).toContain('"mode":"online"');
    expect(text).toContain('"mode":"hybrid"');
    for (const secret of [online, hybrid, "leakprobeonline", "leak-probe-hybrid", "zoom.us", "meet.example.org"]) {
      expect(text, secret).not.toContain(secret);
    }
    // Signed in, the same links are there: on the activity's page and in the private feed.
    const viewer = await demoUser(db(), "viewer@demo.test");
    expect((await getActivity(viewer, a.id))?.meetingLink).toBe(online);
    const { token } = await renewCalendarFeed(viewer);
    const feed = await (await privateCalendar(get(`/calendar.ics?token=${token}&from=1900-01-01`), NO_PARAMS)).text();
    const unfolded = feed.replace(/\r\n /g, "");
    expect(unfolded).toContain(`Online: ${online}`);
    expect(unfolded).toContain(`Also online: ${hybrid}`);
    expect(unfolded).toContain("LOCATION:Online");
  });

  it("keeps out a draft, an unapproved report, an unpublished attachment and a retired user's name", async () => {
    const admin = await demoUser(db(), "admin@demo.test");
    // A published activity with an approved report holding one unpublished attachment, and a
    // second report (another organisation's) still waiting for review; and a draft.
    const { id, unicef, reviewer } = await completedActivity(db(), "Leak probe published");
    const draft = await createActivity(unicef, await draftInput(db(), { title: "Leak probe draft" }));
    await submitReport(unicef, id, 0, reportInput(unicef.organisation!.id, { outcomes: "Approved probe outcome." }), [
      { name: "leak-probe-private.pdf", bytes: SAMPLE_FILES.pdf, isPublic: false },
    ]);
    const [report] = await db().select().from(reports).where(eq(reports.activityId, id));
    await transitionReport(reviewer, report!.id, "approve_report", report!.version, "");
    const secretariat = await demoUser(db(), "secretariat@demo.test");
    const aichr = await db().query.organisations.findFirst({ where: (o, { eq }) => eq(o.code, "AICHR") });
    await submitReport(secretariat, id, 0, reportInput(aichr!.id, { outcomes: "Unapproved probe outcome." }), []);
    // The focal point who wrote the approved report retires.
    await setUserActive(admin, unicef.id, false);

    const text = await everythingPublic([id, draft.id]);
    expect(text).toContain("Leak probe published");
    expect(text).toContain("Approved probe outcome.");
    for (const secret of [
      "Leak probe draft",
      draft.id,
      "Unapproved probe outcome.",
      "leak-probe-private.pdf",
      unicef.name,
      unicef.email,
      reviewer.name,
      reviewer.email,
    ]) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
