import { formatActivityDates, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";

/** The date as the record gives it (in parts if so), with the machine-readable start for assistive tools. */
export function ActivityDates({
  start,
  end,
  parts,
}: {
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  parts?: readonly DateRangeAsGiven[];
}) {
  const text = formatActivityDates(start, end, parts);
  if (!start) return <span className="text-slate-500">{text}</span>;
  const machine =
    start.precision === "day"
      ? start.date
      : start.precision === "month"
        ? start.date.slice(0, 7)
        : start.date.slice(0, 4);
  return <time dateTime={machine}>{text}</time>;
}
