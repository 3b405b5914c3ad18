CREATE TYPE "public"."activity_scope" AS ENUM('regional', 'national', 'interregional', 'global');--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "iati_type" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "scope" "activity_scope" DEFAULT 'regional' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "publish_to_iati" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_iati_type_code" CHECK ("organisations"."iati_type" ~ '^[0-9]{2}$');--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_language_iso" CHECK ("activities"."language" ~ '^[a-z]{2}$');--> statement-breakpoint
-- Databases seeded before this migration get what the seed now records (db/seed): each
-- organisation's IATI type, the identifiers of the UN entities that publish to IATI where
-- none was set, and the scope of the note's interregional and global activities.
UPDATE "organisations" SET "iati_type" = CASE
  WHEN "code" = 'AIPR' THEN '21'
  WHEN "code" IN ('IACHR', 'ACHPR', 'EUCO', 'COE') THEN '40'
  WHEN "kind" = 'aichr_representative' THEN '10'
  WHEN "kind" = 'external_partner' THEN '90'
  ELSE '40' END;
--> statement-breakpoint
UPDATE "organisations" o SET "iati_identifier" = v.ref
FROM (VALUES ('UNDP', 'XM-DAC-41114'), ('UNICEF', 'XM-DAC-41122'), ('UNESCO', 'XM-DAC-41304'),
  ('UNEP', 'XM-DAC-41116'), ('UN-WOMEN', 'XM-DAC-41146'), ('UNHCR', 'XM-DAC-41121'),
  ('ILO', 'XM-DAC-41302'), ('IOM', 'XM-DAC-47066')) AS v(code, ref)
WHERE o."code" = v.code AND o."iati_identifier" IS NULL;
--> statement-breakpoint
UPDATE "activities" SET "scope" = 'interregional' WHERE "external_ref" IN ('note2019-focal-points-rhrm-2018',
  'note2019-regional-arrangements-workshop-2016', 'note2019-bhr-interregional-dialogue-2018',
  'note2019-bhr-interregional-dialogue-2019');
--> statement-breakpoint
UPDATE "activities" SET "scope" = 'global' WHERE "external_ref" = 'note2019-lemkin-seminar-2017';
