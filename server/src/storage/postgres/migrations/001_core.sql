-- PostgreSQL twin of sqlite/migrations/001_core.sql: same tables, columns and constraints.
-- Instants stay ISO text (as on SQLite: compared as strings, returned exactly as stored); JSON
-- stays text too, because documents are hashed byte for byte (jsonb would reorder keys).

CREATE TABLE entes (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('comune', 'unione')),
  name TEXT NOT NULL,
  ipa_code TEXT NOT NULL,
  aoo_code TEXT NOT NULL UNIQUE,
  aoo_name TEXT NOT NULL,
  aoo_register TEXT NOT NULL,
  unione TEXT REFERENCES entes(id),
  patron TEXT,
  embed_origins TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE offices (
  ente_id TEXT NOT NULL REFERENCES entes(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (ente_id, id)
);

CREATE TABLE staff (
  ente_id TEXT NOT NULL REFERENCES entes(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (ente_id, id)
);

CREATE TABLE staff_offices (
  ente_id TEXT NOT NULL,
  staff_id TEXT NOT NULL,
  office_id TEXT NOT NULL,
  -- SQLite lists links by rowid (insertion order); here an explicit position.
  position INTEGER GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (ente_id, staff_id, office_id),
  FOREIGN KEY (ente_id, staff_id) REFERENCES staff(ente_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ente_id, office_id) REFERENCES offices(ente_id, id) ON DELETE CASCADE
);

CREATE TABLE module_versions (
  ente_id TEXT NOT NULL REFERENCES entes(id),
  module_id TEXT NOT NULL,
  version TEXT NOT NULL,
  document TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('published', 'archived')),
  published_at TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (ente_id, module_id, version)
);

CREATE TABLE uploads (
  id TEXT PRIMARY KEY,
  ente_id TEXT NOT NULL REFERENCES entes(id),
  owner TEXT NOT NULL,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  pratica_code TEXT,
  content BYTEA NOT NULL
);
CREATE INDEX uploads_expiry ON uploads (expires_at) WHERE pratica_code IS NULL;

-- One row per AOO and year, locked by the filing transaction: numbers are gapless across instances.
CREATE TABLE protocol_counters (
  aoo_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (aoo_code, year)
);

CREATE TABLE pratiche (
  code TEXT PRIMARY KEY,
  ente_id TEXT NOT NULL REFERENCES entes(id),
  module_id TEXT NOT NULL,
  module_version TEXT NOT NULL,
  submitter TEXT NOT NULL,
  status TEXT NOT NULL,
  aoo_code TEXT NOT NULL,
  protocol_year INTEGER NOT NULL,
  protocol_number INTEGER NOT NULL,
  protocol_at TEXT NOT NULL,
  protocol_date TEXT NOT NULL,
  segnatura TEXT NOT NULL,
  office_id TEXT,
  assignment TEXT NOT NULL,
  deadline TEXT NOT NULL,
  term_days INTEGER NOT NULL,
  fees TEXT NOT NULL,
  subject TEXT NOT NULL,
  document TEXT NOT NULL,
  document_sha256 TEXT NOT NULL,
  UNIQUE (aoo_code, protocol_year, protocol_number)
);
CREATE INDEX pratiche_submitter ON pratiche (ente_id, submitter);
CREATE INDEX pratiche_office ON pratiche (ente_id, office_id);
CREATE INDEX pratiche_recent ON pratiche (ente_id, protocol_at DESC, protocol_number DESC);

CREATE TABLE pratica_attachments (
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  position INTEGER NOT NULL,
  field_id TEXT NOT NULL,
  upload_id TEXT NOT NULL REFERENCES uploads(id),
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  PRIMARY KEY (pratica_code, position)
);

-- The hash chain over each AOO's register: hash = SHA-256(prev_hash || entry).
CREATE TABLE register (
  aoo_code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  pratica_code TEXT NOT NULL UNIQUE REFERENCES pratiche(code),
  entry TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (aoo_code, seq)
);

CREATE TABLE idempotency (
  ente_id TEXT NOT NULL,
  submitter TEXT NOT NULL,
  key TEXT NOT NULL,
  request_sha256 TEXT NOT NULL,
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  PRIMARY KEY (ente_id, submitter, key)
);

CREATE TABLE audit (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TEXT NOT NULL,
  ente_id TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  data TEXT
);
CREATE INDEX audit_subject ON audit (ente_id, subject);
-- Append-only: the database itself refuses to change or remove an event.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
  $$ BEGIN RAISE EXCEPTION 'audit is append-only'; END $$;
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

CREATE TABLE drafts (
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  owner TEXT NOT NULL,
  version TEXT NOT NULL,
  answers TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (ente_id, module_id, owner)
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
