import { describe, expect, it } from "vitest";
import { completionProblem, submissionProblems } from "./guards";

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
      "Link at least one Plan of Action clause.",
      "Choose at least one theme.",
      "Give a start date.",
      "Give the country.",
      "Involve at least one UN entity.",
    ]);
  });
});

describe("marking completed", () => {
  const day = (date: string) => ({ date, precision: "day" as const });

  it("is allowed once the end date has come", () => {
    expect(completionProblem(day("2026-11-01"), day("2026-11-28"), "2026-11-28")).toBeNull();
  });

  it("is refused while the end date is in the future, even if the start has passed", () => {
    expect(completionProblem(day("2026-11-01"), day("2026-11-29"), "2026-11-28")).toMatch(/has not ended yet/);
  });

  it("goes by the start date when there is no end date", () => {
    expect(completionProblem(day("2026-11-28"), null, "2026-11-28")).toBeNull();
    expect(completionProblem(day("2026-12-01"), null, "2026-11-28")).not.toBeNull();
  });

  it("treats a month under way as not in the future", () => {
    expect(completionProblem({ date: "2026-11-01", precision: "month" }, null, "2026-11-05")).toBeNull();
  });

  it("needs a date", () => {
    expect(completionProblem(null, null, "2026-11-28")).not.toBeNull();
  });
});
