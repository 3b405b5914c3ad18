import { formatActivityDates, typedDate, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";

/** The dates in words and, when dated, the start as a machine reads it (to the precision given). */
export function datesAsGiven(
  start: DateAsGiven | null,
  end: DateAsGiven | null,
  parts?: readonly DateRangeAsGiven[],
): { text: string; machine: string | null } {
  return { text: formatActivityDates(start, end, parts), machine: start ? typedDate(start) : null };
}

/** Dates already put in words by datesAsGiven: a <time> for assistive tools when dated. */
export function DatesText({ text, machine }: { text: string; machine: string | null }) {
  return machine ? <time dateTime={machine}>{text}</time> : <span className="text-slate-500">{text}</span>;
}

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
  return <DatesText {...datesAsGiven(start, end, parts)} />;
}
