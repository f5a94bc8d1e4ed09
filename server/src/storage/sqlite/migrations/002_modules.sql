-- server-modules: staff drafts of modules beside the published versions, who published each
-- version, the browser validators compiled at publish, and the index the draft purge reads.

ALTER TABLE module_versions ADD COLUMN published_by TEXT;

-- A published version is immutable: only its status (published -> archived) may change.
CREATE TRIGGER module_versions_immutable
  BEFORE UPDATE OF ente_id, module_id, version, document, published_at, seq, published_by ON module_versions
  BEGIN SELECT RAISE(ABORT, 'a published module version is immutable'); END;
CREATE TRIGGER module_versions_kept BEFORE DELETE ON module_versions
  BEGIN SELECT RAISE(ABORT, 'a published module version is never deleted'); END;

-- One working draft per module of an ente, stored only after parseModule accepted it.
CREATE TABLE module_drafts (
  ente_id TEXT NOT NULL REFERENCES entes(id),
  module_id TEXT NOT NULL,
  version TEXT NOT NULL,
  document TEXT NOT NULL,
  based_on TEXT, -- the published version it was started from, if any
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (ente_id, module_id)
) STRICT;

-- Ajv standalone and rjsf precompiled validators (ES modules), compiled once per version.
CREATE TABLE module_validators (
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  version TEXT NOT NULL,
  standalone TEXT NOT NULL,
  rjsf TEXT NOT NULL,
  compiled_at TEXT NOT NULL,
  PRIMARY KEY (ente_id, module_id, version),
  FOREIGN KEY (ente_id, module_id, version) REFERENCES module_versions (ente_id, module_id, version)
) STRICT;

CREATE INDEX drafts_updated ON drafts (updated_at);
