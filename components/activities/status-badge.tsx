import { ACTIVITY_STATUS_LABELS, type ActivityStatus } from "@/lib/domain";

const STYLES: Record<ActivityStatus, string> = {
  draft: "bg-slate-100 text-slate-800 ring-slate-300",
  scheduled: "bg-sky-50 text-sky-900 ring-sky-300",
  completed: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  cancelled: "bg-rose-50 text-rose-900 ring-rose-300",
};

export function StatusBadge({ status }: { status: ActivityStatus }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}
    >
      {ACTIVITY_STATUS_LABELS[status]}
    </span>
  );
}
