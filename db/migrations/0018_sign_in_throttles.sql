CREATE TABLE "sign_in_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"throttled_until" timestamp with time zone,
	"throttles" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP TABLE "sign_in_failures" CASCADE;