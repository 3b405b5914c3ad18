import { z } from "zod";

// The environment, read and checked once. Database choice lives in db/client.ts
// (targetFromEnv) because scripts outside the app use it too.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DEMO: z
    .enum(["0", "1", ""])
    .optional()
    .transform((v) => v === "1"),
  // The secretariat's organisation identifier in the IATI registry: every published
  // activity's identifier starts with it. Until it is set, the plain placeholder below.
  IATI_REPORTING_ORG_REF: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{2,}-[A-Za-z0-9._-]{1,60}$/, "an IATI organisation identifier such as XM-DAC-12345")
    .optional(),
  // The proxies in front of the app (lib/auth/client-address.ts): a hop count or addresses.
  TRUST_PROXY: z.string().default(""),
  // https makes the session and device cookies Secure.
  NEXTAUTH_URL: z.string().default(""),
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
