import { parse } from "csv-parse/sync";
import { CSV_HEADER, JOIN } from "@/lib/exports/csv";

// Reading the activities CSV (the export's own columns) with csv-parse (node-csv). Pure:
// the data layer turns rows into activities.

/** Columns added since files were first exported: a file without them still imports. */
const OPTIONAL_COLUMNS: readonly string[] = ["date_parts"];

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type Column = (typeof CSV_HEADER)[number];
export type CsvRow = { line: number; cells: Record<Column, string> };

/** Undoes the export's protection: "'=x" was written for a cell that reads "=x". */
export function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A cell a spreadsheet would run as a formula, as it came from the file (not neutralised). */
export function isFormula(cell: string): boolean {
  return /^[=+@\t\r]/.test(cell) || /^-[^\d]/.test(cell);
}

export function splitList(cell: string): string[] {
  return cell
    .split(JOIN.trim())
    .map((part) => part.trim())
    .filter(Boolean);
}

export function parseActivityCsv(text: string): { rows: CsvRow[] } | { error: string } {
  if (text.length > MAX_IMPORT_BYTES) return { error: "The file is larger than 5 MB: split it into smaller files." };
  // The database refuses NUL in any text: a file carrying one is not a text CSV anyway.
  if (text.includes("\u0000")) return { error: "The file is not a readable CSV: it contains NUL characters." };
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    return { error: `The file is not a readable CSV: ${error instanceof Error ? error.message : String(error)}` };
  }
  const [header, ...body] = records;
  if (!header) return { error: "The file is empty." };
  const names = header.map((h) => h.trim());
  const missing = CSV_HEADER.filter((c) => !names.includes(c) && !OPTIONAL_COLUMNS.includes(c));
  const unknown = names.filter((n) => !(CSV_HEADER as readonly string[]).includes(n));
  if (missing.length > 0 || unknown.length > 0) {
    return {
      error: [
        missing.length > 0 ? `Missing columns: ${missing.join(", ")}.` : "",
        unknown.length > 0 ? `Unknown columns: ${unknown.join(", ")}.` : "",
        "Start from an export: its first row has the right column names.",
      ]
        .filter(Boolean)
        .join(" "),
    };
  }
  if (body.length > 20_000) return { error: "At most 20,000 rows in one file." };
  return {
    rows: body.map((record, index) => ({
      line: index + 2,
      cells: Object.fromEntries(
        CSV_HEADER.map((column) => [column, (record[names.indexOf(column)] ?? "").trim()]),
      ) as Record<Column, string>,
    })),
  };
}
