import { describe, expect, it } from "vitest";
import { noteContents, noteSize } from "@/lib/exports/note-sections";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { noteSettings } from "@/tests/note-settings";
import { seededDatabase } from "@/tests/seeded";
import { eq } from "drizzle-orm";
import { activities } from "@/db/schema";
import {
  createNote,
  getNote,
  getNoteSection,
  listNotes,
  saveNotePart,
  setActivityLeftOut,
} from "@/lib/dal/notes/background-notes";

// The note's page reads the note through getNoteSection, which builds the section shown only;
// Word, PDF, print and edits read getNote, the whole note. The two must agree.

describe.each(ENGINES)("the Background Note's page on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const secretariat = () => demoUser(seeded.current.db, "secretariat@demo.test");

  it("shows the seeded 2019 note whole, as getNote builds it", async () => {
    const user = await secretariat();
    const id = (await listNotes(user)).find((n) => n.generatedBy === null)!.id;
    const whole = (await getNote(user, id))!;
    const page = (await getNoteSection(user, id, undefined))!;
    expect(page.section).toEqual({ kind: "whole" });
    expect(page.model).toEqual(whole.model);
    expect(page.contents).toEqual(noteContents(whole.model));
    expect(page.size).toBe(noteSize(whole.model));
    expect(page).toMatchObject({ id, settings: whole.settings, leftOut: whole.leftOut, isPublic: whole.isPublic });
  });

  it("builds a section asked for alone, with what was left out and the whole note's contents", async () => {
    const user = await secretariat();
    const { id } = await createNote(user, noteSettings({ title: "AICHR Background Note on Human Rights Cooperation" }));
    const first = (await getNote(user, id))!.model.years.find((y) => y.year === "2018")!.items[0]!;
    await setActivityLeftOut(user, id, first.activityId, true);
    const whole = (await getNote(user, id))!;
    const page = (await getNoteSection(user, id, "year-2018"))!;
    expect(page.section).toEqual({ kind: "year", year: "2018" });
    expect(page.model.years).toEqual(whole.model.years.filter((y) => y.year === "2018"));
    expect(page.model.years[0]!.items.map((i) => i.activityId)).not.toContain(first.activityId);
    expect(page.model.themes).toEqual([]);
    expect(page.model.meetings).toEqual([]);
    expect(page.model.listHeading).toBe(whole.model.listHeading);
    expect(page.contents).toEqual(noteContents(whole.model));
    expect(page.leftOut).toEqual([{ id: first.activityId, title: first.title }]);
  });

  it("shows what changed in the record since the introduction was edited, on a page of one section", async () => {
    const user = await secretariat();
    const { id } = await createNote(user, noteSettings({ title: "Note with an edited introduction" }));
    await saveNotePart(user, id, { key: "introduction", text: "Our own introduction." });
    const told = (await getNote(user, id))!.model.themes[0]!.items[0]!;
    await seeded.current.db
      .update(activities)
      .set({ summary: "A summary written after the introduction was." })
      .where(eq(activities.id, told.activityId));
    const whole = (await getNote(user, id))!;
    const page = (await getNoteSection(user, id, "meetings"))!;
    expect(page.model.introduction).toMatchObject({ text: "Our own introduction.", edited: true });
    expect(page.model.introduction.changes).toEqual({ added: [], changed: [told.title], removed: [] });
    expect(page.model.introduction).toEqual(whole.model.introduction);
  });

  it("answers null for a note that is not there", async () => {
    const user = await secretariat();
    expect(await getNoteSection(user, "not-a-uuid", undefined)).toBeNull();
    expect(await getNoteSection(user, "00000000-0000-4000-8000-000000000000", "meetings")).toBeNull();
  });
});
