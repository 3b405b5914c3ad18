ALTER TABLE "background_notes" ALTER COLUMN "created_by_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "background_notes" ALTER COLUMN "generated_by_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "background_notes" ADD COLUMN "include_undated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "background_notes" ADD COLUMN "edits" jsonb DEFAULT '{}'::jsonb NOT NULL;