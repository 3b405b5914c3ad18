import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { userRole } from "./enums";
import { organisations } from "./organisations";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    active: boolean("active").notNull().default(true),
    // Bumped to end every session of the user at its next request (sign-out everywhere,
    // deactivation, role or password change).
    sessionVersion: integer("session_version").notNull().default(1),
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
