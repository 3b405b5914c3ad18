import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activities, activitySeries, auditEvents } from "@/db/schema";
import { CSV_HEADER, csvCells, csvLines } from "@/lib/exports/csv";
import { InvalidInputError } from "@/lib/errors";
import { activityFormSchema, EMPTY_ACTIVITY_FORM } from "@/lib/validation/activity";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { createActivity, getActivityForEdit, getFormOptions, updateActivity } from "@/lib/dal/activities/edits";
import { exportActivities } from "@/lib/dal/activities/export";
import { getActivityHistory } from "@/lib/dal/activities/history";
import { applyImport } from "@/lib/dal/activities/import";
import { createSeries, getSeries, listSeries, updateSeries } from "@/lib/dal/activities/series";
import { getActivity } from "@/lib/dal/activities/read";
import { getDashboard } from "@/lib/dal/activities/dashboard";
import { getApiActivity } from "@/lib/dal/public/activities";
import { createOrganisation } from "@/lib/dal/admin/organisations";
import { createNote, getNote } from "@/lib/dal/notes/background-notes";

/** The InvalidInputError a call throws, to read its field messages. */
async function refusal(call: Promise<unknown>): Promise<InvalidInputError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

describe.each(ENGINES)("series of meetings on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;
  const as = (email: string) => demoUser(db(), `${email}@demo.test`);

  it("holds the 2019 note's meetings in their series, in order, with dates and status", async () => {
    const viewer = await as("viewer");
    const all = await listSeries(viewer);
    expect(all.map((s) => [s.code, s.meetingCount])).toEqual([
      ["AICHR-UN-MEETING", 2],
      ["RHRM-FOCAL-POINTS", 1],
    ]);
    const un = (await getSeries(viewer, all[0]!.id))!;
    expect(un.meetings.map((m) => [m.ordinal, m.title, m.status, m.start?.date])).toEqual([
      [1, "1st AICHR-UN Meeting", "completed", "2018-05-15"],
      [2, "2nd AICHR-UN Meeting", "scheduled", "2019-11-19"],
    ]);
    expect((await getActivity(viewer, un.meetings[1]!.id))!.series).toEqual({
      id: un.id,
      name: "AICHR-UN Meeting",
      ordinal: 2,
    });
    expect(await getSeries(viewer, "not-a-uuid")).toBeNull();
  });

  it("lets the secretariat and admins add and edit a series, audited; others are refused", async () => {
    const secretariat = await as("secretariat");
    const { id } = await createSeries(secretariat, {
      code: "aichr-eu-dialogue",
      name: "AICHR-EU Policy Dialogue",
      context: "",
    });
    const [row] = await db().select().from(activitySeries).where(eq(activitySeries.id, id));
    expect(row).toMatchObject({ code: "AICHR-EU-DIALOGUE", name: "AICHR-EU Policy Dialogue", context: null });
    const taken = await refusal(createSeries(secretariat, { code: "AICHR-EU-DIALOGUE", name: "Again", context: "" }));
    expect(taken.fieldErrors.code).toMatch(/taken/);
    await updateSeries(await as("admin"), id, {
      name: "AICHR-EU Policy Dialogue on Human Rights",
      context: "The AICHR and the EU have held a policy dialogue since 2015",
    });
    const trail = await db()
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "series"), eq(auditEvents.entityId, id)));
    expect(trail).toEqual([
      { action: "create", after: { code: "AICHR-EU-DIALOGUE", name: "AICHR-EU Policy Dialogue", context: null } },
      {
        action: "edit",
        after: {
          name: "AICHR-EU Policy Dialogue on Human Rights",
          context: "The AICHR and the EU have held a policy dialogue since 2015",
        },
      },
    ]);
    for (const who of ["viewer", "reviewer", "unicef"]) {
      await expect(createSeries(await as(who), { code: `X-${who}`, name: "Nope", context: "" })).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(updateSeries(await as(who), id, { name: "Nope", context: "" })).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    const refused = await db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "series"), eq(auditEvents.action, "refused")));
    expect(refused).toHaveLength(6);
  });

  it("puts an activity in a series through the form, tells a taken number by the field, and keeps it in the history", async () => {
    const unicef = await as("unicef");
    const options = await getFormOptions(unicef);
    const series = options.series.find((s) => s.name === "AICHR-UN Meeting")!;
    expect(options.series.map((s) => s.name)).toContain("Meeting of Focal Points of Regional Human Rights Mechanisms");
    const third = await draftInput(db(), { title: "3rd AICHR-UN Meeting", seriesId: series.id, seriesOrdinal: "3" });
    const { id, version } = await createActivity(unicef, third);
    expect((await getActivityForEdit(unicef, id))!.values).toMatchObject({ seriesId: series.id, seriesOrdinal: "3" });

    // The 2nd is the seed's: a field message, not a server error, and nothing written.
    const clash = await refusal(createActivity(unicef, { ...third, title: "Another 2nd", seriesOrdinal: "2" }));
    expect(clash.fieldErrors).toEqual({
      seriesOrdinal: "Number 2 in AICHR-UN Meeting is already taken by “2nd AICHR-UN Meeting”.",
    });
    const editClash = await refusal(updateActivity(unicef, id, version, { ...third, seriesOrdinal: "1" }));
    expect(editClash.fieldErrors.seriesOrdinal).toMatch(/^Number 1 in AICHR-UN Meeting is already taken/);
    // Saving it again under its own number is no clash.
    const { version: v2 } = await updateActivity(unicef, id, version, { ...third, summary: "Online." });
    const unknown = await refusal(
      updateActivity(unicef, id, v2, { ...third, seriesId: "8a7f6c1e-0000-4000-8000-000000000000" }),
    );
    expect(unknown.fieldErrors).toEqual({ seriesId: "Choose a series from the list." });

    await updateActivity(unicef, id, v2, { ...third, seriesOrdinal: "4" });
    const edit = (await getActivityHistory(unicef, id)).find((e) => e.action === "edit" && "Series" in (e.after ?? {}));
    expect(edit).toMatchObject({
      before: { Series: "3rd AICHR-UN Meeting" },
      after: { Series: "4th AICHR-UN Meeting" },
    });
    const [stored] = await db().select().from(activities).where(eq(activities.id, id));
    expect(stored).toMatchObject({ seriesId: series.id, seriesOrdinal: 4 });
  });

  it("checks the place in a series as the user types: a number needs a series, and starts at 1", () => {
    const issues = (values: Record<string, string>) => {
      const result = activityFormSchema.safeParse({ ...EMPTY, ...values });
      return result.success ? [] : result.error.issues.filter((i) => i.path[0]?.toString().startsWith("series"));
    };
    expect(issues({ seriesOrdinal: "2" }).map((i) => i.message)).toEqual([
      "Choose the series first, or leave the number empty.",
    ]);
    expect(issues({ seriesId: SOME_ID, seriesOrdinal: "0" }).map((i) => i.message)).toEqual([
      "Numbers in a series start at 1.",
    ]);
    expect(issues({ seriesId: SOME_ID, seriesOrdinal: "2nd" }).map((i) => i.message)).toEqual([
      "Enter the meeting's number in the series as a whole number, e.g. 2.",
    ]);
    expect(issues({ seriesId: "AICHR-UN-MEETING" }).map((i) => i.message)).toEqual(["Choose a series from the list."]);
    expect(issues({ seriesId: SOME_ID })).toEqual([]);
  });

  it("carries the series through the CSV: exported by code and number, imported back unchanged, set by a new row", async () => {
    const secretariat = await as("secretariat");
    const rows: string[][] = [CSV_HEADER.slice()];
    for await (const batch of exportActivities(secretariat, {})) rows.push(...batch.map(csvCells));
    const at = (name: string) => CSV_HEADER.indexOf(name as (typeof CSV_HEADER)[number]);
    const second = rows.find((r) => r[0] === "note2019-aichr-un-meeting-2")!;
    expect([second[at("series")], second[at("series_number")]]).toEqual(["AICHR-UN-MEETING", "2"]);
    const focal = rows.find((r) => r[0] === "note2019-focal-points-rhrm-2018")!;
    expect([focal[at("series")], focal[at("series_number")]]).toEqual(["RHRM-FOCAL-POINTS", ""]);

    const again = await applyImport(secretariat, csvLines(rows));
    expect(again.counts).toMatchObject({ create: 0, update: 0, error: 0 });

    const row = (cells: Partial<Record<(typeof CSV_HEADER)[number], string>>) => CSV_HEADER.map((c) => cells[c] ?? "");
    const file = csvLines([
      CSV_HEADER.slice(),
      row({
        reference: "imp-series-5",
        title: "5th AICHR-UN Meeting",
        type: "meeting",
        lead_organisation: "AICHR",
        series: "aichr-un-meeting",
        series_number: "5",
      }),
      row({ reference: "imp-series-x", title: "Lost", type: "meeting", lead_organisation: "AICHR", series: "NOPE" }),
      row({
        reference: "imp-series-2",
        title: "Second again",
        type: "meeting",
        lead_organisation: "AICHR",
        series: "AICHR-UN-MEETING",
        series_number: "2",
      }),
      row({
        reference: "imp-series-6",
        title: "6th AICHR-UN Meeting",
        type: "meeting",
        lead_organisation: "AICHR",
        series: "AICHR-UN-MEETING",
        series_number: "6",
      }),
      row({
        reference: "imp-series-6b",
        title: "Another 6th",
        type: "meeting",
        lead_organisation: "AICHR",
        series: "AICHR-UN-MEETING",
        series_number: "6",
      }),
    ]);
    const plan = await applyImport(secretariat, file);
    expect(plan.rows.map((r) => [r.reference, r.action, r.messages])).toEqual([
      ["imp-series-5", "create", []],
      ["imp-series-x", "error", ['Unknown series "NOPE".']],
      ["imp-series-2", "error", ["series_number: 2 is already taken in this series by “2nd AICHR-UN Meeting”."]],
      ["imp-series-6", "create", []],
      ["imp-series-6b", "error", ["series_number: 6 is already taken in this series by “6th AICHR-UN Meeting”."]],
    ]);
    const [fifth] = await db().select().from(activities).where(eq(activities.externalRef, "imp-series-5"));
    expect(fifth!.seriesOrdinal).toBe(5);
  });

  it("gives the series and its number in the read API", async () => {
    const viewer = await as("viewer");
    const [second] = await db()
      .select({ id: activities.id })
      .from(activities)
      .where(eq(activities.externalRef, "note2019-aichr-un-meeting-2"));
    expect((await getApiActivity(viewer, second!.id))!.series).toEqual({
      code: "AICHR-UN-MEETING",
      name: "AICHR-UN Meeting",
      ordinal: 2,
    });
    const [other] = await db()
      .select({ id: activities.id })
      .from(activities)
      .where(eq(activities.externalRef, "note2019-bhr-training-2017"));
    expect((await getApiActivity(viewer, other!.id))!.series).toBeNull();
  });

  it("tells a series once in a generated note, opened with its context", async () => {
    const secretariat = await as("secretariat");
    const { id } = await createNote(secretariat, {
      title: "AICHR Background Note on Human Rights Cooperation",
      noteDate: "2019-12-15",
      periodFrom: "2018-01-01",
      periodTo: "2019-12-31",
      organisationCodes: [],
      themes: [],
      includeUndated: false,
    });
    const note = (await getNote(secretariat, id))!.model;
    expect(note.meetings.map((s) => [s.key, s.heading.text, s.meetings.map((m) => m.title)])).toEqual([
      ["aichr-un-meeting", "AICHR-UN Meeting", ["1st AICHR-UN Meeting", "2nd AICHR-UN Meeting"]],
      [
        "rhrm-focal-points",
        "Meeting of Focal Points of Regional Human Rights Mechanisms",
        ["Annual Meeting of Focal Points of Regional Human Rights Mechanisms"],
      ],
    ]);
    expect(note.meetings[0]!.context.text).toBe(
      "The AICHR and the UN have met formally since their first meeting on 15 May 2018 at the ASEAN Secretariat in Jakarta, to deliberate on areas of cooperation between the AICHR and the UN system. The series met twice between 2018 and 2019.",
    );
  });

  it("counts partners beyond the UN apart from UN entities, with their kind", async () => {
    const admin = await as("admin");
    const viewer = await as("viewer");
    const partners = (await getDashboard(viewer)).perPartner;
    expect(partners.map((p) => [p.code, p.kind, p.count]).sort()).toEqual(
      [
        ["ACHPR", "intergovernmental", 1],
        ["AIPR", "civil_society", 1],
        ["EUCO", "intergovernmental", 1],
        ["IACHR", "intergovernmental", 1],
      ].sort(),
    );
    // A government added through the admin form counts as a partner, never as a UN entity.
    const { id: swiss } = await createOrganisation(admin, {
      code: "CH",
      kind: "government",
      name: "Switzerland",
      acronym: "",
      parentId: "",
      countryCode: "",
      iatiIdentifier: "",
    });
    const unicef = await as("unicef");
    await createActivity(
      unicef,
      await draftInput(db(), {
        title: "Dialogue with Switzerland",
        involved: [
          { organisationId: (await draftInput(db())).involved[0]!.organisationId, role: "co_organiser" },
          { organisationId: swiss, role: "supporting" },
        ],
      }),
    );
    expect((await getDashboard(viewer)).perPartner.find((p) => p.code === "CH")).toEqual({
      code: "CH",
      label: "Switzerland",
      kind: "government",
      count: 1,
    });
  });
});

const SOME_ID = "8a7f6c1e-0000-4000-8000-000000000000";
const EMPTY = { ...EMPTY_ACTIVITY_FORM, title: "A meeting", type: "meeting", leadOrganisationId: SOME_ID };
