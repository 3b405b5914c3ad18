CREATE TYPE "public"."activity_status" AS ENUM('draft', 'scheduled', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."activity_type" AS ENUM('meeting', 'training', 'dialogue', 'workshop', 'seminar', 'consultation', 'thematic_study', 'other');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."involvement_role" AS ENUM('lead', 'co_organiser', 'supporting', 'participant');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('asean_body', 'aichr_representative', 'un_entity', 'external_partner');--> statement-breakpoint
CREATE TYPE "public"."theme" AS ENUM('business_human_rights', 'disability_rights', 'freedom_of_expression_media', 'environment', 'womens_rights', 'childrens_rights', 'trafficking_in_persons', 'genocide_prevention', 'water_sanitation', 'juvenile_justice', 'asean_human_rights_declaration', 'institutional_cooperation');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'secretariat', 'focal_point', 'reviewer', 'viewer');--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"acronym" text,
	"name" text NOT NULL,
	"parent_id" uuid,
	"country_code" text,
	"retired_at" timestamp with time zone,
	CONSTRAINT "organisations_code_unique" UNIQUE("code"),
	CONSTRAINT "organisations_country_code_iso" CHECK ("organisations"."country_code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "plan_clauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"section_id" uuid NOT NULL,
	"number" text NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "plan_clauses_edition_number" UNIQUE("edition_id","number")
);
--> statement-breakpoint
CREATE TABLE "plan_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"adopted_at" text,
	CONSTRAINT "plan_editions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "plan_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"parent_id" uuid,
	"number" text NOT NULL,
	"title" text NOT NULL,
	CONSTRAINT "plan_sections_edition_number" UNIQUE("edition_id","number")
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_ref" text,
	"title" text NOT NULL,
	"summary" text,
	"type" "activity_type" NOT NULL,
	"status" "activity_status" DEFAULT 'draft' NOT NULL,
	"start_date" date,
	"start_precision" date_precision,
	"end_date" date,
	"end_precision" date_precision,
	"city" text,
	"country_code" text,
	"expected_participants" integer,
	"lead_organisation_id" uuid NOT NULL,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_external_ref_unique" UNIQUE("external_ref"),
	CONSTRAINT "activities_start_has_precision" CHECK (("activities"."start_date" IS NULL) = ("activities"."start_precision" IS NULL)),
	CONSTRAINT "activities_end_has_precision" CHECK (("activities"."end_date" IS NULL) = ("activities"."end_precision" IS NULL)),
	CONSTRAINT "activities_end_needs_start" CHECK ("activities"."end_date" IS NULL OR "activities"."start_date" IS NOT NULL),
	CONSTRAINT "activities_end_after_start" CHECK ("activities"."end_date" IS NULL OR "activities"."end_date" >= "activities"."start_date"),
	CONSTRAINT "activities_country_code_iso" CHECK ("activities"."country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "activities_participants_positive" CHECK ("activities"."expected_participants" > 0),
	CONSTRAINT "activities_version_positive" CHECK ("activities"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "activity_clauses" (
	"activity_id" uuid NOT NULL,
	"clause_id" uuid NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	CONSTRAINT "activity_clauses_activity_id_clause_id_pk" PRIMARY KEY("activity_id","clause_id")
);
--> statement-breakpoint
CREATE TABLE "activity_organisations" (
	"activity_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "involvement_role" NOT NULL,
	CONSTRAINT "activity_organisations_activity_id_organisation_id_pk" PRIMARY KEY("activity_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "activity_themes" (
	"activity_id" uuid NOT NULL,
	"theme" "theme" NOT NULL,
	CONSTRAINT "activity_themes_activity_id_theme_pk" PRIMARY KEY("activity_id","theme")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"organisation_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_focal_point_has_organisation" CHECK ("users"."role" <> 'focal_point' OR "users"."organisation_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_organisation_id" uuid,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_clauses" ADD CONSTRAINT "plan_clauses_edition_id_plan_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."plan_editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_clauses" ADD CONSTRAINT "plan_clauses_section_id_plan_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."plan_sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_sections" ADD CONSTRAINT "plan_sections_edition_id_plan_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."plan_editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_sections" ADD CONSTRAINT "plan_sections_parent_id_plan_sections_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_clauses" ADD CONSTRAINT "activity_clauses_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_clauses" ADD CONSTRAINT "activity_clauses_clause_id_plan_clauses_id_fk" FOREIGN KEY ("clause_id") REFERENCES "public"."plan_clauses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_organisations" ADD CONSTRAINT "activity_organisations_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_organisations" ADD CONSTRAINT "activity_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_themes" ADD CONSTRAINT "activity_themes_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisations_parent_idx" ON "organisations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "plan_clauses_section_idx" ON "plan_clauses" USING btree ("section_id");--> statement-breakpoint
CREATE INDEX "activities_start_date_idx" ON "activities" USING btree ("start_date" DESC NULLS LAST,"created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "activities_status_idx" ON "activities" USING btree ("status");--> statement-breakpoint
CREATE INDEX "activities_lead_idx" ON "activities" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "activity_clauses_clause_idx" ON "activity_clauses" USING btree ("clause_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_clauses_one_primary" ON "activity_clauses" USING btree ("activity_id") WHERE "activity_clauses"."is_primary";--> statement-breakpoint
CREATE INDEX "activity_organisations_org_idx" ON "activity_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "activity_themes_theme_idx" ON "activity_themes" USING btree ("theme");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","occurred_at");