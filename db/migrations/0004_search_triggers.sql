-- What full-text search reads for an activity: its title (weight A), summary (B), the
-- acronyms, codes and names of the organisations involved (C) and its report outcomes (D).
CREATE FUNCTION activity_search_document(activity uuid, title text, summary text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(coalesce(o.acronym, '') || ' ' || o.code || ' ' || o.name, ' ')
           FROM activity_organisations ao JOIN organisations o ON o.id = ao.organisation_id
           WHERE ao.activity_id = activity), '')), 'C')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(r.outcomes, ' ') FROM reports r WHERE r.activity_id = activity), '')), 'D')
$$;
--> statement-breakpoint
CREATE FUNCTION activities_search_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := activity_search_document(NEW.id, NEW.title, NEW.summary);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER activities_search
  BEFORE INSERT OR UPDATE OF title, summary ON activities
  FOR EACH ROW EXECUTE FUNCTION activities_search_on_write();
--> statement-breakpoint
-- Organisations and reports change the document too: one UPDATE per statement, so a bulk
-- insert of links costs one pass, not one per row.
CREATE FUNCTION activities_search_refresh_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE activities a SET search_vector = activity_search_document(a.id, a.title, a.summary)
  WHERE a.id IN (SELECT DISTINCT activity_id FROM changed_rows);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER activity_organisations_search_insert
  AFTER INSERT ON activity_organisations REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION activities_search_refresh_added();
--> statement-breakpoint
CREATE TRIGGER activity_organisations_search_delete
  AFTER DELETE ON activity_organisations REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION activities_search_refresh_added();
--> statement-breakpoint
CREATE TRIGGER reports_search_insert
  AFTER INSERT ON reports REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION activities_search_refresh_added();
--> statement-breakpoint
CREATE TRIGGER reports_search_update
  AFTER UPDATE ON reports REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION activities_search_refresh_added();
--> statement-breakpoint
UPDATE activities SET search_vector = activity_search_document(id, title, summary);
