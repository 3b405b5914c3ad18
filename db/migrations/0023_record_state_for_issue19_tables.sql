-- The tables migration 0022 added are read by feeds, exports and notes (a framework's name in
-- the IATI file, a series in the note, the parts of an activity in the calendar), but raised
-- no record_state version: a renamed framework left the IATI file answering 304 with the old
-- name, and a value kept while the record is unchanged stale. The same triggers as 0019's.
DO $$
DECLARE
  record_table text;
BEGIN
  FOREACH record_table IN ARRAY ARRAY[
    'plan_frameworks', 'plan_clause_continuations', 'activity_series', 'activity_date_parts'
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
