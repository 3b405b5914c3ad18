import { z } from "zod";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "./text";
import { CLAUSE_NUMBER, DOTTED_NUMBER, enclosingNumber } from "@/lib/plan-numbers";

// The Plan of Action edition form's schema: an edition, its sections and its clauses as two
// lists of rows. A clause belongs to the section its number starts with (1.2.3 in 1.2), so
// the form never asks for it twice. The same schema checks the form and the server.

const dotted = (pattern: RegExp, example: string) =>
  z.string().trim().regex(pattern, `Give the number as dotted digits, e.g. ${example}.`);
const year = (label: string) =>
  z.coerce
    .number(`Enter the ${label} as a year.`)
    .int(`Enter the ${label} as a year.`)
    .min(1990, `The ${label} is 1990 or later.`)
    .max(2100, `The ${label} is 2100 or earlier.`);

export const planSectionRowSchema = z
  .object({
    number: dotted(DOTTED_NUMBER, "1.2"),
    title: z.string().trim().min(2, "Give the section's title.").max(300).regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  })
  .strict();

export const planClauseRowSchema = z
  .object({
    number: dotted(CLAUSE_NUMBER, "1.2.3"),
    text: z
      .string()
      .trim()
      .min(3, "Give the clause's text.")
      .max(3000, "Use at most 3,000 characters.")
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  })
  .strict();

const editionFields = {
  frameworkId: z.uuid("Choose the framework."),
  title: z
    .string()
    .trim()
    .min(3, "Give the edition's title.")
    .max(200, "Use at most 200 characters.")
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  startYear: year("start year"),
  endYear: year("end year"),
  adoptedAt: z.string().trim().max(300, "Use at most 300 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  sections: z.array(planSectionRowSchema).min(1, "Add at least one section.").max(50, "At most 50 sections."),
  clauses: z.array(planClauseRowSchema).min(1, "Add at least one clause.").max(200, "At most 200 clauses."),
};

type EditionShape = {
  startYear: number;
  endYear: number;
  sections: Array<{ number: string }>;
  clauses: Array<{ number: string }>;
};

/** Years in order, numbers unique, and every clause inside a section. */
function checkEdition(v: EditionShape, ctx: z.RefinementCtx) {
  if (v.endYear < v.startYear) {
    ctx.addIssue({ code: "custom", path: ["endYear"], message: "The end year is the start year or later." });
  }
  const sections = v.sections.map((s) => s.number);
  sections.forEach((n, i) => {
    if (sections.indexOf(n) !== i) {
      ctx.addIssue({ code: "custom", path: ["sections", i, "number"], message: `Section ${n} is listed twice.` });
    }
  });
  const clauses = v.clauses.map((c) => c.number);
  clauses.forEach((n, i) => {
    let message: string | null = null;
    if (clauses.indexOf(n) !== i) message = `Clause ${n} is listed twice.`;
    else if (sections.includes(n)) message = `${n} is a section: give the clause a number within it.`;
    else if (!enclosingNumber(n, sections)) {
      message = `No section holds clause ${n}: add section ${n.split(".").slice(0, -1).join(".")} above.`;
    }
    if (message) ctx.addIssue({ code: "custom", path: ["clauses", i, "number"], message });
  });
}

/** A new edition: its code is given once and never changes (links and imports name it). */
export const newPlanEditionSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{2,60}$/, "Use capital letters, digits and hyphens, e.g. ASEAN-UN-POA-2021-2025."),
    ...editionFields,
  })
  .strict()
  .superRefine(checkEdition);
export type NewPlanEditionInput = z.infer<typeof newPlanEditionSchema>;

/** An edition as edited: everything but its code. */
export const planEditionEditSchema = z.object(editionFields).strict().superRefine(checkEdition);
export type PlanEditionEditInput = z.infer<typeof planEditionEditSchema>;

const thisYear = new Date().getUTCFullYear();

/** A new edition's form as it opens: one section and one clause to fill in. */
export const EMPTY_PLAN_EDITION: NewPlanEditionInput = {
  code: "",
  frameworkId: "",
  title: "",
  startYear: thisYear,
  endYear: thisYear + 4,
  adoptedAt: "",
  sections: [{ number: "1", title: "" }],
  clauses: [{ number: "1.1", text: "" }],
};
