import { z } from "zod";
import { isCountryCode } from "@/lib/countries-list";
import { parseDateAsGiven } from "@/lib/dates";
import { ACTIVITY_SCOPES, ACTIVITY_TYPES, DATE_PRECISIONS, THEMES } from "@/lib/domain";
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
function datePair<K extends string>(dateKey: K, precisionKey: string, label: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const text = value[dateKey] as string;
    if (!text) return;
    const precision = value[precisionKey] as keyof typeof DATE_SHAPES;
    const parsed = parseDateAsGiven(text);
    if (!parsed || parsed.precision !== precision) {
      ctx.addIssue({
        code: "custom",
        path: [dateKey],
        message: `${label}: enter a ${precision} as ${DATE_SHAPES[precision]}.`,
      });
    }
  };
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
    // A scheduled activity keeps its country: it was required to submit it for review.
    countryCode: z.string().refine(isCountryCode, "Choose the country."),
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
