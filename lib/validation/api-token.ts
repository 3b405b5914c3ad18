import { z } from "zod";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "./text";

// A personal API token as the account page's form makes it: a name to tell tokens apart and
// how long it lives. Shared by the form and the server action.
export const API_TOKEN_LIFETIMES = [30, 90, 365] as const;

export const apiTokenSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Name the token, e.g. the program that will use it.")
      .max(80, "At most 80 characters.")
      .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
    expiresInDays: z.coerce
      .number()
      .refine((days) => (API_TOKEN_LIFETIMES as readonly number[]).includes(days), "Choose 30, 90 or 365 days."),
  })
  .strict();
export type ApiTokenInput = z.input<typeof apiTokenSchema>;
