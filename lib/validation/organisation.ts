import { z } from "zod";
import { isCountryCode } from "@/lib/countries-list";
import { ORGANISATION_KINDS } from "@/lib/domain";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "./text";

// The organisation forms' schemas: zodResolver checks them in the browser, the data layer
// again. Optional text is "" when empty (the data layer stores null), so what a schema
// accepts it accepts again.

/** An IATI organisation identifier: registration agency prefix and number, e.g. XM-DAC-41114. */
export const IATI_IDENTIFIER = /^([A-Za-z0-9]{2,}-[A-Za-z0-9._-]{1,60})?$/;
export const IATI_IDENTIFIER_MESSAGE = "Enter an IATI organisation identifier such as XM-DAC-41114.";

const name = z
  .string()
  .trim()
  .min(2, "Enter the organisation's name.")
  .max(200, "Use at most 200 characters.")
  .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE);
const acronym = z.string().trim().max(40, "Use at most 40 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE);
const parentId = z.union(
  [z.literal(""), z.uuid("Choose the parent from the list.")],
  "Choose the parent from the list.",
);

/** Add an organisation: everything about it, once. */
export const newOrganisationSchema = z
  .object({
    // Seeds, imports, filters and feed URLs use the code: upper case, never changed.
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "Use 2-40 capital letters, digits and hyphens, e.g. UNFPA or AICHR-TL."),
    kind: z.enum(ORGANISATION_KINDS, "Choose a kind."),
    name,
    acronym,
    parentId,
    countryCode: z.string().trim().toUpperCase(),
    iatiIdentifier: z.string().trim().regex(IATI_IDENTIFIER, IATI_IDENTIFIER_MESSAGE),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === "aichr_representative" && !isCountryCode(v.countryCode)) {
      ctx.addIssue({ code: "custom", path: ["countryCode"], message: "Choose the member state it represents." });
    } else if (v.kind !== "aichr_representative" && v.countryCode !== "") {
      ctx.addIssue({ code: "custom", path: ["countryCode"], message: "Only AICHR representatives have a country." });
    }
  });
export type NewOrganisationInput = z.infer<typeof newOrganisationSchema>;

/** Edit an organisation: what may change once activities name it. */
export const organisationEditSchema = z.object({ name, acronym, parentId }).strict();
export type OrganisationEditInput = z.infer<typeof organisationEditSchema>;

export const EMPTY_ORGANISATION: NewOrganisationInput = {
  code: "",
  kind: "un_entity",
  name: "",
  acronym: "",
  parentId: "",
  countryCode: "",
  iatiIdentifier: "",
};
