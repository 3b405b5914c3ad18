import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { activityMode, activityScope, activityStatus, activityType, datePrecision, involvementRole, reviewState, theme } from "./enums";
import { organisations } from "./organisations";
import { planClauses } from "./plan";
import { users } from "./users";

// Kept up to date by triggers (migration 0004) from the title, summary, organisations
// and report outcomes, so every way of writing an activity stays searchable.
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// Meetings that recur under one name ("AICHR-UN Meeting", "Meeting of Focal Points"):
// the note tells a series once, with its context, then its meetings in the period.
export const activitySeries = pgTable("activity_series", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  // The sentence the note opens the series with (who meets, since when, why).
  context: text("context"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const activities = pgTable(
  "activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stable reference from outside the app (the seed note, a CSV import): re-loading
    // the same source updates the activity instead of adding a twin.
    externalRef: text("external_ref").unique(),
    title: text("title").notNull(),
    summary: text("summary"),
    type: activityType("type").notNull(),
    status: activityStatus("status").notNull().default("draft"),
    reviewState: reviewState("review_state").notNull().default("none"),
    // Who last submitted the draft for review: they may withdraw it, and may not approve it.
    submittedById: uuid("submitted_by_id").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    // A date is stored as the first day of the period it names, with its precision:
    // "2017" is 2017-01-01/year, "In June 2018" is 2018-06-01/month. Shown as given.
    startDate: date("start_date", { mode: "string" }),
    startPrecision: datePrecision("start_precision"),
    endDate: date("end_date", { mode: "string" }),
    endPrecision: datePrecision("end_precision"),
    // In person, online or hybrid: an online activity needs no venue (city, country).
    mode: activityMode("mode").notNull().default("in_person"),
    // Where an online or hybrid activity is joined; shown only to signed-in users.
    meetingLink: text("meeting_link"),
    city: text("city"),
    // ISO 3166-1 alpha-2; places outside ASEAN occur (Auschwitz, Washington DC).
    countryCode: text("country_code"),
    expectedParticipants: integer("expected_participants"),
    // A meeting of a series ("the 2nd AICHR-UN Meeting") and its ordinal in it.
    seriesId: uuid("series_id").references(() => activitySeries.id),
    seriesOrdinal: integer("series_ordinal"),
    scope: activityScope("scope").notNull().default("regional"),
    // ISO 639-1 code of the language the title and summary are written in (IATI xml:lang).
    language: text("language").notNull().default("en"),
    // Whether the IATI export publishes it once reviewed: on unless someone who may review
    // it keeps it out (an entry can be right for the record and wrong for the public).
    publishToIati: boolean("publish_to_iati").notNull().default(true),
    leadOrganisationId: uuid("lead_organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdById: uuid("created_by_id").references(() => users.id),
    // Who made the last change: a conflicting save names them ("changed by NAME at TIME").
    updatedById: uuid("updated_by_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector("search_vector"),
  },
  (t) => [
    // The list's order exactly (id breaks ties), so deep pages walk the index instead of sorting.
    index("activities_start_date_idx").on(t.startDate.desc().nullsLast(), t.createdAt.desc().nullsFirst(), t.id),
    // Status is the filter people use most: its pages in order without a sort.
    index("activities_status_order_idx").on(
      t.status,
      t.startDate.desc().nullsLast(),
      t.createdAt.desc().nullsFirst(),
      t.id,
    ),
    index("activities_title_idx").on(t.title, t.id),
    index("activities_lead_idx").on(t.leadOrganisationId),
    index("activities_type_idx").on(t.type),
    index("activities_country_idx").on(t.countryCode),
    index("activities_search_idx").using("gin", t.searchVector),
    check("activities_start_has_precision", sql`(${t.startDate} IS NULL) = (${t.startPrecision} IS NULL)`),
    check("activities_end_has_precision", sql`(${t.endDate} IS NULL) = (${t.endPrecision} IS NULL)`),
    check("activities_end_needs_start", sql`${t.endDate} IS NULL OR ${t.startDate} IS NOT NULL`),
    check("activities_end_after_start", sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
    check("activities_country_code_iso", sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    check("activities_language_iso", sql`${t.language} ~ '^[a-z]{2}$'`),
    check("activities_meeting_link_web", sql`${t.meetingLink} ~ '^https?://'`),
    check("activities_ordinal_needs_series", sql`${t.seriesOrdinal} IS NULL OR ${t.seriesId} IS NOT NULL`),
    check("activities_ordinal_positive", sql`${t.seriesOrdinal} > 0`),
    uniqueIndex("activities_series_ordinal").on(t.seriesId, t.seriesOrdinal),
    index("activities_series_idx").on(t.seriesId),
    check("activities_participants_positive", sql`${t.expectedParticipants} > 0`),
    check("activities_version_positive", sql`${t.version} > 0`),
    check("activities_review_only_in_draft", sql`${t.status} = 'draft' OR ${t.reviewState} = 'none'`),
  ],
);

export const activityThemes = pgTable(
  "activity_themes",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    theme: theme("theme").notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.theme] }), index("activity_themes_theme_idx").on(t.theme)],
);

export const activityOrganisations = pgTable(
  "activity_organisations",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: involvementRole("role").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.organisationId] }),
    index("activity_organisations_org_idx").on(t.organisationId),
  ],
);

export const activityClauses = pgTable(
  "activity_clauses",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    clauseId: uuid("clause_id")
      .notNull()
      .references(() => planClauses.id),
    isPrimary: boolean("is_primary").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.clauseId] }),
    index("activity_clauses_clause_idx").on(t.clauseId),
    // At most one primary clause per activity.
    uniqueIndex("activity_clauses_one_primary")
      .on(t.activityId)
      .where(sql`${t.isPrimary}`),
  ],
);

// An activity held in parts ("12-14 and 26 July 2021"): each part a range at its precision.
// Only activities of two or more parts have rows here; the activity's own start and end
// are then the first part's start and the last part's end (kept so by the data layer),
// so lists, filters and the list's indexes read one range as before.
export const activityDateParts = pgTable(
  "activity_date_parts",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    startPrecision: datePrecision("start_precision").notNull(),
    endDate: date("end_date", { mode: "string" }),
    endPrecision: datePrecision("end_precision"),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.position] }),
    check("activity_date_parts_position_positive", sql`${t.position} > 0`),
    check("activity_date_parts_end_has_precision", sql`(${t.endDate} IS NULL) = (${t.endPrecision} IS NULL)`),
    check("activity_date_parts_end_after_start", sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
);
