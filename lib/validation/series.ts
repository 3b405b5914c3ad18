import { z } from "zod";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "./text";

// The series form's schema (a series of meetings such as the "AICHR-UN Meeting"): zodResolver
// checks it in the browser, the data layer again. Context is "" when empty (stored as null).

export const SERIES_CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

export const seriesSchema = z
  .object({
    // The code keys the series' paragraphs in a Background Note: it never changes.
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(SERIES_CODE, "Use 2-40 capital letters, digits and hyphens, e.g. AICHR-UN-MEETING."),
    name: z
      .string()
      .trim()
      .min(3, "Give the series' name, e.g. AICHR-UN Meeting.")
      .max(200, "Use at most 200 characters.")
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
    context: z.string().trim().max(2000, "Use at most 2,000 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  })
  .strict();
export type SeriesInput = z.infer<typeof seriesSchema>;

/** Editing a series: its code stays (a note's edits are keyed by it). */
export const seriesEditSchema = seriesSchema.omit({ code: true });
export type SeriesEditInput = z.infer<typeof seriesEditSchema>;

export const EMPTY_SERIES: SeriesInput = { code: "", name: "", context: "" };
