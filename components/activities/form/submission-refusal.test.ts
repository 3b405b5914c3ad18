import { describe, expect, it } from "vitest";
import { submissionProblems } from "@/lib/workflow/guards";
import { submissionRefusal } from "./submission-refusal";

const complete = { clauseCount: 1, themeCount: 2, start: { date: "2027-05-12", precision: "day" as const }, countryCode: "TH", unEntityCount: 1 };

describe("submissionRefusal", () => {
  it("lets a complete draft go to the server", () => {
    expect(submissionRefusal(submissionProblems(complete))).toBeNull();
  });

  it("refuses a draft that lacks something, each problem on its field", () => {
    const refusal = submissionRefusal(submissionProblems({ ...complete, themeCount: 0, countryCode: null }));
    expect(refusal).toEqual({
      ok: false,
      message: "Fill in what is required to submit, or save the draft for later.",
      fieldErrors: { themes: "Choose at least one theme.", countryCode: "Give the country." },
    });
  });
});
