CREATE TYPE "public"."report_state" AS ENUM('submitted', 'approved', 'returned');--> statement-breakpoint
CREATE TYPE "public"."review_state" AS ENUM('none', 'pending', 'changes_requested');--> statement-breakpoint
CREATE TABLE "report_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"state" "report_state" DEFAULT 'submitted' NOT NULL,
	"actual_start_date" date NOT NULL,
	"actual_start_precision" date_precision NOT NULL,
	"actual_end_date" date,
	"actual_end_precision" date_precision,
	"participants_total" integer NOT NULL,
	"participants_by_sex" jsonb NOT NULL,
	"participants_by_group" jsonb NOT NULL,
	"outcomes" text NOT NULL,
	"follow_up" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_one_per_organisation" UNIQUE("activity_id","organisation_id"),
	CONSTRAINT "reports_participants_not_negative" CHECK ("reports"."participants_total" >= 0),
	CONSTRAINT "reports_end_after_start" CHECK ("reports"."actual_end_date" IS NULL OR "reports"."actual_end_date" >= "reports"."actual_start_date")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "review_state" "review_state" DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "submitted_by_id" uuid;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "updated_by_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "activity_id" uuid;--> statement-breakpoint
ALTER TABLE "report_attachments" ADD CONSTRAINT "report_attachments_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachments" ADD CONSTRAINT "report_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_attachments_report_idx" ON "report_attachments" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "reports_state_idx" ON "reports" USING btree ("state");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_activity_idx" ON "audit_events" USING btree ("activity_id","occurred_at");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_review_only_in_draft" CHECK ("activities"."status" = 'draft' OR "activities"."review_state" = 'none');