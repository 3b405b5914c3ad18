import type { ActivityStatus, ReportState } from "@/lib/domain";
import type { WorkflowActor } from "./activity";

// Completion reports, as one table like the activity's: one report per involved
// organisation, written once the activity is completed.

export type ReportAction = "submit_report" | "approve_report" | "return_report" | "reopen_report";

export type ReportWho =
  | "secretariat"
  | "reviewer"
  | "admin"
  | "organisation_focal_point" // a focal point of the report's organisation, which the activity involves
  | "reviewer_not_author"; // a reviewer who did not write the report

/** null: no report of this organisation yet. */
export type ReportStateKey = ReportState | null;

export interface ReportTransition {
  action: ReportAction;
  label: string;
  from: ReportStateKey[];
  to: ReportState;
  who: ReportWho[];
  needsComment: boolean;
}

export const REPORT_TRANSITIONS: ReportTransition[] = [
  {
    action: "submit_report",
    label: "Submit report",
    from: [null, "returned"],
    to: "submitted",
    who: ["organisation_focal_point", "secretariat"],
    needsComment: false,
  },
  {
    action: "approve_report",
    label: "Approve report",
    from: ["submitted"],
    to: "approved",
    who: ["reviewer_not_author"],
    needsComment: false,
  },
  {
    action: "return_report",
    label: "Return report",
    from: ["submitted"],
    to: "returned",
    who: ["reviewer"],
    needsComment: true,
  },
  {
    action: "reopen_report",
    label: "Reopen report",
    from: ["approved"],
    to: "returned",
    who: ["reviewer", "admin"],
    needsComment: true,
  },
];

export interface ReportFacts {
  activityStatus: ActivityStatus;
  involvedOrganisationIds: string[];
  /** The organisation the report is (or would be) for. */
  organisationId: string;
  state: ReportStateKey;
  authorId: string | null;
}

function isReportWho(who: ReportWho, actor: WorkflowActor, report: ReportFacts): boolean {
  switch (who) {
    case "organisation_focal_point":
      return (
        actor.role === "focal_point" &&
        actor.organisationId === report.organisationId &&
        report.involvedOrganisationIds.includes(report.organisationId)
      );
    case "reviewer_not_author":
      return actor.role === "reviewer" && report.authorId !== actor.id;
    default:
      return actor.role === who;
  }
}

export function reportTransition(action: ReportAction): ReportTransition {
  return REPORT_TRANSITIONS.find((t) => t.action === action)!;
}

/** Is this user among those who may take the action on this report, whatever its state? */
export function isReportEligible(actor: WorkflowActor, report: ReportFacts, action: ReportAction): boolean {
  return reportTransition(action).who.some((who) => isReportWho(who, actor, report));
}

/** Reports exist only for completed activities, and only for organisations the activity involves. */
export function mayTakeReportAction(actor: WorkflowActor, report: ReportFacts, action: ReportAction): boolean {
  const transition = reportTransition(action);
  return (
    report.activityStatus === "completed" &&
    report.involvedOrganisationIds.includes(report.organisationId) &&
    transition.from.includes(report.state) &&
    transition.who.some((who) => isReportWho(who, actor, report))
  );
}

export function availableReportActions(actor: WorkflowActor, report: ReportFacts): ReportTransition[] {
  return REPORT_TRANSITIONS.filter((t) => mayTakeReportAction(actor, report, t.action));
}
