import type { ActivityStatus, ReviewState, Role } from "@/lib/domain";

// The life cycle of an activity as one table. The detail page asks it which buttons to
// show; the data layer asks it whether to let a request through. Nothing else decides.

export type ActivityAction =
  "edit" | "submit" | "withdraw" | "approve" | "request_changes" | "reschedule" | "complete" | "cancel" | "reopen";

/** Who may take an action: a role, or a relation of the user to the activity. */
export type Who =
  | Role
  | "involved_focal_point" // a focal point of an organisation involved in the activity
  | "submitter" // the user who submitted it for review
  | "independent_reviewer"; // a reviewer who neither created nor submitted it

/** What an action needs besides the state and the user (checked in lib/workflow/guards.ts). */
export type Requirement =
  "comment" | "complete_for_review" | "new_dates_or_place" | "date_not_in_future" | "no_report_under_review";

export interface ActivityStateKey {
  status: ActivityStatus;
  reviewState: ReviewState;
}

export interface ActivityTransition {
  action: ActivityAction;
  label: string;
  from: ActivityStateKey[];
  /** null: the state stays (an edit, a reschedule). */
  to: ActivityStateKey | null;
  who: Who[];
  needs: Requirement[];
  /** Shown before the action is taken; the user confirms. */
  confirm?: string;
  /** Shown once it is done. */
  done: string;
  /** Ends or undoes the activity's course: offered last, outlined, always confirmed. */
  destructive?: boolean;
}

const DRAFT_OPEN: ActivityStateKey[] = [
  { status: "draft", reviewState: "none" },
  { status: "draft", reviewState: "changes_requested" },
];
const DRAFT_PENDING: ActivityStateKey = { status: "draft", reviewState: "pending" };
const SCHEDULED: ActivityStateKey = { status: "scheduled", reviewState: "none" };
const COMPLETED: ActivityStateKey = { status: "completed", reviewState: "none" };
const DRAFT: ActivityStateKey = { status: "draft", reviewState: "none" };
const EDITORS: Who[] = ["secretariat", "admin", "involved_focal_point"];

export const ACTIVITY_TRANSITIONS: ActivityTransition[] = [
  { action: "edit", label: "Edit", from: DRAFT_OPEN, to: null, who: EDITORS, needs: [], done: "Saved." },
  {
    action: "submit",
    label: "Submit for review",
    from: DRAFT_OPEN,
    to: DRAFT_PENDING,
    who: EDITORS,
    needs: ["complete_for_review"],
    done: "Submitted for review. The reviewers are notified; you can withdraw it until one of them acts.",
  },
  {
    action: "withdraw",
    label: "Withdraw",
    from: [DRAFT_PENDING],
    to: DRAFT,
    who: ["submitter"],
    needs: [],
    done: "Withdrawn: the activity is a draft again and can be edited.",
  },
  {
    action: "approve",
    label: "Approve",
    from: [DRAFT_PENDING],
    to: SCHEDULED,
    who: ["independent_reviewer"],
    needs: [],
    done: "Approved: the activity is scheduled and the organisations involved are notified.",
  },
  {
    action: "request_changes",
    label: "Request changes",
    from: [DRAFT_PENDING],
    to: { status: "draft", reviewState: "changes_requested" },
    who: ["reviewer"],
    needs: ["comment"],
    done: "Changes requested: the draft is back with its authors, with your comment.",
  },
  {
    action: "reschedule",
    label: "Reschedule",
    from: [SCHEDULED],
    to: null,
    who: ["secretariat", "involved_focal_point"],
    needs: ["new_dates_or_place", "comment"],
    done: "Rescheduled: the organisations involved are notified.",
  },
  {
    action: "complete",
    label: "Mark completed",
    from: [SCHEDULED],
    to: COMPLETED,
    who: ["secretariat", "involved_focal_point"],
    needs: ["date_not_in_future"],
    confirm: "Mark this activity as completed? It becomes read-only until a reviewer reopens it.",
    done: "Marked completed. The UN entities that organised or supported it now owe their reports.",
  },
  {
    action: "cancel",
    label: "Cancel activity",
    from: [...DRAFT_OPEN, DRAFT_PENDING, SCHEDULED],
    to: { status: "cancelled", reviewState: "none" },
    who: ["secretariat", "reviewer", "admin"],
    needs: ["comment"],
    done: "Cancelled: the activity stays on the record as cancelled.",
    destructive: true,
  },
  {
    action: "reopen",
    label: "Reopen",
    from: [COMPLETED],
    to: DRAFT,
    who: ["reviewer", "admin"],
    // A report waiting for review belongs to a completed activity: settle it first.
    needs: ["comment", "no_report_under_review"],
    done: "Reopened: the activity is a draft again.",
  },
];

export interface WorkflowActor {
  id: string;
  role: Role;
  organisationId: string | null;
}

/** What the workflow needs to know about an activity. */
export interface ActivityFacts extends ActivityStateKey {
  createdById: string | null;
  submittedById: string | null;
  involvedOrganisationIds: string[];
}

export function isWho(who: Who, actor: WorkflowActor, activity: ActivityFacts): boolean {
  switch (who) {
    case "involved_focal_point":
      return (
        actor.role === "focal_point" &&
        actor.organisationId !== null &&
        activity.involvedOrganisationIds.includes(actor.organisationId)
      );
    case "submitter":
      // Still one who may edit it: a submitter who has since lost the role may not withdraw.
      return activity.submittedById === actor.id && EDITORS.some((editor) => isWho(editor, actor, activity));
    case "independent_reviewer":
      return actor.role === "reviewer" && activity.createdById !== actor.id && activity.submittedById !== actor.id;
    default:
      return actor.role === who;
  }
}

export function activityTransition(action: ActivityAction): ActivityTransition {
  return ACTIVITY_TRANSITIONS.find((t) => t.action === action)!;
}

function inState(transition: ActivityTransition, activity: ActivityStateKey): boolean {
  return transition.from.some((s) => s.status === activity.status && s.reviewState === activity.reviewState);
}

/** Is this user among those who may take the action on this activity, whatever its state? */
export function isEligible(actor: WorkflowActor, activity: ActivityFacts, action: ActivityAction): boolean {
  return activityTransition(action).who.some((who) => isWho(who, actor, activity));
}

/** May this user take this action on the activity as it stands? (Requirements aside.) */
export function mayTakeActivityAction(actor: WorkflowActor, activity: ActivityFacts, action: ActivityAction): boolean {
  const transition = activityTransition(action);
  return inState(transition, activity) && transition.who.some((who) => isWho(who, actor, activity));
}

/** The actions this user may take on the activity now: exactly the buttons to show. */
export function availableActivityActions(actor: WorkflowActor, activity: ActivityFacts): ActivityTransition[] {
  return ACTIVITY_TRANSITIONS.filter((t) => mayTakeActivityAction(actor, activity, t.action));
}

/** Who may record a new activity: the secretariat and admins, and focal points of an organisation it involves. */
export function mayCreateActivity(actor: WorkflowActor, involvedOrganisationIds: string[]): boolean {
  if (actor.role === "secretariat" || actor.role === "admin") return true;
  return (
    actor.role === "focal_point" &&
    actor.organisationId !== null &&
    involvedOrganisationIds.includes(actor.organisationId)
  );
}

/** The actions that move the activity to another state (all but edit and reschedule). */
export const STATE_ACTIONS = ACTIVITY_TRANSITIONS.filter((t) => t.to !== null).map((t) => t.action) as Array<
  Exclude<ActivityAction, "edit" | "reschedule">
>;
