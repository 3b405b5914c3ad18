import { z } from "zod";
import { signInSchema } from "./sign-in";

// The password rules the browser can check; the server also refuses common and breached
// passwords (lib/auth/common-passwords.ts), a list too large to ship to the browser.
export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 128;

export const newPasswordField = z
  .string()
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters; a few unrelated words work well.`)
  .max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters.`);

const confirmed = <T extends { password: string; confirmation: string }>(values: T) =>
  values.password === values.confirmation;
const CONFIRMATION_ISSUE = { message: "The two passwords differ.", path: ["confirmation"] };

/** Choosing a password from an invitation or reset link. */
export const setPasswordSchema = z
  .object({ password: newPasswordField, confirmation: z.string().max(MAX_PASSWORD) })
  .strict()
  .refine(confirmed, CONFIRMATION_ISSUE);
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

/** Asking for a link to choose a new password: the address the account signs in with. */
export const forgotPasswordSchema = z.object({ email: signInSchema.shape.email }).strict();
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

/** Changing one's password: the current one proves it is the account holder. */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(MAX_PASSWORD),
    password: newPasswordField,
    confirmation: z.string().max(MAX_PASSWORD),
  })
  .strict()
  .refine(confirmed, CONFIRMATION_ISSUE);
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
