import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { activities, activityDateParts } from "@/db/schema";
import { seedRecord } from "@/db/seed/seed";
import { CSV_HEADER, csvCells, csvLines } from "@/lib/exports/csv";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { createActivity, getActivityForEdit, updateActivity } from "@/lib/dal/activities/edits";
import { exportActivities } from "@/lib/dal/activities/export";
import { listCalendarActivities } from "@/lib/dal/activities/calendar";
import { activityCoversDay } from "@/lib/calendar-month";
import { renderCalendar } from "@/lib/exports/ics";
import { renderIati } from "@/lib/exports/iati";
import { validateIati } from "@/tests/iati";
import { iatiPublication } from "@/lib/dal/activities/iati-publication";
import { noteParts } from "@/lib/exports/background-note";
import { createNote, getNote } from "@/lib/dal/notes/background-notes";
import { getActivityHistory } from "@/lib/dal/activities/history";
import { applyImport } from "@/lib/dal/activities/import";
import { listActivities } from "@/lib/dal/activities/list";
import { getActivity } from "@/lib/dal/activities/read";
import { getDashboard } from "@/lib/dal/activities/dashboard";
import { getQueue } from "@/lib/dal/activities/queue";
import { rescheduleActivity, transitionActivity } from "@/lib/dal/activities/transitions";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

const part = (startDate: string, endDate = "") => ({
  startDate,
  startPrecision: "day" as const,
  endDate,
  endPrecision: "day" as const,
});
const JULY_2021 = [part("2021-07-12", "2021-07-14"), part("2021-07-26")];

describe.each(ENGINES)("an activity held in parts on %s", (engine) => {
  let database: TestDatabase;
  let secretariat: SessionUser;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
    secretariat = await demoUser(database.db, "secretariat@demo.test");
  });
  afterAll(() => database.close());

  const storedParts = (id: string) =>
    database.db
      .select()
      .from(activityDateParts)
      .where(eq(activityDateParts.activityId, id))
      .orderBy(asc(activityDateParts.position));
  /** A scheduled activity held in parts (12-14 and 26 July 2021), to reschedule. */
  const scheduledInParts = async (title: string) => {
    const input = await draftInput(database.db, { title, dateParts: JULY_2021 });
    const { id } = await createActivity(secretariat, input);
    const [row] = await database.db
      .update(activities)
      .set({ status: "scheduled" })
      .where(eq(activities.id, id))
      .returning({ version: activities.version });
    return { input, id, version: row!.version };
  };
  const span = async (id: string) =>
    (
      await database.db
        .select({
          startDate: activities.startDate,
          startPrecision: activities.startPrecision,
          endDate: activities.endDate,
          endPrecision: activities.endPrecision,
        })
        .from(activities)
        .where(eq(activities.id, id))
    )[0];

  it("writes the parts with the activity, its own range their span, and audits them", async () => {
    const input = await draftInput(database.db, {
      title: "AICHR 34th Meeting in parts",
      // A stale single range is replaced by the parts' span.
      startDate: "2020-01-01",
      dateParts: JULY_2021,
    });
    const { id } = await createActivity(secretariat, input);
    expect(await storedParts(id)).toEqual([
      {
        activityId: id,
        position: 1,
        startDate: "2021-07-12",
        startPrecision: "day",
        endDate: "2021-07-14",
        endPrecision: "day",
      },
      {
        activityId: id,
        position: 2,
        startDate: "2021-07-26",
        startPrecision: "day",
        endDate: null,
        endPrecision: null,
      },
    ]);
    expect(await span(id)).toEqual({
      startDate: "2021-07-12",
      startPrecision: "day",
      endDate: "2021-07-26",
      endPrecision: "day",
    });
    const history = await getActivityHistory(secretariat, id);
    expect(history.at(-1)).toMatchObject({ action: "create", after: { Dates: "12\u201314 and 26 July 2021" } });

    const detail = await getActivity(secretariat, id);
    expect(detail!.parts).toEqual([
      { start: { date: "2021-07-12", precision: "day" }, end: { date: "2021-07-14", precision: "day" } },
      { start: { date: "2021-07-26", precision: "day" }, end: null },
    ]);
    const listed = (await listActivities(secretariat, parseActivityFilters({}).filters)).items.find((a) => a.id === id);
    expect(listed!.parts).toEqual(detail!.parts);
    expect((await getActivityForEdit(secretariat, id))!.values.dateParts).toEqual(JULY_2021);
  });

  it("edits the parts in the same save, and goes back to one range", async () => {
    const input = await draftInput(database.db, { title: "Special Meeting in parts", dateParts: JULY_2021 });
    const { id, version } = await createActivity(secretariat, input);
    const threeParts = [...JULY_2021, part("2021-08-02", "2021-08-03")];
    const edited = await updateActivity(secretariat, id, version, { ...input, dateParts: threeParts });
    expect((await storedParts(id)).map((p) => p.position)).toEqual([1, 2, 3]);
    expect(await span(id)).toMatchObject({ startDate: "2021-07-12", endDate: "2021-08-03" });
    expect((await getActivityHistory(secretariat, id)).at(-1)).toMatchObject({
      action: "edit",
      before: { Dates: "12\u201314 and 26 July 2021" },
      after: { Dates: "12\u201314, 26 July and 2\u20133 August 2021" },
    });

    await updateActivity(secretariat, id, edited.version, {
      ...input,
      startDate: "2021-09-01",
      endDate: "",
      dateParts: [],
    });
    expect(await storedParts(id)).toEqual([]);
    expect(await span(id)).toMatchObject({ startDate: "2021-09-01", endDate: null });
    expect((await getActivity(secretariat, id))!.parts).toEqual([]);
  });

  it("refuses a save whose parts overlap, writing nothing", async () => {
    const input = await draftInput(database.db, {
      title: "Overlapping parts",
      dateParts: [part("2021-07-12", "2021-07-14"), part("2021-07-13")],
    });
    await expect(createActivity(secretariat, input)).rejects.toThrow();
    expect(await database.db.select().from(activities).where(eq(activities.title, "Overlapping parts"))).toEqual([]);
  });

  it("exports the parts in one cell that imports back to the same activity", async () => {
    const input = await draftInput(database.db, { title: "Round trip in parts", dateParts: JULY_2021 });
    const { id } = await createActivity(secretariat, input);
    const rows: string[][] = [CSV_HEADER.slice()];
    for await (const batch of exportActivities(secretariat, {})) rows.push(...batch.map(csvCells));
    const row = rows.find((r) => r[0] === `app:${id}`)!;
    const cell = (name: string) => row[CSV_HEADER.indexOf(name as never)];
    expect([cell("start_date"), cell("end_date"), cell("date_parts")]).toEqual([
      "2021-07-12",
      "2021-07-26",
      "2021-07-12/2021-07-14; 2021-07-26",
    ]);
    const before = await storedParts(id);
    const plan = await applyImport(secretariat, csvLines([CSV_HEADER.slice(), row]));
    expect(plan.counts).toMatchObject({ unchanged: 1, error: 0 });
    expect(await storedParts(id)).toEqual(before);

    // A new row with parts creates an activity held in parts, precision kept.
    const fresh = [...row];
    fresh[0] = "import-parts-probe";
    fresh[CSV_HEADER.indexOf("date_parts")] = "2021-06; 2021-09-09/2021-09-10";
    const created = await applyImport(secretariat, csvLines([CSV_HEADER.slice(), fresh]));
    expect(created.counts).toMatchObject({ create: 1, error: 0 });
    const newId = created.rows[0]!.activityId!;
    expect((await getActivity(secretariat, newId))!.parts).toEqual([
      { start: { date: "2021-06-01", precision: "month" }, end: null },
      { start: { date: "2021-09-09", precision: "day" }, end: { date: "2021-09-10", precision: "day" } },
    ]);
    expect(await span(newId)).toEqual({
      startDate: "2021-06-01",
      startPrecision: "month",
      endDate: "2021-09-10",
      endPrecision: "day",
    });
  });

  it("is on the calendar in the months and days of its parts, not of the gap, with one event per part", async () => {
    const input = await draftInput(database.db, {
      title: "Calendar in parts",
      dateParts: [part("2021-05-10", "2021-05-11"), part("2021-07-26")],
    });
    const { id } = await createActivity(secretariat, input);
    await database.db.update(activities).set({ status: "scheduled" }).where(eq(activities.id, id));
    const inMonth = async (from: string, to: string) =>
      (await listCalendarActivities(secretariat, {}, { from, to })).filter((a) => a.id === id);
    expect(await inMonth("2021-06-01", "2021-06-30")).toEqual([]);
    const [may] = await inMonth("2021-05-01", "2021-05-31");
    const [july] = await inMonth("2021-07-01", "2021-07-31");
    expect(may!.parts).toHaveLength(2);
    expect(july).toEqual(may);
    expect(
      ["2021-05-10", "2021-05-11", "2021-05-12", "2021-06-15", "2021-07-26"].map((d) => activityCoversDay(july!, d)),
    ).toEqual([true, true, false, false, true]);
    const ics = renderCalendar([july!], { name: "t", baseUrl: "https://x" });
    expect([...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1])).toEqual([
      `${id}-1@asean-un-tracker`,
      `${id}-2@asean-un-tracker`,
    ]);
  });

  it("is told in a 2021 note by its parts", async () => {
    const input = await draftInput(database.db, { title: "Regional dialogue held in two parts", dateParts: JULY_2021 });
    const { id } = await createActivity(secretariat, input);
    await database.db.update(activities).set({ status: "completed" }).where(eq(activities.id, id));
    const note = await createNote(secretariat, {
      title: "Background Note 2021",
      noteDate: "2021-12-31",
      periodFrom: "2021-01-01",
      periodTo: "2021-12-31",
      organisationCodes: [],
      themes: [],
      includeUndated: false,
    });
    const text = noteParts((await getNote(secretariat, note.id))!.model)
      .map((p) => p.text)
      .join("\n");
    const sentence = text.split("\n").find((line) => line.includes("Regional dialogue held in two parts"));
    expect(sentence).toContain("12–14 and 26 July 2021");
  });

  it("publishes to IATI the first part's start and the last part's end, in a valid file", async () => {
    const input = await draftInput(database.db, {
      title: "IATI in parts",
      dateParts: [part("2021-07-12", "2021-07-14"), part("2021-07-26"), part("2021-08-02", "2021-08-03")],
    });
    const { id } = await createActivity(secretariat, input);
    await database.db.update(activities).set({ status: "scheduled" }).where(eq(activities.id, id));
    const { published } = await iatiPublication(secretariat, {});
    const mine = published.find((a) => a.id === id)!;
    expect(mine.dates.map((d) => [d.type, d.isoDate])).toEqual([
      // Scheduled: planned start (1) and planned end (3).
      ["1", "2021-07-12"],
      ["3", "2021-08-03"],
    ]);
    const xml = renderIati([mine], { ref: "XX-TEST", name: "ASEAN Secretariat", baseUrl: "https://tracker.example" });
    expect(validateIati(xml).valid).toBe(true);
  });

  it("is rescheduled to the one range given, its parts gone, the audit telling both", async () => {
    const { input, id, version } = await scheduledInParts("Rescheduled from parts");
    await rescheduleActivity(secretariat, id, version, {
      comment: "Moved to one sitting",
      startDate: "2021-10-04",
      startPrecision: "day",
      endDate: "2021-10-05",
      endPrecision: "day",
      city: input.city,
      countryCode: input.countryCode,
    });
    expect(await storedParts(id)).toEqual([]);
    expect((await getActivityHistory(secretariat, id)).at(-1)).toMatchObject({
      action: "reschedule",
      before: { Dates: "12–14 and 26 July 2021" },
      after: { Dates: "4–5 October 2021" },
    });
  });

  it("keeps its parts when rescheduled to a new place with its dates left as they were", async () => {
    const { id, version } = await scheduledInParts("Moved from parts");
    const partsBefore = await storedParts(id);
    await rescheduleActivity(secretariat, id, version, {
      comment: "A new venue",
      startDate: "2021-07-12",
      startPrecision: "day",
      endDate: "2021-07-26",
      endPrecision: "day",
      city: "Chiang Mai",
      countryCode: "TH",
    });
    expect(await storedParts(id)).toEqual(partsBefore);
    expect(partsBefore).toHaveLength(2);
    expect((await getActivityHistory(secretariat, id)).at(-1)).toMatchObject({
      action: "reschedule",
      before: { Dates: "12–14 and 26 July 2021" },
      after: { Dates: "12–14 and 26 July 2021", Place: "Chiang Mai, Thailand" },
    });
  });

  it("shows its parts on the dashboard's upcoming list", async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const input = await draftInput(database.db, {
      title: "Upcoming in parts",
      dateParts: [part(day(10), day(11)), part(day(20))],
    });
    const { id } = await createActivity(secretariat, input);
    await database.db.update(activities).set({ status: "scheduled" }).where(eq(activities.id, id));
    const upcoming = (await getDashboard(secretariat)).upcoming.find((a) => a.id === id);
    expect(upcoming!.parts!.map((p) => p.start.date)).toEqual([day(10), day(20)]);
  });

  it("tells its parts in the reviewer's queue", async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const input = await draftInput(database.db, {
      title: "Submitted in parts",
      dateParts: [part(day(30), day(31)), part(day(40))],
    });
    const { id, version } = await createActivity(secretariat, input);
    await transitionActivity(secretariat, {
      activityId: id,
      action: "submit",
      expectedVersion: version,
      input: { comment: "" },
    });
    const reviewer = await demoUser(database.db, "reviewer@demo.test");
    const entry = (await getQueue(reviewer)).find((item) => item.activityId === id);
    expect(entry!.parts.map((p) => [p.start.date, p.end?.date ?? null])).toEqual([
      [day(30), day(31)],
      [day(40), null],
    ]);
  });

  it("reads a file exported before the parts column", async () => {
    const header = CSV_HEADER.filter((c) => c !== "date_parts");
    const plan = await applyImport(secretariat, csvLines([header.slice()]));
    expect(plan.error).toBeUndefined();
  });
});
