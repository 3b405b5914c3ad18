import { z } from "zod";
import { parseDateAsGiven } from "@/lib/dates";
import { DATE_PRECISIONS, PARTICIPANT_GROUPS } from "@/lib/domain";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "./text";

// The completion report's schema, shared by the report form and the server action.

const count = z
  .string()
  .trim()
  .regex(/^\d{0,6}$/, "Enter a whole number, 0 or more.");

export const SEXES = ["women", "men", "other"] as const;
export const SEX_LABELS: Record<(typeof SEXES)[number], string> = {
  women: "Women",
  men: "Men",
  other: "Other or not stated",
};

const toNumber = (value: string) => (value === "" ? 0 : Number(value));

export const reportFormSchema = z
  .object({
    organisationId: z.string().uuid("Choose the organisation the report is for."),
    actualStartDate: z.string().trim().min(1, "Give the date the activity took place.").max(10),
    actualStartPrecision: z.enum(DATE_PRECISIONS),
    actualEndDate: z.string().trim().max(10),
    actualEndPrecision: z.enum(DATE_PRECISIONS),
    participantsTotal: count.min(1, "Give the number of participants."),
    bySex: z.object({ women: count, men: count, other: count }).strict(),
    byGroup: z
      .object(
        Object.fromEntries(PARTICIPANT_GROUPS.map((g) => [g, count])) as Record<
          (typeof PARTICIPANT_GROUPS)[number],
          typeof count
        >,
      )
      .strict(),
    outcomes: z
      .string()
      .trim()
      .min(1, "Describe the outcomes.")
      .max(10_000, "Outcomes are at most 10,000 characters.")
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
    followUp: z
      .string()
      .trim()
      .max(5_000, "Follow-up actions are at most 5,000 characters.")
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
    links: z
      .string()
      .trim()
      .max(5_000)
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE)
      .refine(
        (text) => splitLinks(text).every((link) => /^https?:\/\/\S+$/.test(link) && URL.canParse(link)),
        "Give one web address per line, each starting with http:// or https://.",
      )
      .refine((text) => splitLinks(text).length <= 10, "At most 10 links."),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const [key, precisionKey, label] of [
      ["actualStartDate", "actualStartPrecision", "Start date"],
      ["actualEndDate", "actualEndPrecision", "End date"],
    ] as const) {
      const text = value[key];
      if (!text) continue;
      const parsed = parseDateAsGiven(text);
      if (!parsed || parsed.precision !== value[precisionKey]) {
        ctx.addIssue({ code: "custom", path: [key], message: `${label}: enter a real ${value[precisionKey]}.` });
      }
    }
    const start = parseDateAsGiven(value.actualStartDate);
    const end = parseDateAsGiven(value.actualEndDate);
    if (start && end && end.date < start.date) {
      ctx.addIssue({ code: "custom", path: ["actualEndDate"], message: "The end date is before the start date." });
    }
    const total = toNumber(value.participantsTotal);
    const sexSum = SEXES.reduce((sum, s) => sum + toNumber(value.bySex[s]), 0);
    if (/^\d+$/.test(value.participantsTotal) && sexSum !== total) {
      ctx.addIssue({
        code: "custom",
        path: ["bySex"],
        message: `Women, men and other add up to ${sexSum}, not ${total}.`,
      });
    }
    const groupSum = PARTICIPANT_GROUPS.reduce((sum, g) => sum + toNumber(value.byGroup[g]), 0);
    if (groupSum > total) {
      ctx.addIssue({
        code: "custom",
        path: ["byGroup"],
        message: `The groups add up to ${groupSum}, more than ${total}.`,
      });
    }
  });

export type ReportFormValues = z.infer<typeof reportFormSchema>;

export function splitLinks(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export const reportNumbers = (values: ReportFormValues) => ({
  participantsTotal: toNumber(values.participantsTotal),
  participantsBySex: Object.fromEntries(SEXES.map((s) => [s, toNumber(values.bySex[s])])),
  participantsByGroup: Object.fromEntries(PARTICIPANT_GROUPS.map((g) => [g, toNumber(values.byGroup[g])])),
});

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
