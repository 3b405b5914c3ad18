import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Sign-in throttles, kept in the database so the limit holds across instances. One row per
// key: "email:<address tried>" (known or not, so the limit reveals no account),
// "address:<client address>", "device:<recognised device>". Each attempt is counted here,
// under a row lock, before its password is hashed (lib/dal/accounts/sign-in-limits.ts).
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  // Attempts counted in the current window (each is counted before it is checked, and
  // taken back when it succeeds).
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  // Attempts on this key are refused, unchecked and uncounted, until then.
  throttledUntil: timestamp("throttled_until", { withTimezone: true }),
  // Throttles in a row (each one doubles the next delay); back to 0 after a quiet window.
  throttles: integer("throttles").notNull().default(0),
});
