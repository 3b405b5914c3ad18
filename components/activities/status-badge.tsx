import { ACTIVITY_STATUS_LABELS, type ActivityStatus, type ReviewState } from "@/lib/domain";

const STYLES: Record<ActivityStatus, string> = {
  draft: "bg-slate-100 text-slate-800 ring-slate-300",
  scheduled: "bg-sky-50 text-sky-900 ring-sky-300",
  completed: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  cancelled: "bg-rose-50 text-rose-900 ring-rose-300",
};

// A draft under review says where the review stands instead of "Draft": one badge, one state.
const REVIEW_LABELS: Partial<Record<ReviewState, string>> = {
  pending: "Submitted for review",
  changes_requested: "Changes requested",
};
const IN_REVIEW_STYLE = "bg-amber-50 text-amber-900 ring-amber-300";

export function StatusBadge({ status, reviewState = "none" }: { status: ActivityStatus; reviewState?: ReviewState }) {
  const review = status === "draft" ? REVIEW_LABELS[reviewState] : undefined;
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${review ? IN_REVIEW_STYLE : STYLES[status]}`}
    >
      {review ?? ACTIVITY_STATUS_LABELS[status]}
    </span>
  );
}
