import { describe, expect, it } from "vitest";
import { noteMarkup } from "@/components/notes/note-markup";
import { buildNote, type NoteActivity } from "./background-note";
import { chooseNoteSection, noteContents, noteSize, sectionParam, WHOLE_NOTE_LIMIT } from "./note-sections";

const activity = (n: number, year: number | null, theme: NoteActivity["themes"][number]): NoteActivity => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  title: `Workshop ${n}`,
  summary: null,
  type: "workshop",
  status: "completed",
  start: year ? { date: `${year}-03-01`, precision: "month" } : null,
  end: null,
  place: "Jakarta, Indonesia",
  themes: [theme],
  organisations: [
    { label: "UNDP", name: "United Nations Development Programme", kind: "un_entity", role: "supporting" },
  ],
  participants: null,
  outcomes: [],
});

const noteOf = (activities: NoteActivity[]) =>
  buildNote(activities, {
    title: "Note",
    date: "",
    period: "2018-2019",
    excluded: [],
    themes: [],
    edits: {},
    plan: [],
  });

// Over the limit: 2018 and 2019 split between two themes, and a few undated.
const large = noteOf(
  Array.from({ length: WHOLE_NOTE_LIMIT }, (_, n) =>
    activity(n, n < 5 ? null : 2018 + (n % 2), n % 3 === 0 ? "environment" : "childrens_rights"),
  ),
);
const small = noteOf([activity(1, 2018, "environment"), activity(2, 2019, "childrens_rights")]);

describe("a note's sections", () => {
  it("reads a short note as one page, and opens a long one on its introduction", () => {
    expect(noteSize(small)).toBeLessThanOrEqual(WHOLE_NOTE_LIMIT);
    expect(chooseNoteSection(small, undefined)).toEqual({ kind: "whole" });
    expect(noteSize(large)).toBeGreaterThan(WHOLE_NOTE_LIMIT);
    expect(chooseNoteSection(large, undefined)).toEqual({ kind: "introduction" });
    // The whole of a long note is not to be had by URL; unknown sections fall back too.
    for (const asked of ["whole", "year-1999", "theme-not_a_theme", "theme-women", "nonsense"]) {
      expect(chooseNoteSection(large, asked)).toEqual({ kind: "introduction" });
    }
  });

  it("opens the section asked for, each listed in the contents (in the note's order) with its count", () => {
    const contents = noteContents(large);
    expect(contents.map((c) => c.param)).toEqual([
      "introduction",
      "meetings",
      "theme-environment",
      "theme-childrens_rights",
      "year-2018",
      "year-2019",
      "year-undated",
    ]);
    const counted = contents.filter((c) => c.param.startsWith("year-")).map((c) => c.count);
    expect(counted.reduce((a, b) => a! + b!, 0)).toBe(WHOLE_NOTE_LIMIT);
    for (const entry of contents) expect(sectionParam(chooseNoteSection(large, entry.param))).toBe(entry.param);
  });

  it("builds only the section shown", () => {
    const year = noteMarkup(large, { editable: false, section: chooseNoteSection(large, "year-2019") }).html;
    expect(year).toContain('data-testid="note-year-2019"');
    expect(year).not.toContain('data-testid="note-year-2018"');
    expect(year).not.toContain("note-theme-");
    expect(year).not.toContain("A. Introduction");
    const theme = noteMarkup(large, { editable: true, section: chooseNoteSection(large, "theme-environment") }).html;
    expect(theme).toContain('data-testid="note-theme-environment"');
    expect(theme).not.toContain('data-testid="note-theme-childrens_rights"');
    expect(theme).not.toContain("note-year-");
    expect(theme.length).toBeLessThan(noteMarkup(large, { editable: true }).html.length / 2);
    // The whole note is the sections in order, as the page always drew it.
    const whole = noteMarkup(small, { editable: false }).html;
    const order = ["A. Introduction", "I. Meetings", "II. Activities", "III. "].map((h) => whole.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i >= 0)).toBe(true);
  });
});
