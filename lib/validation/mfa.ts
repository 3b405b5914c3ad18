import { z } from "zod";

/** A six-digit code from the authenticator app. */
export const totpCodeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "Enter the six-digit code from your authenticator app."),
  })
  .strict();
export type TotpCodeInput = z.infer<typeof totpCodeSchema>;

/** The password again, before turning two-step verification off or ending other sessions. */
export const reauthenticationSchema = z
  .object({ password: z.string().min(1, "Enter your password.").max(128) })
  .strict();
