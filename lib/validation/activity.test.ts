import { describe, expect, it } from "vitest";
import { EMPTY_ACTIVITY_FORM, activityFormSchema } from "./activity";

const LEAD = "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b01";
const UNICEF = "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b02";
const CLAUSE = "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b03";
const valid = {
  ...EMPTY_ACTIVITY_FORM,
  title: "Regional dialogue on child rights",
  leadOrganisationId: LEAD,
  involved: [{ organisationId: UNICEF, role: "supporting" as const }],
  clauseIds: [CLAUSE],
  primaryClauseId: CLAUSE,
  startDate: "2027-03",
  startPrecision: "month" as const,
};

function messages(input: unknown): Record<string, string> {
  const result = activityFormSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("the activity form schema", () => {
  it("accepts a valid draft", () => {
    expect(activityFormSchema.safeParse(valid).success).toBe(true);
  });

  it("refuses fields the form does not have, such as status, version or author", () => {
    for (const extra of [{ status: "scheduled" }, { version: 7 }, { createdById: LEAD }, { organisationId: LEAD }]) {
      expect(activityFormSchema.safeParse({ ...valid, ...extra }).success).toBe(false);
    }
  });

  it("says on the field what is wrong", () => {
    expect(messages({ ...valid, title: "x".repeat(301) })).toEqual({ title: "Title is at most 300 characters." });
    expect(messages({ ...valid, startDate: "2027-02-30", startPrecision: "day" })).toEqual({
      startDate: "Start date: enter a day as YYYY-MM-DD.",
    });
    expect(messages({ ...valid, startDate: "2027-03-05", startPrecision: "month" })).toEqual({
      startDate: "Start date: enter a month as YYYY-MM.",
    });
    expect(messages({ ...valid, endDate: "2027-02", endPrecision: "month" })).toEqual({
      endDate: "The end date is before the start date.",
    });
    expect(messages({ ...valid, expectedParticipants: "-3" })).toEqual({
      expectedParticipants: "Enter a whole number of participants, 1 or more.",
    });
    expect(messages({ ...valid, expectedParticipants: "0" })).toEqual({
      expectedParticipants: "Enter 1 or more participants.",
    });
    expect(messages({ ...valid, primaryClauseId: "" })).toEqual({
      primaryClauseId: "Mark one of the linked clauses as primary.",
    });
    expect(messages({ ...valid, involved: [{ organisationId: LEAD, role: "supporting" }] })).toEqual({
      involved: "List each organisation once, the lead not again.",
    });
    expect(messages({ ...valid, countryCode: "Thailand" })).toEqual({ countryCode: "Choose a country from the list." });
  });

  it("takes a meeting link, a web address, for an online or hybrid activity only", () => {
    const link = "https://asean.zoom.us/j/81234567890?pwd=abc";
    expect(messages({ ...valid, mode: "online", meetingLink: link })).toEqual({});
    expect(messages({ ...valid, mode: "hybrid", meetingLink: "http://meet.example.org/aichr" })).toEqual({});
    expect(messages({ ...valid, mode: "online", meetingLink: "" })).toEqual({});
    expect(messages({ ...valid, mode: "in_person", meetingLink: link })).toEqual({
      meetingLink: "A meeting link is only for an online or hybrid activity: remove it, or choose Online or Hybrid.",
    });
    for (const wrong of [
      "zoom.us/j/123",
      "javascript:alert(1)",
      "ftp://files.example.org/x",
      "https://",
      "https://a b.org",
    ]) {
      expect(messages({ ...valid, mode: "online", meetingLink: wrong })).toEqual({
        meetingLink: "Enter the meeting link as a web address (https://…).",
      });
    }
    expect(messages({ ...valid, mode: "online", meetingLink: `https://x.org/${"a".repeat(490)}` })).toEqual({
      meetingLink: "Meeting link is at most 500 characters.",
    });
    expect(messages({ ...valid, mode: "by_post" })).toEqual({ mode: "Choose how it is held." });
    // Trimmed as typed around it.
    expect(activityFormSchema.parse({ ...valid, mode: "online", meetingLink: `  ${link} ` }).meetingLink).toBe(link);
  });
});
