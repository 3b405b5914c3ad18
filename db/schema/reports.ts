import { sql, type SQL } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { activities } from "./activities";
import { datePrecision, reportState } from "./enums";
import { organisations } from "./organisations";
import { users } from "./users";

/**
 * A file's bytes. Sent to the database as base64 text decoded there: PGlite, which runs in the
 * server's own thread, took 2.5 s to take a 10 MB file as a bytea parameter and 0.4 s as
 * base64, and every other request waits meanwhile. Read back through `fileContent` below.
 */
const bytea = customType<{ data: Uint8Array; driverData: SQL }>({
  dataType: () => "bytea",
  toDriver: (bytes) =>
    sql`decode(${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64")}, 'base64')`,
});

/** A bytea column read as base64 and decoded here, for the same reason (2.5 s as bytea, 0.1 s so). */
export function fileContent(column: AnyPgColumn) {
  return sql<string>`encode(${column}, 'base64')`.mapWith(
    (base64: string) => new Uint8Array(Buffer.from(base64, "base64")),
  );
}

// A completion report: one per involved organisation and activity.
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    state: reportState("state").notNull().default("submitted"),
    actualStartDate: date("actual_start_date", { mode: "string" }).notNull(),
    actualStartPrecision: datePrecision("actual_start_precision").notNull(),
    actualEndDate: date("actual_end_date", { mode: "string" }),
    actualEndPrecision: datePrecision("actual_end_precision"),
    participantsTotal: integer("participants_total").notNull(),
    // { women, men, other } and { government, nhri, ... }: fixed keys checked by zod on write.
    participantsBySex: jsonb("participants_by_sex").$type<Record<string, number>>().notNull(),
    participantsByGroup: jsonb("participants_by_group").$type<Record<string, number>>().notNull(),
    outcomes: text("outcomes").notNull(),
    followUp: text("follow_up"),
    links: jsonb("links").$type<string[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedById: uuid("reviewed_by_id").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("reports_one_per_organisation").on(t.activityId, t.organisationId),
    index("reports_state_idx").on(t.state),
    check("reports_participants_not_negative", sql`${t.participantsTotal} >= 0`),
    check("reports_end_after_start", sql`${t.actualEndDate} IS NULL OR ${t.actualEndDate} >= ${t.actualStartDate}`),
  ],
);

// Kept in the database, not on a disk, so both engines and every instance serve them.
export const reportAttachments = pgTable(
  "report_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    // Detected from the content, never taken from the upload's name or declared type.
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    content: bytea("content").notNull(),
    // Published: listed in the IATI export and downloadable without signing in, once the
    // report is approved. Off unless the author says so.
    isPublic: boolean("is_public").notNull().default(false),
    uploadedById: uuid("uploaded_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_attachments_report_idx").on(t.reportId)],
);
