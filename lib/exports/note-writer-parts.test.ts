import { describe, expect, it } from "vitest";
import { activityText, datesPhrase, listedText, meetingText, type WriterActivity } from "./note-writer";

const day = (date: string) => ({ date, precision: "day" as const });
const meeting: WriterActivity = {
  id: "00000000-0000-4000-8000-000000000099",
  title: "34th Meeting of the AICHR",
  summary: null,
  type: "meeting",
  status: "completed",
  start: day("2021-07-12"),
  end: day("2021-07-26"),
  parts: [
    { start: day("2021-07-12"), end: day("2021-07-14") },
    { start: day("2021-07-26"), end: null },
  ],
  place: null,
  organisations: [
    { label: "AICHR", name: "ASEAN Intergovernmental Commission on Human Rights", kind: "asean_body", role: "lead" },
  ],
  participants: null,
  outcomes: [],
};

describe("the note's dates of an activity held in parts", () => {
  it("tells the parts, not the span", () => {
    expect(datesPhrase(meeting)).toBe("on 12\u201314 and 26 July 2021");
    for (const text of [activityText(meeting), listedText(meeting), meetingText(meeting)]) {
      expect(text).toContain("12\u201314 and 26 July 2021");
      expect(text).not.toContain("12\u201326 July");
    }
  });

  it("tells one range as before", () => {
    expect(datesPhrase({ ...meeting, parts: undefined })).toBe("on 12\u201326 July 2021");
    expect(datesPhrase({ ...meeting, start: null, parts: undefined })).toBeNull();
  });
});
