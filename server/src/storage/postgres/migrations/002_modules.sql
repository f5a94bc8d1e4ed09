-- PostgreSQL twin of sqlite/migrations/002_modules.sql.

ALTER TABLE module_versions ADD COLUMN published_by TEXT;

-- A published version is immutable: only its status (published -> archived) may change.
CREATE FUNCTION module_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a published module version is never deleted';
  END IF;
  IF (NEW.ente_id, NEW.module_id, NEW.version, NEW.document, NEW.published_at, NEW.seq)
       IS DISTINCT FROM (OLD.ente_id, OLD.module_id, OLD.version, OLD.document, OLD.published_at, OLD.seq)
     OR NEW.published_by IS DISTINCT FROM OLD.published_by THEN
    RAISE EXCEPTION 'a published module version is immutable';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER module_versions_immutable BEFORE UPDATE OR DELETE ON module_versions
  FOR EACH ROW EXECUTE FUNCTION module_versions_guard();

CREATE TABLE module_drafts (
  ente_id TEXT NOT NULL REFERENCES entes(id),
  module_id TEXT NOT NULL,
  version TEXT NOT NULL,
  document TEXT NOT NULL,
  based_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (ente_id, module_id)
);

CREATE TABLE module_validators (
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  version TEXT NOT NULL,
  standalone TEXT NOT NULL,
  rjsf TEXT NOT NULL,
  compiled_at TEXT NOT NULL,
  PRIMARY KEY (ente_id, module_id, version),
  FOREIGN KEY (ente_id, module_id, version) REFERENCES module_versions (ente_id, module_id, version)
);

CREATE INDEX drafts_updated ON drafts (updated_at);
