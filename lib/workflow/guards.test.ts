import { describe, expect, it } from "vitest";
import { completionProblem, draftFacts, requiredToSubmit, submissionProblems, unmetRequirement } from "./guards";

describe("submission for review", () => {
  const complete = {
    clauseCount: 1,
    themeCount: 1,
    start: { date: "2027-03-01", precision: "month" as const },
    countryCode: "TH",
    unEntityCount: 1,
  };

  it("needs nothing more from a complete draft", () => {
    expect(submissionProblems(complete)).toEqual([]);
  });

  it("names each thing a draft lacks", () => {
    expect(
      submissionProblems({ clauseCount: 0, themeCount: 0, start: null, countryCode: null, unEntityCount: 0 }),
    ).toEqual([
      { field: "clauseIds", message: "Link at least one Plan of Action clause." },
      { field: "themes", message: "Choose at least one theme." },
      { field: "startDate", message: "Give a start date." },
      { field: "countryCode", message: "Give the country." },
      { field: "involved", message: "Involve at least one UN entity." },
    ]);
  });

  it("asks a country of an activity held in person or hybrid, not of an online one", () => {
    const placeless = { ...complete, countryCode: null };
    const country = [{ field: "countryCode", message: "Give the country." }];
    expect(submissionProblems(placeless)).toEqual(country);
    expect(submissionProblems({ ...placeless, mode: "in_person" })).toEqual(country);
    expect(submissionProblems({ ...placeless, mode: "hybrid" })).toEqual(country);
    expect(submissionProblems({ ...placeless, mode: "online" })).toEqual([]);
    expect(
      unmetRequirement("submit", { ...placeless, mode: "hybrid", end: null, reportsUnderReview: 0 }, new Date()),
    ).toBe("Before submitting: Give the country.");
    expect(
      unmetRequirement("submit", { ...placeless, mode: "online", end: null, reportsUnderReview: 0 }, new Date()),
    ).toBeNull();
    // The form's marks follow the mode.
    expect(requiredToSubmit("countryCode", "in_person")).toBe(true);
    expect(requiredToSubmit("countryCode", "hybrid")).toBe(true);
    expect(requiredToSubmit("countryCode", "online")).toBe(false);
    expect(requiredToSubmit("themes", "online")).toBe(true);
  });

  it("reads the form's values as the server reads the saved draft: the lead counts as a UN entity too", () => {
    const kinds: Record<string, string> = { unicef: "un_entity", aichr: "asean_body" };
    const form = {
      clauseIds: ["c1"],
      themes: ["childrens_rights"],
      startDate: "2027-03",
      countryCode: "TH",
      leadOrganisationId: "unicef",
      involved: [{ organisationId: "aichr" }],
    };
    expect(submissionProblems(draftFacts(form, (id) => kinds[id]))).toEqual([]);
    const led = draftFacts({ ...form, leadOrganisationId: "aichr", involved: [] }, (id) => kinds[id]);
    expect(submissionProblems(led)).toEqual([{ field: "involved", message: "Involve at least one UN entity." }]);
    // The mode the form is set to counts: an online draft needs no country.
    expect(submissionProblems(draftFacts({ ...form, countryCode: "", mode: "online" }, (id) => kinds[id]))).toEqual([]);
    expect(submissionProblems(draftFacts({ ...form, countryCode: "", mode: "hybrid" }, (id) => kinds[id]))).toEqual([
      { field: "countryCode", message: "Give the country." },
    ]);
    // A date that does not parse is no date.
    expect(draftFacts({ ...form, startDate: "2027-13" }, (id) => kinds[id]).start).toBeNull();
  });

  it("says before the button is pressed why it would be refused", () => {
    const facts = { ...complete, end: null, reportsUnderReview: 0 };
    expect(unmetRequirement("submit", facts, new Date())).toBeNull();
    expect(unmetRequirement("submit", { ...facts, themeCount: 0 }, new Date())).toBe(
      "Before submitting: Choose at least one theme.",
    );
  });
});

describe("marking completed", () => {
  const day = (date: string) => ({ date, precision: "day" as const });

  it("is allowed once the end date has come", () => {
    expect(completionProblem(day("2026-11-01"), day("2026-11-28"), "2026-11-28")).toBeNull();
  });

  it("is refused while the end date is in the future, even if the start has passed", () => {
    expect(completionProblem(day("2026-11-01"), day("2026-11-29"), "2026-11-28")).toBe(
      "Can be marked completed from 29 November 2026.",
    );
  });

  it("goes by the start date when there is no end date", () => {
    expect(completionProblem(day("2026-11-28"), null, "2026-11-28")).toBeNull();
    expect(completionProblem(day("2026-12-01"), null, "2026-11-28")).not.toBeNull();
  });

  it("treats a month under way as not in the future", () => {
    expect(completionProblem({ date: "2026-11-01", precision: "month" }, null, "2026-11-05")).toBeNull();
  });

  it("says from which month a month-precise activity can be completed", () => {
    expect(completionProblem({ date: "2027-01-01", precision: "month" }, null, "2026-12-02")).toBe(
      "Can be marked completed from January 2027.",
    );
  });

  it("is judged where the day begins first, so no one is told to wait for a day already theirs", () => {
    const facts = { clauseCount: 1, themeCount: 1, countryCode: "TH", unEntityCount: 1, reportsUnderReview: 0 };
    const ends = { ...facts, start: day("2026-12-03"), end: null };
    // 2 December, 11:00 UTC is already 3 December in Kiribati (UTC+14).
    expect(unmetRequirement("complete", ends, new Date("2026-12-02T11:00:00Z"))).toBeNull();
    expect(unmetRequirement("complete", ends, new Date("2026-12-02T09:00:00Z"))).toBe(
      "Can be marked completed from 3 December 2026.",
    );
    expect(unmetRequirement("reopen", { ...ends, reportsUnderReview: 1 }, new Date())).toMatch(/report is waiting/);
  });

  it("needs a date", () => {
    expect(completionProblem(null, null, "2026-11-28")).not.toBeNull();
  });
});
