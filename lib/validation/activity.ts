import { z } from "zod";
import { isCountryCode } from "@/lib/countries-list";
import { lastDay, parseDateAsGiven } from "@/lib/dates";
import { takesMeetingLink } from "@/lib/activity-mode";
import { ACTIVITY_MODES, ACTIVITY_SCOPES, ACTIVITY_TYPES, DATE_PRECISIONS, THEMES } from "@/lib/domain";
import { ACTIVITY_LANGUAGES, type ActivityLanguage } from "@/lib/iati/codes";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "./text";

// The activity form's schema: zodResolver checks it in the browser, the server action
// checks it again. Unknown keys are refused (.strict()), so a posted status, version or
// author never reaches the data layer.

const uuid = z.string().uuid("Choose from the list.");
const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} is at most ${max} characters.`).regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE);

const DATE_SHAPES = { day: "YYYY-MM-DD", month: "YYYY-MM", year: "YYYY" } as const;

/** A date typed at a precision: "" (none) or a real date of that shape. */
function datePair<K extends string>(dateKey: K, precisionKey: string, label: string, at: Array<string | number> = []) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const text = value[dateKey] as string;
    if (!text) return;
    const precision = value[precisionKey] as keyof typeof DATE_SHAPES;
    const parsed = parseDateAsGiven(text);
    if (!parsed || parsed.precision !== precision) {
      ctx.addIssue({
        code: "custom",
        path: [...at, dateKey],
        message: `${label}: enter a ${precision} as ${DATE_SHAPES[precision]}.`,
      });
    }
  };
}

/** A meeting link: "" (none) or a web address (https or http) of at most 500 characters. */
export const meetingLinkSchema = z
  .string()
  .trim()
  .max(500, "Meeting link is at most 500 characters.")
  .refine((link) => link === "" || isWebAddress(link), "Enter the meeting link as a web address (https://…).");

function isWebAddress(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    return new URL(text).hostname.includes(".");
  } catch {
    return false;
  }
}

/** A meeting link only on an activity joined online (online or hybrid). */
function linkFitsMode(value: { mode: (typeof ACTIVITY_MODES)[number]; meetingLink: string }, ctx: z.RefinementCtx) {
  if (value.meetingLink && !takesMeetingLink(value.mode)) {
    ctx.addIssue({
      code: "custom",
      path: ["meetingLink"],
      message: "A meeting link is only for an online or hybrid activity: remove it, or choose Online or Hybrid.",
    });
  }
}

/** One part of an activity held in parts: a range at its precision, like the activity's own. */
export const datePartSchema = z
  .object({
    startDate: z.string().trim().max(10),
    startPrecision: z.enum(DATE_PRECISIONS),
    endDate: z.string().trim().max(10),
    endPrecision: z.enum(DATE_PRECISIONS),
  })
  .strict();

export type DatePartValues = z.infer<typeof datePartSchema>;

export const MAX_DATE_PARTS = 20;

/**
 * An activity's dates in parts ("12-14 and 26 July 2021"): none, or 2 to 20 ranges, each
 * checked as the activity's own range is, in order and apart. The messages name the part
 * as the form labels it ("Part 2 start date").
 */
function datePartsInOrder(value: { dateParts?: DatePartValues[] }, ctx: z.RefinementCtx) {
  const parts = value.dateParts ?? [];
  if (parts.length === 0) return;
  if (parts.length === 1) {
    ctx.addIssue({ code: "custom", path: ["dateParts"], message: "An activity in parts has two parts or more." });
  }
  let previousLastDay: string | null = null;
  parts.forEach((part, i) => {
    const n = i + 1;
    const at = ["dateParts", i];
    if (!part.startDate) {
      ctx.addIssue({ code: "custom", path: [...at, "startDate"], message: `Give the start date of part ${n}.` });
    }
    datePair("startDate", "startPrecision", `Part ${n} start date`, at)(part, ctx);
    datePair("endDate", "endPrecision", `Part ${n} end date`, at)(part, ctx);
    // Only dates of their chosen precision count (a mistyped one has its message above).
    const asTyped = (text: string, precision: string) => {
      const parsed = parseDateAsGiven(text);
      return parsed?.precision === precision ? parsed : null;
    };
    const start = asTyped(part.startDate, part.startPrecision);
    const end = asTyped(part.endDate, part.endPrecision);
    if (start && end && end.date < start.date) {
      ctx.addIssue({ code: "custom", path: [...at, "endDate"], message: `Part ${n} ends before it starts.` });
    }
    if (start && previousLastDay !== null && start.date <= previousLastDay) {
      ctx.addIssue({
        code: "custom",
        path: [...at, "startDate"],
        message: `Part ${n} must start after part ${i} ends.`,
      });
    }
    const last = end ?? start;
    if (last) previousLastDay = lastDay(last);
  });
}

export const involvementSchema = z.object({
  organisationId: uuid,
  role: z.enum(["co_organiser", "supporting", "participant"]),
});

// A meeting of a series ("the 2nd AICHR-UN Meeting"): the series, and its number in it.
const SERIES_FIELDS = {
  seriesId: z.union([z.literal(""), z.uuid("Choose a series from the list.")], "Choose a series from the list."),
  seriesOrdinal: z
    .string()
    .trim()
    .regex(/^\d*$/, "Enter the meeting's number in the series as a whole number, e.g. 2.")
    .max(4, "At most 9999."),
};

function seriesPlace(value: { seriesId: string; seriesOrdinal: string }, ctx: z.RefinementCtx) {
  if (value.seriesOrdinal && !value.seriesId) {
    ctx.addIssue({
      code: "custom",
      path: ["seriesOrdinal"],
      message: "Choose the series first, or leave the number empty.",
    });
  } else if (/^\d+$/.test(value.seriesOrdinal) && Number(value.seriesOrdinal) < 1) {
    ctx.addIssue({ code: "custom", path: ["seriesOrdinal"], message: "Numbers in a series start at 1." });
  }
}

export const activityFormSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "Give a title of at least 3 characters.")
      .max(300, "Title is at most 300 characters.")
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
    summary: optionalText(5000, "Summary"),
    type: z.enum(ACTIVITY_TYPES, "Choose a type."),
    themes: z.array(z.enum(THEMES)).max(THEMES.length),
    leadOrganisationId: z.string().uuid("Choose the lead organisation."),
    involved: z.array(involvementSchema).max(40, "At most 40 organisations."),
    clauseIds: z.array(uuid).max(20, "At most 20 clauses."),
    primaryClauseId: z.string(),
    startDate: z.string().trim().max(10),
    startPrecision: z.enum(DATE_PRECISIONS),
    endDate: z.string().trim().max(10),
    endPrecision: z.enum(DATE_PRECISIONS),
    // In person, online or hybrid; online needs no venue (lib/activity-mode.ts).
    mode: z.enum(ACTIVITY_MODES, "Choose how it is held."),
    meetingLink: meetingLinkSchema,
    // Held in parts: the parts' first start and last end become the start and end above.
    dateParts: z.array(datePartSchema).max(MAX_DATE_PARTS, `At most ${MAX_DATE_PARTS} parts.`).optional(),
    city: optionalText(100, "City"),
    countryCode: z.string().refine((c) => c === "" || isCountryCode(c), "Choose a country from the list."),
    // Regional, national, interregional or global: what IATI publishes as the recipient.
    scope: z.enum(ACTIVITY_SCOPES, "Choose the scope."),
    // The language the title and summary are written in (IATI's xml:lang).
    language: z.enum(
      Object.keys(ACTIVITY_LANGUAGES) as [ActivityLanguage, ...ActivityLanguage[]],
      "Choose a language from the list.",
    ),
    expectedParticipants: z
      .string()
      .trim()
      .regex(/^\d*$/, "Enter a whole number of participants, 1 or more.")
      .max(6, "At most 999,999 participants."),
    ...SERIES_FIELDS,
  })
  .strict()
  .superRefine(datePair("startDate", "startPrecision", "Start date"))
  .superRefine(datePair("endDate", "endPrecision", "End date"))
  .superRefine(linkFitsMode)
  .superRefine(datePartsInOrder)
  .superRefine(seriesPlace)
  .superRefine((value, ctx) => {
    if (value.endDate && !value.startDate) {
      ctx.addIssue({ code: "custom", path: ["startDate"], message: "Give the start date before the end date." });
    }
    const start = parseDateAsGiven(value.startDate);
    const end = parseDateAsGiven(value.endDate);
    if (start && end && end.date < start.date) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date." });
    }
    if (/^\d+$/.test(value.expectedParticipants) && Number(value.expectedParticipants) < 1) {
      ctx.addIssue({ code: "custom", path: ["expectedParticipants"], message: "Enter 1 or more participants." });
    }
    const ids = value.involved.map((i) => i.organisationId);
    if (new Set(ids).size !== ids.length || ids.includes(value.leadOrganisationId)) {
      ctx.addIssue({ code: "custom", path: ["involved"], message: "List each organisation once, the lead not again." });
    }
    if (new Set(value.clauseIds).size !== value.clauseIds.length) {
      ctx.addIssue({ code: "custom", path: ["clauseIds"], message: "Each clause once." });
    }
    if (value.clauseIds.length > 0 && !value.clauseIds.includes(value.primaryClauseId)) {
      ctx.addIssue({
        code: "custom",
        path: ["primaryClauseId"],
        message: "Mark one of the linked clauses as primary.",
      });
    }
  });

export type ActivityFormValues = z.infer<typeof activityFormSchema>;

export const EMPTY_ACTIVITY_FORM: ActivityFormValues = {
  title: "",
  summary: "",
  type: "workshop",
  themes: [],
  leadOrganisationId: "",
  involved: [],
  clauseIds: [],
  primaryClauseId: "",
  startDate: "",
  startPrecision: "day",
  endDate: "",
  endPrecision: "day",
  mode: "in_person",
  meetingLink: "",
  dateParts: [],
  city: "",
  countryCode: "",
  scope: "regional",
  language: "en",
  expectedParticipants: "",
  seriesId: "",
  seriesOrdinal: "",
};

// Comments and reasons that transitions ask for.
export const transitionSchema = z
  .object({
    comment: z.string().trim().max(2000, "At most 2,000 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  })
  .strict();

export const rescheduleSchema = z
  .object({
    comment: z
      .string()
      .trim()
      .min(1, "Give the reason for rescheduling.")
      .max(2000, "At most 2,000 characters.")
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
    startDate: z.string().trim().min(1, "Give the new start date.").max(10),
    startPrecision: z.enum(DATE_PRECISIONS),
    endDate: z.string().trim().max(10),
    endPrecision: z.enum(DATE_PRECISIONS),
    city: optionalText(100, "City"),
    // A scheduled activity keeps its country (it was required to submit it for review),
    // unless it is held online: the data layer asks by the activity's mode.
    countryCode: z.string().refine((c) => c === "" || isCountryCode(c), "Choose the country."),
  })
  .strict()
  .superRefine(datePair("startDate", "startPrecision", "Start date"))
  .superRefine(datePair("endDate", "endPrecision", "End date"))
  .superRefine((value, ctx) => {
    const start = parseDateAsGiven(value.startDate);
    const end = parseDateAsGiven(value.endDate);
    if (start && end && end.date < start.date) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date." });
    }
  });

export type RescheduleValues = z.infer<typeof rescheduleSchema>;
