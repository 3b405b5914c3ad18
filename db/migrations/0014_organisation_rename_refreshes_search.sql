-- Renaming an organisation (name, acronym or code) changes what search finds for every
-- activity it is involved in: refresh their stored documents in the same statement.
CREATE FUNCTION activities_search_refresh_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE activities a SET search_vector = activity_search_document(a.id, a.title, a.summary)
  WHERE a.id IN (SELECT ao.activity_id FROM activity_organisations ao WHERE ao.organisation_id = NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_search_rename
  AFTER UPDATE OF name, acronym, code ON organisations
  FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.acronym IS DISTINCT FROM NEW.acronym OR OLD.code IS DISTINCT FROM NEW.code)
  EXECUTE FUNCTION activities_search_refresh_organisation();
