import { describe, expect, it } from "vitest";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { seedNoteActivity } from "@/db/seed/note-edits";
import { formatDateAsGiven } from "@/lib/dates";
import {
  activityText,
  listedText,
  meetingText,
  prose,
  sentencesOf,
  themeOpening,
  type WriterActivity,
} from "./note-writer";

const activities = SEED_ACTIVITIES.map((a, i) =>
  seedNoteActivity(a, `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`),
);

/** A complete sentence: a capital (or a digit, or an opening quote) first, a stop last. */
const COMPLETE = /^[\p{Lu}\p{N}‘“"].*[.!?]["'’”)]?$/u;

function expectProse(text: string, what: string) {
  const sentences = sentencesOf(text);
  expect(sentences.length, what).toBeGreaterThan(0);
  for (const s of sentences) expect(s, what).toMatch(COMPLETE);
  expect(new Set(sentences).size, `${what}: a sentence repeated`).toBe(sentences.length);
  expect(text, what).not.toMatch(/\b(the|this) note\b|undefined|null|\bNaN\b|\(No /i);
  expect(text, what).not.toMatch(/\s{2,}|\s[,.]|\.\./);
}

describe("the note's sentence writer", () => {
  it.each(activities.map((a) => [a.title, a] as const))(
    "writes %s as complete prose with its date and organisations",
    (_t, a) => {
      for (const text of [activityText(a), listedText(a), meetingText(a)]) {
        expectProse(text, a.title);
        if (a.start) expect(text).toContain(formatDateAsGiven(a.start, a.end));
        for (const o of a.organisations.filter((o) => o.role !== "participant" || o.kind === "un_entity"))
          if (text !== listedText(a) || o.kind === "un_entity")
            expect(
              text.includes(o.name) || text.includes(prose(o).replace(/^the /, "")),
              `${a.title}: ${o.label}`,
            ).toBe(true);
      }
      expect(sentencesOf(listedText(a))).toHaveLength(1);
    },
  );

  it("tells what the record holds and nothing twice", () => {
    const training = activities.find((a) => a.title === "AICHR Training on Business and Human Rights")!;
    expect(activityText(training)).toMatch(
      /^The AICHR Training on Business and Human Rights took place on 13–16 November 2017\. UNDP partnered with the AICHR/,
    );
    expect(activityText(training)).toContain("In all, 60 participants took part.");
    const workshop = activities.find((a) => a.title.startsWith("AICHR Regional Workshop on Enhanced Access"))!;
    expect(activityText(workshop)).toBe(
      "In December 2018, UNICEF supported the AICHR in holding the AICHR Regional Workshop on Enhanced Access to Education for Children with Disabilities.",
    );
    const dialogue = activities.find((a) => a.title.startsWith("AICHR Inter-Regional Dialogue"))!;
    expect(activityText(dialogue)).toContain("European Council");
    expect(activityText(dialogue)).not.toContain("Council of Europe");
  });

  it("drops the record's remarks about itself", () => {
    const undated = activities.find((a) => a.title.startsWith("AICHR regional dialogues on mainstreaming"))!;
    const remark = { ...undated, summary: `${undated.summary} The note gives no dates.` };
    expect(activityText(remark)).not.toContain("gives no dates");
    expect(activityText(remark)).toBe(
      "UNICEF supported the AICHR's regional dialogues on mainstreaming the rights of persons with disabilities and on addressing the multiple vulnerabilities of children with disabilities.",
    );
  });

  const bare: WriterActivity = {
    id: "x",
    title: "Regional Consultation on Migrant Workers",
    summary: null,
    type: "consultation",
    status: "completed",
    start: null,
    end: null,
    place: null,
    organisations: [],
    participants: null,
    outcomes: [],
  };

  it("writes a record with no date, no place and no organisation as a sentence", () => {
    for (const text of [activityText(bare), listedText({ ...bare, organisations: [] }), meetingText(bare)])
      expectProse(text, "bare");
    expect(activityText(bare)).toBe("The Regional Consultation on Migrant Workers took place.");
  });

  it("names ten organisations in one readable list", () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({
      label: `ORG${i}`,
      name: `Organisation ${i}`,
      kind: "un_entity" as const,
      role: i === 0 ? ("lead" as const) : ("supporting" as const),
    }));
    const a = {
      ...bare,
      organisations: ten,
      start: { date: "2020-03-02", precision: "day" as const },
      place: "Vientiane, Lao PDR",
    };
    const text = activityText(a);
    expectProse(text, "ten");
    expect(text).toBe(
      "On 2 March 2020, ORG1, ORG2, ORG3, ORG4, ORG5, ORG6, ORG7, ORG8 and ORG9 supported ORG0 in holding the Regional Consultation on Migrant Workers in Vientiane, Lao PDR.",
    );
    expect(listedText(a)).toBe(
      "ORG0 organised the Regional Consultation on Migrant Workers, with the support of ORG1, ORG2, ORG3, ORG4, ORG5, ORG6, ORG7, ORG8 and ORG9, on 2 March 2020 in Vientiane, Lao PDR.",
    );
  });

  it("tells an online meeting as held by videoconference, naming no venue, and a hybrid one at its venue too", () => {
    const aichr = {
      label: "AICHR",
      name: "ASEAN Intergovernmental Commission on Human Rights",
      kind: "asean_body" as const,
    };
    const meeting: WriterActivity = {
      ...bare,
      title: "31st Meeting of the AICHR",
      type: "meeting",
      start: { date: "2020-06-09", precision: "day" },
      end: { date: "2020-06-10", precision: "day" },
      organisations: [{ ...aichr, role: "lead" }],
      mode: "online",
      // A venue left on an online entry is not told.
      place: "Jakarta, Indonesia",
    };
    expect(meetingText(meeting)).toBe(
      "On 9–10 June 2020, the AICHR held the 31st Meeting of the AICHR by videoconference.",
    );
    expect(activityText(meeting)).toBe(
      "On 9–10 June 2020, the AICHR held the 31st Meeting of the AICHR by videoconference.",
    );
    expect(listedText(meeting)).toBe(
      "The AICHR held the 31st Meeting of the AICHR, on 9–10 June 2020 by videoconference.",
    );
    const hybrid = { ...meeting, title: "34th Meeting of the AICHR", mode: "hybrid" as const };
    expect(meetingText(hybrid)).toBe(
      "On 9–10 June 2020, the AICHR held the 34th Meeting of the AICHR in Jakarta, Indonesia and by videoconference.",
    );
    expect(meetingText({ ...hybrid, place: null })).toBe(
      "On 9–10 June 2020, the AICHR held the 34th Meeting of the AICHR in person and by videoconference.",
    );
    // With no date and no organiser, the plain opening still says how it was held.
    expect(activityText({ ...bare, mode: "online" })).toBe(
      "The Regional Consultation on Migrant Workers took place by videoconference.",
    );
    for (const text of [meetingText(meeting), activityText(hybrid), listedText(hybrid)]) expectProse(text, "online");
    // An in-person entry reads as it always has.
    expect(meetingText({ ...meeting, mode: "in_person" })).toBe(
      "On 9–10 June 2020, the AICHR held the 31st Meeting of the AICHR in Jakarta, Indonesia.",
    );
  });

  it("adds approved outcomes that say something new, once", () => {
    const a = {
      ...bare,
      summary: "The consultation reviewed national laws.",
      outcomes: [
        "The consultation reviewed national laws.",
        "Five Member States agreed to share data. Five Member States agreed to share data.",
      ],
    };
    expect(activityText(a)).toBe(
      "The Regional Consultation on Migrant Workers took place. The consultation reviewed national laws. Five Member States agreed to share data.",
    );
  });

  it("opens a theme with who worked on it, when and how often", () => {
    const bhr = activities.filter((a) => a.themes[0] === "business_human_rights");
    expect(themeOpening("Business and human rights", bhr)).toBe(
      "Between 2017 and 2019, UNDP and ESCAP worked with the AICHR on business and human rights in three activities.",
    );
  });
});
