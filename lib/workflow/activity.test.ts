import { describe, expect, it } from "vitest";
import { ACTIVITY_STATUSES, REVIEW_STATES, ROLES, type Role } from "@/lib/domain";
import {
  ACTIVITY_TRANSITIONS,
  availableActivityActions,
  mayCreateActivity,
  mayTakeActivityAction,
  type ActivityAction,
  type ActivityFacts,
  type WorkflowActor,
} from "./activity";

// Every cell of the table: state x action x kind of user, written out by hand so that a
// change to the table that nobody meant shows up here.

const CREATOR = "u-creator";
const SUBMITTER = "u-submitter";
const INVOLVED_ORG = "org-involved";

type Persona =
  | "admin"
  | "secretariat"
  | "reviewer"
  | "reviewer who created it"
  | "reviewer who submitted it"
  | "viewer"
  | "focal point, involved"
  | "focal point, not involved"
  | "focal point who submitted it";

const PERSONAS: Record<Persona, WorkflowActor> = {
  admin: { id: "u-admin", role: "admin", organisationId: null },
  secretariat: { id: "u-sec", role: "secretariat", organisationId: "org-asec" },
  reviewer: { id: "u-rev", role: "reviewer", organisationId: null },
  "reviewer who created it": { id: CREATOR, role: "reviewer", organisationId: null },
  "reviewer who submitted it": { id: SUBMITTER, role: "reviewer", organisationId: null },
  viewer: { id: "u-view", role: "viewer", organisationId: null },
  "focal point, involved": { id: "u-fp", role: "focal_point", organisationId: INVOLVED_ORG },
  "focal point, not involved": { id: "u-fp2", role: "focal_point", organisationId: "org-other" },
  "focal point who submitted it": { id: SUBMITTER, role: "focal_point", organisationId: INVOLVED_ORG },
};

const STATES = ACTIVITY_STATUSES.flatMap((status) =>
  REVIEW_STATES.filter((review) => status === "draft" || review === "none").map((reviewState) => ({
    status,
    reviewState,
  })),
);

const key = (s: { status: string; reviewState: string }) => `${s.status}/${s.reviewState}`;

// state -> action -> the personas that may take it; anything not listed is refused.
const EXPECTED: Record<string, Partial<Record<ActivityAction, Persona[]>>> = {
  "draft/none": {
    edit: ["admin", "secretariat", "focal point, involved", "focal point who submitted it"],
    submit: ["admin", "secretariat", "focal point, involved", "focal point who submitted it"],
    cancel: ["admin", "secretariat", "reviewer", "reviewer who created it", "reviewer who submitted it"],
  },
  "draft/changes_requested": {
    edit: ["admin", "secretariat", "focal point, involved", "focal point who submitted it"],
    submit: ["admin", "secretariat", "focal point, involved", "focal point who submitted it"],
    cancel: ["admin", "secretariat", "reviewer", "reviewer who created it", "reviewer who submitted it"],
  },
  "draft/pending": {
    withdraw: ["focal point who submitted it"],
    approve: ["reviewer"],
    request_changes: ["reviewer", "reviewer who created it", "reviewer who submitted it"],
    cancel: ["admin", "secretariat", "reviewer", "reviewer who created it", "reviewer who submitted it"],
  },
  "scheduled/none": {
    reschedule: ["secretariat", "focal point, involved", "focal point who submitted it"],
    complete: ["secretariat", "focal point, involved", "focal point who submitted it"],
    cancel: ["admin", "secretariat", "reviewer", "reviewer who created it", "reviewer who submitted it"],
  },
  "completed/none": {
    reopen: ["admin", "reviewer", "reviewer who created it", "reviewer who submitted it"],
  },
  "cancelled/none": {},
};

describe("the activity workflow table", () => {
  it("covers every state the data model allows", () => {
    expect(STATES.map(key).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const state of STATES) {
    const facts: ActivityFacts = {
      ...state,
      createdById: CREATOR,
      submittedById: SUBMITTER,
      involvedOrganisationIds: [INVOLVED_ORG, "org-lead"],
    };
    for (const { action } of ACTIVITY_TRANSITIONS) {
      const allowed = EXPECTED[key(state)]![action] ?? [];
      for (const [persona, actor] of Object.entries(PERSONAS) as Array<[Persona, WorkflowActor]>) {
        const verdict = allowed.includes(persona);
        it(`${key(state)}: ${action} by ${persona} is ${verdict ? "allowed" : "refused"}`, () => {
          expect(mayTakeActivityAction(actor, facts, action)).toBe(verdict);
        });
      }
    }
  }

  it("offers a user exactly the actions they may take, in the table's order", () => {
    const facts: ActivityFacts = {
      status: "draft",
      reviewState: "pending",
      createdById: CREATOR,
      submittedById: SUBMITTER,
      involvedOrganisationIds: [INVOLVED_ORG],
    };
    expect(availableActivityActions(PERSONAS.reviewer, facts).map((t) => t.label)).toEqual([
      "Approve",
      "Request changes",
      "Cancel activity",
    ]);
    expect(availableActivityActions(PERSONAS.viewer, facts)).toEqual([]);
  });

  it("lets viewers change nothing in any state", () => {
    for (const state of STATES) {
      const facts = { ...state, createdById: null, submittedById: null, involvedOrganisationIds: [] };
      expect(availableActivityActions(PERSONAS.viewer, facts)).toEqual([]);
    }
  });
});

describe("creating an activity", () => {
  const roles: Array<[Role, boolean]> = ROLES.map((role) => [role, role === "admin" || role === "secretariat"]);

  it.each(roles)("by a %s not involved: allowed is %s", (role, allowed) => {
    expect(mayCreateActivity({ id: "u", role, organisationId: "org-x" }, ["org-y"])).toBe(allowed);
  });

  it("by a focal point whose organisation it involves", () => {
    expect(mayCreateActivity({ id: "u", role: "focal_point", organisationId: "org-y" }, ["org-y"])).toBe(true);
  });
});
