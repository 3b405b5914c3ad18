import { ACTIVITY_STATUS_LABELS, type ActivityStatus, type ReviewState } from "@/lib/domain";

// A draft under review says where the review stands instead of "Draft": one badge, one state.
const REVIEW_LABELS: Partial<Record<ReviewState, string>> = {
  pending: "Submitted for review",
  changes_requested: "Changes requested",
};

/** The badge's look is named in app/globals.css (.badge-*): it is on each of the list's rows. */
export function StatusBadge({ status, reviewState = "none" }: { status: ActivityStatus; reviewState?: ReviewState }) {
  const review = status === "draft" ? REVIEW_LABELS[reviewState] : undefined;
  return (
    <span className={`badge badge-${review ? "review" : status}`}>{review ?? ACTIVITY_STATUS_LABELS[status]}</span>
  );
}
