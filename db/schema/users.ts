import { sql } from "drizzle-orm";
import { bigint, boolean, check, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { userRole } from "./enums";
import { organisations } from "./organisations";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    // Null until an invited user sets a password, or after an admin forced a reset.
    passwordHash: text("password_hash"),
    role: userRole("role").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    active: boolean("active").notNull().default(true),
    // Two-step verification: the TOTP secret, encrypted (lib/auth/secret-box.ts), set once
    // the user confirmed a first code; the last time step used, so a code works only once.
    mfaSecret: text("mfa_secret"),
    mfaEnabledAt: timestamp("mfa_enabled_at", { withTimezone: true }),
    mfaLastStep: bigint("mfa_last_step", { mode: "number" }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    // Demo accounts are marked so a production start can refuse to run with them.
    isDemo: boolean("is_demo").notNull().default(false),
    // How the user hears of what waits for them by email: at once, a daily digest, or not.
    emailPreference: text("email_preference", { enum: ["immediate", "digest", "none"] })
      .notNull()
      .default("immediate"),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    check("users_focal_point_has_organisation", sql`${t.role} <> 'focal_point' OR ${t.organisationId} IS NOT NULL`),
  ],
);
