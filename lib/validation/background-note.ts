import { z } from "zod";
import { parseDateAsGiven } from "@/lib/dates";
import { THEMES } from "@/lib/domain";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "./text";

// A real day: the database refuses "2024-02-30" (and the save would fail with an error).
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine((text) => parseDateAsGiven(text)?.precision === "day", "Enter a date that exists.");

// The choices a Background Note is generated from; shared by the form and the server.
export const noteSettingsSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "Give the note a title.")
      .max(200, "At most 200 characters.")
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
    noteDate: day,
    periodFrom: day,
    periodTo: day,
    organisationCodes: z.array(z.string().regex(/^[A-Z0-9-]{1,30}$/)).max(40),
    themes: z.array(z.enum(THEMES)).max(THEMES.length),
    includeUndated: z.boolean(),
  })
  .strict()
  .refine((v) => v.periodFrom <= v.periodTo, { path: ["periodTo"], message: "The period ends before it starts." });

export type NoteSettings = z.infer<typeof noteSettingsSchema>;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A part of a note: its introduction, a series' heading or context, a theme's heading or opening, an activity's text, an annex's opening. */
export const NOTE_PART_KEY = new RegExp(
  `^(introduction|(series-heading|series|theme-heading|theme|annex):[A-Za-z0-9_.-]{1,100}|(meeting|activity|listed):${UUID})$`,
);

/** An edited part; empty text leaves the part out of the printed note. */
export const notePartSchema = z
  .object({
    key: z.string().regex(NOTE_PART_KEY, "Not a part of this note."),
    text: z.string().max(20_000, "At most 20,000 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  })
  .strict();
