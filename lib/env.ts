import { z } from "zod";

// The environment, read and checked once, in this one module (lint keeps it so: nothing else
// reads process.env). Each variable is described in the README's table.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DEMO: z
    .enum(["0", "1", ""])
    .optional()
    .transform((v) => v === "1"),
  // Keys the session cookies and the stored MFA secrets; its strength is a start check
  // (lib/security/start-checks.ts), so that the server says why it refuses to start.
  NEXTAUTH_SECRET: z.string().optional(),
  // https makes the session and device cookies Secure.
  NEXTAUTH_URL: z.string().default(""),
  // The public address in emails and feeds, when it differs from NEXTAUTH_URL.
  APP_URL: z.string().default(""),
  // The secretariat's organisation identifier in the IATI registry: every published
  // activity's identifier starts with it. Until it is set, a plain placeholder.
  IATI_REPORTING_ORG_REF: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{2,}-[A-Za-z0-9._-]{1,60}$/, "an IATI organisation identifier such as XM-DAC-12345")
    .optional(),
  // The proxies in front of the app (lib/auth/client-address.ts): a hop count or addresses.
  TRUST_PROXY: z.string().default(""),
  MAIL_FROM: z.string().default("ASEAN-UN Cooperation Tracker <no-reply@asean-un-tracker.invalid>"),
  // "off": this instance sends no email (a worker runs elsewhere).
  NOTIFICATIONS_WORKER: z
    .string()
    .optional()
    .transform((v) => v !== "off"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/**
 * The environment as given, for the few readers that take a whole environment so that
 * tests can hand them another (the database target, the mailer, the start checks).
 */
export const processEnvironment = (): NodeJS.ProcessEnv => process.env;

/**
 * The app's public address, without a trailing slash: APP_URL, else NEXTAUTH_URL, else the
 * origin of the request being answered (a development server), else localhost. The one place
 * links in emails, feeds, exports and the account page get their address from.
 */
export function appUrl(requestOrigin?: string): string {
  const { APP_URL, NEXTAUTH_URL } = env();
  return (APP_URL || NEXTAUTH_URL || requestOrigin || "http://localhost:3000").replace(/\/$/, "");
}
