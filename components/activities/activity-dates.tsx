import { formatDateAsGiven, type DateAsGiven } from "@/lib/dates";

/** The date as the record gives it, with the machine-readable start for assistive tools. */
export function ActivityDates({ start, end }: { start: DateAsGiven | null; end: DateAsGiven | null }) {
  const text = formatDateAsGiven(start, end);
  if (!start) return <span className="text-slate-500">{text}</span>;
  const machine =
    start.precision === "day"
      ? start.date
      : start.precision === "month"
        ? start.date.slice(0, 7)
        : start.date.slice(0, 4);
  return <time dateTime={machine}>{text}</time>;
}
