-- Flow and template versions are immutable: a session pinned to a version must always find it as it was.
-- Changes are new versions; publishing moves the pointer in the *_publications tables.
CREATE OR REPLACE FUNCTION conversation_version_reject_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% versions are immutable: store a new version instead', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER conversation_flow_versions_no_update
  BEFORE UPDATE ON conversation_flow_versions
  FOR EACH ROW EXECUTE FUNCTION conversation_version_reject_update();
--> statement-breakpoint
CREATE TRIGGER conversation_template_versions_no_update
  BEFORE UPDATE ON conversation_template_versions
  FOR EACH ROW EXECUTE FUNCTION conversation_version_reject_update();
