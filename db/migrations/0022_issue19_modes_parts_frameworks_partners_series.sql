CREATE TYPE "public"."activity_mode" AS ENUM('in_person', 'online', 'hybrid');--> statement-breakpoint
CREATE TABLE "plan_clause_continuations" (
	"clause_id" uuid NOT NULL,
	"previous_clause_id" uuid NOT NULL,
	CONSTRAINT "plan_clause_continuations_clause_id_previous_clause_id_pk" PRIMARY KEY("clause_id","previous_clause_id"),
	CONSTRAINT "plan_clause_continuations_not_itself" CHECK ("plan_clause_continuations"."clause_id" <> "plan_clause_continuations"."previous_clause_id")
);
--> statement-breakpoint
CREATE TABLE "plan_frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"owner" text,
	CONSTRAINT "plan_frameworks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "activity_date_parts" (
	"activity_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"start_date" date NOT NULL,
	"start_precision" date_precision NOT NULL,
	"end_date" date,
	"end_precision" date_precision,
	CONSTRAINT "activity_date_parts_activity_id_position_pk" PRIMARY KEY("activity_id","position"),
	CONSTRAINT "activity_date_parts_position_positive" CHECK ("activity_date_parts"."position" > 0),
	CONSTRAINT "activity_date_parts_end_has_precision" CHECK (("activity_date_parts"."end_date" IS NULL) = ("activity_date_parts"."end_precision" IS NULL)),
	CONSTRAINT "activity_date_parts_end_after_start" CHECK ("activity_date_parts"."end_date" IS NULL OR "activity_date_parts"."end_date" >= "activity_date_parts"."start_date")
);
--> statement-breakpoint
CREATE TABLE "activity_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"context" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_series_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "organisations" ALTER COLUMN "kind" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "public"."organisation_kind";--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('asean_body', 'aichr_representative', 'un_entity', 'government', 'intergovernmental', 'civil_society');--> statement-breakpoint
-- "External partner" splits into what the partner is, read from its IATI type: the seed's
-- regional commissions and the European Council are intergovernmental (40), the Auschwitz
-- Institute civil society (21). Done in the cast, not an UPDATE: an UPDATE leaves trigger
-- events pending, and PostgreSQL then refuses to alter the table in the same transaction.
ALTER TABLE "organisations" ALTER COLUMN "kind" SET DATA TYPE "public"."organisation_kind" USING (CASE
  WHEN "kind" <> 'external_partner' THEN "kind"
  WHEN "iati_type" IN ('21', '22', '23', '24') THEN 'civil_society'
  WHEN "iati_type" IN ('10', '11') THEN 'government'
  ELSE 'intergovernmental' END)::"public"."organisation_kind";--> statement-breakpoint
ALTER TABLE "plan_editions" ADD COLUMN "framework_id" uuid;--> statement-breakpoint
-- Every edition so far is of the ASEAN-UN Plan of Action.
INSERT INTO "plan_frameworks" ("code", "name", "owner")
SELECT 'ASEAN-UN-POA', 'ASEAN-UN Plan of Action', 'ASEAN and the United Nations'
WHERE EXISTS (SELECT 1 FROM "plan_editions");--> statement-breakpoint
UPDATE "plan_editions" SET "framework_id" = (SELECT "id" FROM "plan_frameworks" WHERE "code" = 'ASEAN-UN-POA');--> statement-breakpoint
-- The record-state trigger (0019) is deferred: fire it now, or the ALTER below is refused
-- for the table's pending trigger events.
SET CONSTRAINTS ALL IMMEDIATE;--> statement-breakpoint
ALTER TABLE "plan_editions" ALTER COLUMN "framework_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "mode" "activity_mode" DEFAULT 'in_person' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "meeting_link" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "series_id" uuid;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "series_ordinal" integer;--> statement-breakpoint
ALTER TABLE "plan_clause_continuations" ADD CONSTRAINT "plan_clause_continuations_clause_id_plan_clauses_id_fk" FOREIGN KEY ("clause_id") REFERENCES "public"."plan_clauses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_clause_continuations" ADD CONSTRAINT "plan_clause_continuations_previous_clause_id_plan_clauses_id_fk" FOREIGN KEY ("previous_clause_id") REFERENCES "public"."plan_clauses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_date_parts" ADD CONSTRAINT "activity_date_parts_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_clause_continuations_previous_idx" ON "plan_clause_continuations" USING btree ("previous_clause_id");--> statement-breakpoint
ALTER TABLE "plan_editions" ADD CONSTRAINT "plan_editions_framework_id_plan_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."plan_frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_series_id_activity_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."activity_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_series_ordinal" ON "activities" USING btree ("series_id","series_ordinal");--> statement-breakpoint
CREATE INDEX "activities_series_idx" ON "activities" USING btree ("series_id");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_meeting_link_web" CHECK ("activities"."meeting_link" ~ '^https?://');--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_ordinal_needs_series" CHECK ("activities"."series_ordinal" IS NULL OR "activities"."series_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_ordinal_positive" CHECK ("activities"."series_ordinal" > 0);