ALTER TABLE "activities" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
CREATE INDEX "activities_type_idx" ON "activities" USING btree ("type");--> statement-breakpoint
CREATE INDEX "activities_country_idx" ON "activities" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "activities_search_idx" ON "activities" USING gin ("search_vector");