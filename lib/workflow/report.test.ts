import { describe, expect, it } from "vitest";
import { ACTIVITY_STATUSES, REPORT_STATES } from "@/lib/domain";
import type { WorkflowActor } from "./activity";
import {
  REPORT_TRANSITIONS,
  mayTakeReportAction,
  type ReportAction,
  type ReportFacts,
  type ReportStateKey,
} from "./report";

const AUTHOR = "u-author";
const ORG = "org-unicef";

type Persona =
  | "admin"
  | "secretariat"
  | "reviewer"
  | "reviewer who wrote it"
  | "viewer"
  | "focal point of the organisation"
  | "focal point of another involved organisation"
  | "focal point of an organisation not involved";

const PERSONAS: Record<Persona, WorkflowActor> = {
  admin: { id: "u-admin", role: "admin", organisationId: null },
  secretariat: { id: "u-sec", role: "secretariat", organisationId: "org-asec" },
  reviewer: { id: "u-rev", role: "reviewer", organisationId: null },
  "reviewer who wrote it": { id: AUTHOR, role: "reviewer", organisationId: null },
  viewer: { id: "u-view", role: "viewer", organisationId: null },
  "focal point of the organisation": { id: "u-fp", role: "focal_point", organisationId: ORG },
  "focal point of another involved organisation": { id: "u-fp2", role: "focal_point", organisationId: "org-undp" },
  "focal point of an organisation not involved": { id: "u-fp3", role: "focal_point", organisationId: "org-ilo" },
};

const EXPECTED: Record<string, Partial<Record<ReportAction, Persona[]>>> = {
  none: { submit_report: ["secretariat", "focal point of the organisation"] },
  submitted: {
    approve_report: ["reviewer"],
    return_report: ["reviewer", "reviewer who wrote it"],
  },
  returned: { submit_report: ["secretariat", "focal point of the organisation"] },
  approved: { reopen_report: ["admin", "reviewer", "reviewer who wrote it"] },
};

const STATES: ReportStateKey[] = [null, ...REPORT_STATES];

describe("the report workflow table, on a completed activity", () => {
  for (const state of STATES) {
    const facts: ReportFacts = {
      activityStatus: "completed",
      involvedOrganisationIds: [ORG, "org-undp"],
      organisationId: ORG,
      state,
      authorId: state ? AUTHOR : null,
    };
    for (const { action } of REPORT_TRANSITIONS) {
      const allowed = EXPECTED[state ?? "none"]![action] ?? [];
      for (const [persona, actor] of Object.entries(PERSONAS) as Array<[Persona, WorkflowActor]>) {
        const verdict = allowed.includes(persona);
        it(`${state ?? "no report"}: ${action} by ${persona} is ${verdict ? "allowed" : "refused"}`, () => {
          expect(mayTakeReportAction(actor, facts, action)).toBe(verdict);
        });
      }
    }
  }
});

describe("reports outside a completed activity", () => {
  it.each(ACTIVITY_STATUSES.filter((s) => s !== "completed"))("cannot be submitted while it is %s", (status) => {
    const facts: ReportFacts = {
      activityStatus: status,
      involvedOrganisationIds: [ORG],
      organisationId: ORG,
      state: null,
      authorId: null,
    };
    expect(mayTakeReportAction(PERSONAS.secretariat, facts, "submit_report")).toBe(false);
  });

  it("cannot be written for an organisation the activity does not involve", () => {
    const facts: ReportFacts = {
      activityStatus: "completed",
      involvedOrganisationIds: ["org-undp"],
      organisationId: ORG,
      state: null,
      authorId: null,
    };
    expect(mayTakeReportAction(PERSONAS.secretariat, facts, "submit_report")).toBe(false);
    expect(mayTakeReportAction(PERSONAS["focal point of the organisation"], facts, "submit_report")).toBe(false);
  });
});
