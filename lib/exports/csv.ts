import { stringify } from "csv-stringify/sync";
import { datePartsCell } from "@/lib/date-parts";
import { typedDate, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";

// The CSV of activities (RFC 4180, UTF-8), one row per activity, written with csv-stringify
// (node-csv, maintained). The same columns are read back by the import.

export const CSV_COLUMNS = [
  [
    "reference",
    "Stable reference: the record's own (e.g. note2019-…), or app:<id> for activities made in the app. Re-importing a row with it updates that activity.",
  ],
  ["title", "Title."],
  ["summary", "Summary."],
  ["type", "meeting, training, dialogue, workshop, seminar, consultation, thematic_study or other."],
  ["status", "draft, scheduled, completed or cancelled (read only: the workflow changes it)."],
  ["start_date", "As given: YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year)."],
  ["end_date", "As start_date; empty when the activity has one date."],
  ["city", "City."],
  ["country", "ISO 3166-1 alpha-2 code, e.g. TH; empty for an online activity."],
  ["expected_participants", "Whole number."],
  ["lead_organisation", "Organisation code, e.g. AICHR."],
  ["involved_organisations", 'Code and role, joined with "; ": UNDP (supporting); ESCAP (co_organiser).'],
  ["themes", 'Theme codes joined with "; ": business_human_rights; womens_rights.'],
  ["clauses", 'Plan of Action clause numbers joined with "; ", the primary first.'],
  ["mode", "in_person, online or hybrid (how it is held); empty reads as in_person for a new activity."],
  ["meeting_link", "Web address where an online or hybrid activity is joined (https://…)."],
  [
    "date_parts",
    'Held in parts: each range as start/end (or one date), joined with "; ": 2021-07-12/2021-07-14; 2021-07-26. start_date and end_date are then the first start and the last end. Empty for one range.',
  ],
  ["series", "Code of the series the meeting belongs to, e.g. AICHR-UN-MEETING."],
  ["series_number", "Its number in the series: 2 for the 2nd meeting."],
] as const;

export const CSV_HEADER = CSV_COLUMNS.map(([name]) => name);
/** Columns a file may leave out (files exported before they existed): their cells read as empty. */
export const OPTIONAL_CSV_COLUMNS: readonly string[] = ["mode", "meeting_link", "date_parts"];
export const JOIN = "; ";

export interface CsvActivity {
  reference: string;
  title: string;
  summary: string | null;
  type: string;
  status: string;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  /** Held in parts: each range (none for one range). */
  parts?: DateRangeAsGiven[];
  city: string | null;
  countryCode: string | null;
  mode: string;
  meetingLink: string | null;
  expectedParticipants: number | null;
  lead: string;
  /** The list cells, joined with JOIN: "UNDP (supporting); ESCAP (co_organiser)". */
  involved: string;
  /** "business_human_rights; womens_rights". */
  themes: string;
  /** Clause numbers, the primary first: "1.2.4; 1.2.1". */
  clauses: string;
  /** The series' code, or "". */
  series: string;
  seriesNumber: number | null;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or return before one)
 * gets a leading apostrophe, so opening the export can never run what someone typed.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCells(a: CsvActivity): string[] {
  return [
    a.reference,
    a.title,
    a.summary ?? "",
    a.type,
    a.status,
    typedDate(a.start),
    typedDate(a.end),
    a.city ?? "",
    a.countryCode ?? "",
    a.expectedParticipants === null ? "" : String(a.expectedParticipants),
    a.lead,
    a.involved,
    a.themes,
    a.clauses,
    a.mode,
    a.meetingLink ?? "",
    datePartsCell(a.parts ?? []),
    a.series,
    a.seriesNumber === null ? "" : String(a.seriesNumber),
  ].map(neutralise);
}

export const BYTE_ORDER_MARK = "\uFEFF";

export function csvLines(rows: string[][]): string {
  return stringify(rows, { record_delimiter: "\r\n" });
}
