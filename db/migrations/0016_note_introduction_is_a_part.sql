-- The introduction people wrote becomes the note's edited "introduction" part (no record behind it).
UPDATE "background_notes" SET "edits" = jsonb_build_object('introduction', jsonb_build_object('text', "introduction", 'basis', '{}'::jsonb)) WHERE "introduction" <> '';--> statement-breakpoint
ALTER TABLE "background_notes" DROP COLUMN "introduction";
