import { date, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// A saved Background Note: the choices it is generated from and the text people wrote
// for it. Its body is generated from the record each time, so it is never stale.
export const backgroundNotes = pgTable("background_notes", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  noteDate: date("note_date", { mode: "string" }).notNull(),
  periodFrom: date("period_from", { mode: "string" }).notNull(),
  periodTo: date("period_to", { mode: "string" }).notNull(),
  organisationCodes: text("organisation_codes").array().notNull().default([]),
  themes: text("themes").array().notNull().default([]),
  introduction: text("introduction").notNull().default(""),
  /** Activities left out of this note by its editors. */
  excludedActivityIds: uuid("excluded_activity_ids").array().notNull().default([]),
  createdById: uuid("created_by_id")
    .notNull()
    .references(() => users.id),
  generatedById: uuid("generated_by_id")
    .notNull()
    .references(() => users.id),
  generatedAt: timestamp("generated_at", { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
