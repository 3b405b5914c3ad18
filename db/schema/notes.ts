import { boolean, date, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { NoteEdits } from "../../lib/exports/background-note";
import { users } from "./users";

// A saved Background Note: the choices it is generated from and the texts people wrote
// for it. Its body is generated from the record each time, so it is never stale; an edited
// part (introduction, a theme's opening, an activity's sentences ...) keeps its text and
// what the record said when it was edited (lib/exports/background-note.ts).
export const backgroundNotes = pgTable("background_notes", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  noteDate: date("note_date", { mode: "string" }).notNull(),
  periodFrom: date("period_from", { mode: "string" }).notNull(),
  periodTo: date("period_to", { mode: "string" }).notNull(),
  organisationCodes: text("organisation_codes").array().notNull().default([]),
  themes: text("themes").array().notNull().default([]),
  /** Include activities the record gives no date ("Include activities with no recorded date"). */
  includeUndated: boolean("include_undated").notNull().default(false),
  /** The edited parts by key ("introduction", "theme:environment", "activity:<id>" ...). */
  edits: jsonb("edits").$type<NoteEdits>().notNull().default({}),
  /** Activities left out of this note by its editors. */
  excludedActivityIds: uuid("excluded_activity_ids").array().notNull().default([]),
  /** Shown on the public register: the secretariat chooses which notes the public may read. */
  isPublic: boolean("is_public").notNull().default(false),
  /** Null for a note kept in the seeded record (the original 2019 note), which no account wrote. */
  createdById: uuid("created_by_id").references(() => users.id),
  generatedById: uuid("generated_by_id").references(() => users.id),
  generatedAt: timestamp("generated_at", { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
