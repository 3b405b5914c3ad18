import { describe, expect, it } from "vitest";
import { noteMarkup } from "@/components/notes/note-markup";
import type { Theme } from "@/lib/domain";
import {
  basisOf,
  buildNote,
  noteParts,
  type NoteActivity,
  type NoteOptions,
  type NotePart,
  type OutlineActivity,
} from "./background-note";
import {
  buildNoteSection as buildSection,
  chooseNoteSection,
  planNoteSection,
  readsIntroductionBasis,
  type SectionAsked,
  noteContents,
  noteSize,
  sectionParam,
  WHOLE_NOTE_LIMIT,
} from "./note-sections";

// The page of a long note reads every activity's outline and the full record of the section
// it shows only, and builds that section's texts only (planNoteSection, buildNoteSection);
// Word, PDF and the printable note build the whole (buildNote). Both must tell each section
// the same: the same activities under the same theme, year and series, with the same texts,
// edits and fingerprints, and the same contents list.

const UNDP = { label: "UNDP", name: "United Nations Development Programme", kind: "un_entity", role: "supporting" };
const ASEAN = { label: "ASEC", name: "ASEAN Secretariat", kind: "asean_body", role: "organiser" };

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** 1,200 activities: meetings of two series and formal ones, several themes each, some without the UN, some undated. */
const activities: NoteActivity[] = Array.from({ length: 1200 }, (_, n) => {
  const year = n % 50 === 0 ? null : 2015 + (n % 5);
  const themes: Theme[][] = [
    ["environment", "childrens_rights"],
    ["childrens_rights", "environment"],
    ["womens_rights"],
    ["institutional_cooperation"],
  ];
  const meeting = n % 7 === 0;
  return {
    id: id(n),
    title: meeting ? `${(n % 3) + 1}th AICHR-UN Meeting` : `Workshop ${n}`,
    summary: n % 2 ? `What workshop ${n} did.` : null,
    type: meeting ? "meeting" : "workshop",
    status: "completed",
    start: year ? { date: `${year}-0${(n % 9) + 1}-1${n % 10}`, precision: "day" } : null,
    end: null,
    place: "Jakarta, Indonesia",
    themes: meeting ? ["institutional_cooperation"] : themes[n % 4]!,
    organisations: n % 3 === 0 ? [ASEAN] : [ASEAN, UNDP],
    participants: n % 4 ? 30 + n : null,
    outcomes: n % 5 ? [] : [`Outcome of ${n}.`],
    series:
      meeting && n % 2
        ? { code: "AICHR-UN", name: "AICHR-UN Meeting", context: "The AICHR meets the UN each year.", ordinal: n }
        : null,
  } as NoteActivity;
});

const options: NoteOptions = {
  title: "Note",
  date: "1 November 2026",
  period: "2015-2019",
  excluded: [id(1), id(2)],
  themes: [],
  edits: {
    // An edit that empties the last year's lines and one on a theme's opening, its basis one activity.
    ...Object.fromEntries(
      activities
        .filter((a) => a.start?.date.startsWith("2019"))
        .map((a) => [`listed:${a.id}`, { text: "", basis: {} }]),
    ),
    "theme:environment": { text: "Edited opening.", basis: { [id(4)]: ["0", "Workshop 4"] } },
  },
  plan: [{ code: "POA", title: "Plan of Action", framework: "Plan of Action", adoptedAt: null, lines: [] }],
};

const whole = buildNote(activities, options);

/** What the page's reading keeps of an activity for all of them (lib/dal/notes/note-activities.ts). */
const outlineOf = ({ id, title, type, start, themes, series, organisations }: NoteActivity): OutlineActivity => ({
  id,
  title,
  type,
  start,
  themes,
  series,
  organisations,
});

/** The page as noteSection builds it: the outline of all, the section's activities in full. */
function buildNoteSection(list: NoteActivity[], opts: NoteOptions, asked: SectionAsked, saving = false) {
  const plan = planNoteSection(list.map(outlineOf), opts, asked);
  const told = new Set(plan.told);
  // As noteBasis reads them: every activity the note tells, in the note's order.
  const byId = new Map(list.map((a) => [a.id, a]));
  const basis = readsIntroductionBasis(plan, opts, saving)
    ? basisOf(plan.groups.included.map((a) => byId.get(a.id)!))
    : undefined;
  return buildSection(
    plan,
    list.filter((a) => told.has(a.id)),
    opts,
    basis,
  );
}

describe("a note's page built one section at a time", () => {
  it("lists the same contents, sizes and sections as the whole note", () => {
    const view = buildNoteSection(activities, options, undefined);
    expect(noteSize(whole)).toBeGreaterThan(WHOLE_NOTE_LIMIT);
    expect(view.section).toEqual({ kind: "introduction" });
    expect(view.contents).toEqual(noteContents(whole));
    expect(view.size).toBe(noteSize(whole));
    expect(view.contents.map((c) => c.param)).toContain("annex");
    for (const asked of ["whole", "year-1999", "theme-women", "nonsense", ...view.contents.map((c) => c.param)]) {
      expect(buildNoteSection(activities, options, asked).section).toEqual(chooseNoteSection(whole, asked));
    }
  });

  it("tells each section as the whole note tells it, and builds nothing else", () => {
    for (const { param } of noteContents(whole)) {
      const { model, section } = buildNoteSection(activities, options, param);
      expect(sectionParam(section)).toBe(param);
      // The introduction reads the same; its basis (kept only when an edit is saved, which
      // builds the whole note) is not read for an unedited introduction.
      expect({ ...model.introduction, basis: {} }).toEqual({ ...whole.introduction, basis: {} });
      expect(model.introduction.basis).toEqual({});
      expect(model.meetings).toEqual(section.kind === "meetings" ? whole.meetings : []);
      expect(model.themes).toEqual(
        section.kind === "theme" ? whole.themes.filter((t) => t.theme === section.theme) : [],
      );
      expect(model.years).toEqual(section.kind === "year" ? whole.years.filter((y) => y.year === section.year) : []);
      expect(model.annex).toEqual(section.kind === "annex" ? whole.annex : []);
      if (section.kind === "year") expect(model.listHeading).toBe(whole.listHeading);
      // The page's markup of the section is the whole note's markup of it.
      expect(noteMarkup(model, { editable: true, section }).html).toBe(
        noteMarkup(whole, { editable: true, section }).html,
      );
      expect(noteParts(model).length).toBeLessThan(noteParts(whole).length / 2);
    }
    // The edit that emptied 2019's lines takes 2019 out of III's heading, in both.
    expect(whole.listHeading).toBe("List of Activities with the UN Support in 2015-2018");
    const theme = buildNoteSection(activities, options, "theme-environment").model.themes[0]!;
    expect(theme.opening).toMatchObject({ text: "Edited opening.", edited: true });
    expect(theme.opening.changes?.changed).toEqual(["Workshop 4"]);
  });

  it("shows what changed since an edit of the introduction, as the whole note does", () => {
    const edited: NoteOptions = {
      ...options,
      edits: { ...options.edits, introduction: { text: "Our introduction.", basis: { [id(4)]: ["0", "Workshop 4"] } } },
    };
    const note = buildNote(activities, edited);
    const { model } = buildNoteSection(activities, edited, "theme-environment");
    expect(model.introduction).toEqual(note.introduction);
    expect(model.introduction.changes?.changed).toEqual(["Workshop 4"]);
    expect(model.introduction.changes?.added.length).toBe(activities.length - 3);
  });

  it("finds every part of the note, with the record behind it, in the section that holds it (to save an edit)", () => {
    const edited: NoteOptions = {
      ...options,
      edits: { ...options.edits, introduction: { text: "Ours.", basis: {} } },
    };
    // Every heading, opening and context, and one in ten of the activities' parts (each of the
    // three kinds: a meeting, an activity under its theme, a line of III).
    const sampled = (parts: NotePart[]) =>
      parts.filter((p, i) => !/^(meeting|activity|listed):/.test(p.key) || i % 10 === 0);
    const parts = sampled(noteParts(buildNote(activities, edited)));
    expect(new Set(parts.map((p) => p.key.split(":")[0]))).toEqual(
      new Set([
        "introduction",
        "series-heading",
        "series",
        "meeting",
        "theme-heading",
        "theme",
        "activity",
        "listed",
        "annex",
      ]),
    );
    for (const [opts, list] of [
      [options, sampled(noteParts(whole))],
      [edited, parts],
    ] as const) {
      for (const part of list) {
        const { model, section } = buildNoteSection(activities, opts, { part: part.key }, true);
        expect(
          noteParts(model).find((p) => p.key === part.key),
          `${part.key} in ${sectionParam(section)}`,
        ).toEqual(part);
      }
    }
    for (const key of ["activity:not-told", "listed:" + id(1), "nonsense", "theme:unknown"]) {
      const { model } = buildNoteSection(activities, options, { part: key }, true);
      expect(noteParts(model).find((p) => p.key === key)).toBeUndefined();
    }
  });

  it("reads in full only the activities of the section it shows", () => {
    const plan = planNoteSection(activities.map(outlineOf), options, "theme-environment");
    const environment = whole.themes.find((t) => t.theme === "environment")!;
    expect(plan.told).toEqual(environment.items.map((i) => i.activityId));
    expect(planNoteSection(activities.map(outlineOf), options, "introduction").told).toEqual([]);
    expect(planNoteSection(activities.map(outlineOf), options, "annex").told).toEqual([]);
  });

  it("tells each activity once, as the whole note does, and leaves out those left out", () => {
    const told = noteContents(whole)
      .filter((c) => c.param === "meetings" || c.param.startsWith("theme-"))
      .flatMap(({ param }) => {
        const { model } = buildNoteSection(activities, options, param);
        return [...model.meetings.flatMap((s) => s.meetings), ...model.themes.flatMap((t) => t.items)];
      })
      .map((e) => e.activityId);
    expect(new Set(told).size).toBe(told.length);
    expect(told.sort()).toEqual(
      activities
        .map((a) => a.id)
        .filter((a) => !options.excluded.includes(a))
        .sort(),
    );
  });

  it("builds a short note whole, as Word and PDF do", () => {
    const few = activities.slice(0, 40);
    const view = buildNoteSection(few, options, undefined);
    expect(view.section).toEqual({ kind: "whole" });
    expect(view.model).toEqual(buildNote(few, options));
    expect(buildNoteSection(few, options, "year-2016").model.years.map((y) => y.year)).toEqual(["2016"]);
  });
});
