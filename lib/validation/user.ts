import { z } from "zod";
import { ROLES } from "@/lib/domain";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "./text";

// "" from the form's "None", or null once the form's resolver has parsed it already.
const organisationId = z
  .string()
  .trim()
  .nullable()
  .transform((v) => v || null)
  .pipe(z.uuid("Choose an organisation.").nullable());

// Focal points speak for an organisation; the database refuses one without (users_focal_point_has_organisation).
const focalPointNeedsOrganisation = (v: { role: string; organisationId: string | null }) =>
  v.role !== "focal_point" || v.organisationId !== null;
const ORGANISATION_ISSUE = { message: "A focal point needs an organisation.", path: ["organisationId"] };

/** Where a user stands: role and organisation, set by an admin. */
export const userRoleSchema = z
  .object({ role: z.enum(ROLES, "Choose a role."), organisationId })
  .strict()
  .refine(focalPointNeedsOrganisation, ORGANISATION_ISSUE);
export type UserRoleInput = z.input<typeof userRoleSchema>;

/** Inviting a user: who they are and where they stand. */
export const inviteUserSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, "Enter the person's name.")
      .max(120, "Use at most 120 characters.")
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
    email: z.string().trim().toLowerCase().max(254).email("Enter a valid email."),
    role: z.enum(ROLES, "Choose a role."),
    organisationId,
  })
  .strict()
  .refine(focalPointNeedsOrganisation, ORGANISATION_ISSUE);
export type InviteUserInput = z.input<typeof inviteUserSchema>;

/** The roles that must use two-step verification. */
export const mfaRolesSchema = z.object({ roles: z.array(z.enum(ROLES)).max(ROLES.length) }).strict();
