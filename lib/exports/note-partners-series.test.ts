import { describe, expect, it } from "vitest";
import { buildNote, noteParts, type NoteActivity, type NoteSeries } from "./background-note";
import {
  activityText,
  introduction,
  listedText,
  meetingText,
  seriesOpening,
  type WriterOrganisation,
} from "./note-writer";

// Partners beyond the UN are named as partners, never as the UN's support; a series of
// meetings is told once, with its context, then its meetings in the period in their order.

const org = (label: string, name: string, kind: WriterOrganisation["kind"], role: WriterOrganisation["role"]) => ({
  label,
  name,
  kind,
  role,
});
const AICHR = org("AICHR", "ASEAN Intergovernmental Commission on Human Rights", "asean_body", "lead");
const UNDP = org("UNDP", "United Nations Development Programme", "un_entity", "supporting");
const EU = org("EU", "European Union", "intergovernmental", "supporting");
const SWISS = org("Switzerland", "Switzerland", "government", "co_organiser");
const ICRC = org("ICRC", "International Committee of the Red Cross", "civil_society", "participant");

let n = 0;
const activity = (changes: Partial<NoteActivity> = {}): NoteActivity => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
  title: "AICHR Regional Dialogue on Humanitarian Law",
  summary: null,
  type: "dialogue",
  status: "completed",
  start: { date: "2021-07-12", precision: "day" },
  end: { date: "2021-07-14", precision: "day" },
  place: "Jakarta, Indonesia",
  organisations: [AICHR, UNDP, EU, SWISS],
  participants: null,
  outcomes: [],
  themes: ["institutional_cooperation"],
  ...changes,
});

describe("partners beyond the UN in the note", () => {
  it("names them as partners, apart from the UN's support and the hosts", () => {
    expect(activityText(activity())).toBe(
      "On 12–14 July 2021, UNDP supported the AICHR in holding the AICHR Regional Dialogue on Humanitarian Law in Jakarta, Indonesia, with the European Union and Switzerland as partners.",
    );
    expect(listedText(activity())).toBe(
      "UNDP supported the AICHR in the AICHR Regional Dialogue on Humanitarian Law, with the European Union and Switzerland as partners, on 12–14 July 2021 in Jakarta, Indonesia.",
    );
    const meeting = activity({ title: "33rd AICHR Meeting", type: "meeting", organisations: [AICHR, EU] });
    expect(meetingText(meeting)).toBe(
      "On 12–14 July 2021, the AICHR held the 33rd AICHR Meeting in Jakarta, Indonesia, with the European Union as a partner.",
    );
  });

  it("names the partners in the same order whatever order the record gives them in", () => {
    const reversed = activity({ organisations: [SWISS, EU, UNDP, AICHR] });
    expect(activityText(reversed)).toBe(activityText(activity()));
    expect(meetingText({ ...reversed, type: "meeting" })).toContain(
      "with the European Union and Switzerland as partners",
    );
  });

  it("keeps a partner that only took part among the participants, and a partner that leads as the host", () => {
    expect(activityText(activity({ organisations: [AICHR, ICRC] }))).toBe(
      "On 12–14 July 2021, the AICHR held the AICHR Regional Dialogue on Humanitarian Law in Jakarta, Indonesia. Representatives of the International Committee of the Red Cross took part.",
    );
    const led = activity({ organisations: [{ ...EU, role: "lead" }, UNDP] });
    expect(activityText(led)).toBe(
      "On 12–14 July 2021, UNDP supported EU in holding the AICHR Regional Dialogue on Humanitarian Law in Jakarta, Indonesia.",
    );
  });

  it("names partners a summary's own opening leaves out", () => {
    const told = activity({
      summary:
        "UNDP supported the AICHR in convening military lawyers and humanitarian experts from eight member states on protecting civilians.",
    });
    expect(activityText(told)).toBe(
      "The AICHR Regional Dialogue on Humanitarian Law took place on 12–14 July 2021 in Jakarta, Indonesia. UNDP supported the AICHR in convening military lawyers and humanitarian experts from eight member states on protecting civilians. The European Union and Switzerland took part as partners.",
    );
  });

  it("counts only UN entities as the UN's support: an activity with partners alone is not listed in III", () => {
    const partnersOnly = activity({ organisations: [AICHR, EU, SWISS], themes: ["womens_rights"] });
    const withUn = activity({ themes: ["womens_rights"] });
    const note = buildNote([partnersOnly, withUn], options());
    expect(note.years.flatMap((y) => y.items.map((i) => i.activityId))).toEqual([withUn.id]);
    expect(note.introduction.text).toContain(
      "with UNDP. It records no formal meetings and two activities. Beyond the UN, the European Union and Switzerland joined in as partners.",
    );
    expect(introduction("2021", 0, [activity({ organisations: [AICHR, UNDP] })])).not.toMatch(/partner/);
  });
});

const options = () => ({
  title: "AICHR Background Note",
  date: "2022-01-15",
  period: "2020-2021",
  excluded: [],
  themes: [],
  edits: {},
  plan: [],
});

describe("series of meetings in the note", () => {
  const series = (ordinal: number | null, changes: Partial<NoteSeries> = {}): NoteSeries => ({
    code: "AICHR-UN-MEETING",
    name: "AICHR-UN Meeting",
    context: "The AICHR and the UN have met formally since 2018",
    ordinal,
    ...changes,
  });
  const meeting = (title: string, date: string, s: NoteSeries | null) =>
    activity({
      title,
      type: "meeting",
      start: { date, precision: "day" },
      end: null,
      organisations: [AICHR],
      series: s,
    });

  it("tells a series once under its name, opens it with its context, then its meetings by number", () => {
    const third = meeting("Third formal meeting of the AICHR and the UN", "2021-04-20", series(3));
    const second = meeting("2nd AICHR-UN Meeting", "2019-11-19", series(2));
    // Not a formal meeting by its themes, but a meeting of the series: told in I all the same.
    const fourth = meeting("4th AICHR-UN Meeting", "2021-11-10", series(4));
    fourth.themes = ["womens_rights"];
    const note = buildNote([fourth, third, second], options());
    expect(note.meetings).toHaveLength(1);
    const [told] = note.meetings;
    expect(told!.key).toBe("aichr-un-meeting");
    expect(told!.heading.text).toBe("AICHR-UN Meeting");
    expect(told!.context.text).toBe(
      "The AICHR and the UN have met formally since 2018. The series met three times between 2019 and 2021.",
    );
    expect(told!.meetings.map((m) => m.title)).toEqual([
      "2nd AICHR-UN Meeting",
      "Third formal meeting of the AICHR and the UN",
      "4th AICHR-UN Meeting",
    ]);
    expect(note.themes).toEqual([]);
    expect(noteParts(note).map((p) => p.key)).toContain("series:aichr-un-meeting");
  });

  it("keys a series by its code, so a renamed series keeps the note's edits", () => {
    const renamed = meeting("2nd AICHR-UN Meeting", "2019-11-19", series(2, { name: "AICHR-UN Dialogue" }));
    const note = buildNote([renamed], {
      ...options(),
      edits: { "series:aichr-un-meeting": { text: "As the secretariat wrote it.", basis: {} } },
    });
    expect(note.meetings[0]!.heading.text).toBe("AICHR-UN Dialogue");
    expect(note.meetings[0]!.context.text).toBe("As the secretariat wrote it.");
  });

  it("groups meetings of no recorded series by their title, and joins them to a series of that code", () => {
    const recorded = meeting("1st AICHR-UN Meeting", "2018-05-15", series(1));
    const unrecorded = meeting("2nd AICHR-UN Meeting", "2019-11-19", null);
    const other = meeting("Annual Meeting of Focal Points", "2018-12-07", null);
    other.themes = ["institutional_cooperation"];
    const note = buildNote([unrecorded, other, recorded], options());
    expect(note.meetings.map((s) => [s.key, s.meetings.map((m) => m.title)])).toEqual([
      ["aichr-un-meeting", ["1st AICHR-UN Meeting", "2nd AICHR-UN Meeting"]],
      ["meeting-of-focal-points", ["Annual Meeting of Focal Points"]],
    ]);
  });

  it("says only how often a series met when it has no context", () => {
    expect(seriesOpening(null, [meeting("x", "2020-06-09", null)])).toBe("The series met once in 2020.");
    expect(seriesOpening("  Held yearly since 2011.  ", [meeting("x", "2020-06-09", null)])).toBe(
      "Held yearly since 2011. The series met once in 2020.",
    );
  });
});
