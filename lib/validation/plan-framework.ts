import { z } from "zod";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "./text";

// The plan framework forms' schemas (the ASEAN-UN Plan of Action, the AICHR's work plans)
// and the continuation of a clause, shared by the forms and the data layer.

const frameworkFields = {
  name: z
    .string()
    .trim()
    .min(3, "Give the framework's name.")
    .max(200, "Use at most 200 characters.")
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  // Who adopted it, in the note's words ("the AICHR"); "" when not said.
  owner: z.string().trim().max(200, "Use at most 200 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
};

/** A new framework: its code is given once and never changes (seeds and imports name it). */
export const newPlanFrameworkSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,40}$/, "Use capital letters, digits and hyphens, e.g. AICHR-WP."),
    ...frameworkFields,
  })
  .strict();
export type NewPlanFrameworkInput = z.infer<typeof newPlanFrameworkSchema>;

/** A framework as edited: its name and owner. */
export const planFrameworkEditSchema = z.object(frameworkFields).strict();
export type PlanFrameworkEditInput = z.infer<typeof planFrameworkEditSchema>;

export const EMPTY_PLAN_FRAMEWORK: NewPlanFrameworkInput = { code: "", name: "", owner: "" };

/** Which clauses of the previous edition one clause continues (none, one, or several when merged). */
export const clauseContinuationSchema = z
  .object({
    previousClauseIds: z
      .array(z.uuid("Choose clauses from the list."))
      .max(50, "At most 50 clauses.")
      .refine((ids) => new Set(ids).size === ids.length, "Each clause once."),
  })
  .strict();
export type ClauseContinuationInput = z.infer<typeof clauseContinuationSchema>;
