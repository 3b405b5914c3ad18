import { parseDateAsGiven, typedDate, type DateAsGiven, type DateRangeAsGiven } from "./dates";

// An activity held in parts, between the form's typed fields and the dates as given. Used
// by the form (to keep the activity's own range on the parts' span), the data layer and the
// CSV cell.

export interface TypedDatePart {
  startDate: string;
  startPrecision: DateAsGiven["precision"];
  endDate: string;
  endPrecision: DateAsGiven["precision"];
}

/** The typed parts as dates as given (parts without a valid start are left out). */
export function partsAsGiven(parts: readonly TypedDatePart[] | undefined): DateRangeAsGiven[] {
  return (parts ?? []).flatMap((p) => {
    const start = parseDateAsGiven(p.startDate);
    return start ? [{ start, end: parseDateAsGiven(p.endDate) }] : [];
  });
}

/** A part as the form types it. */
export function typedPart(part: DateRangeAsGiven): TypedDatePart {
  return {
    startDate: typedDate(part.start),
    startPrecision: part.start.precision,
    endDate: typedDate(part.end),
    endPrecision: part.end?.precision ?? "day",
  };
}

/**
 * The activity's own range when held in parts: the first part's start and the last part's
 * end (its start when it is one date), so lists, filters and indexes read one span.
 */
export function spanOfParts(parts: readonly DateRangeAsGiven[]): { start: DateAsGiven; end: DateAsGiven } | null {
  const first = parts[0];
  const last = parts.at(-1);
  return first && last ? { start: first.start, end: last.end ?? last.start } : null;
}

/** The activity's parts as a CSV cell: "2021-07-12/2021-07-14; 2021-07-26" (each at its precision). */
export function datePartsCell(parts: readonly DateRangeAsGiven[]): string {
  return parts.map((p) => (p.end ? `${typedDate(p.start)}/${typedDate(p.end)}` : typedDate(p.start))).join("; ");
}

/** A CSV cell of parts back into typed parts; the form's schema then checks them. */
export function readDatePartsCell(cell: string): TypedDatePart[] {
  const precisionOf = (text: string) => parseDateAsGiven(text)?.precision ?? "day";
  return cell
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [start = "", end = ""] = p.split("/").map((s) => s.trim());
      return { startDate: start, startPrecision: precisionOf(start), endDate: end, endPrecision: precisionOf(end) };
    });
}
