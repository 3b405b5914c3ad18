DROP INDEX "activities_status_idx";--> statement-breakpoint
DROP INDEX "activities_start_date_idx";--> statement-breakpoint
CREATE INDEX "activities_status_order_idx" ON "activities" USING btree ("status","start_date" DESC NULLS LAST,"created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "activities_title_idx" ON "activities" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "activities_start_date_idx" ON "activities" USING btree ("start_date" DESC NULLS LAST,"created_at" DESC NULLS FIRST,"id");