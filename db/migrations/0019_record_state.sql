CREATE TABLE "record_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_state_one_row" CHECK ("record_state"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "record_state" ("id") VALUES (1);
--> statement-breakpoint
-- Bumps the record's version once per transaction. It runs as a deferred trigger, at commit,
-- so the one row is locked only for the instant before the commit: writers do not queue on it
-- for the length of their transactions, and, being the last lock each takes, it cannot close
-- a deadlock. The transaction-local flag spares the 19,999 other rows of a bulk import.
CREATE FUNCTION record_state_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('tracker.record_bumped', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('tracker.record_bumped', 'yes', true);
    UPDATE record_state
      SET version = version + 1, changed_at = greatest(changed_at, clock_timestamp())
      WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Every table a feed, export, API answer or note is made from; not accounts, sessions,
-- notifications or the audit trail, whose changes alter no published record.
DO $$
DECLARE
  record_table text;
BEGIN
  FOREACH record_table IN ARRAY ARRAY[
    'activities', 'activity_themes', 'activity_organisations', 'activity_clauses',
    'organisations', 'plan_editions', 'plan_sections', 'plan_clauses',
    'reports', 'report_attachments', 'background_notes'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_state_bump()',
      record_table || '_record_state', record_table);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION record_state_bump()',
      record_table || '_record_state_truncate', record_table);
  END LOOP;
END;
$$;
