import { z } from "zod";

// One schema for the sign-in form and the credentials check on the server.
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email.").max(254).email("Enter a valid email."),
  password: z.string().min(1, "Enter your password.").max(128, "Passwords are at most 128 characters."),
  // Asked for only when the account uses two-step verification: six digits, or a recovery code.
  code: z
    .string()
    .trim()
    .max(20)
    .regex(/^(\d{6}|[A-Za-z0-9 -]{12,20})?$/, "Enter the six-digit code, or a recovery code.")
    .optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
