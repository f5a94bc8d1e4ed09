-- Core tables of server-core: entes and their directories, published modules (minimal),
-- uploads, pratiche with the protocol register and its hash chain, idempotency, audit,
-- and minimal drafts and sessions that server-modules and server-identity extend.

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
) STRICT;

CREATE TABLE offices (
  ente_id TEXT NOT NULL REFERENCES entes(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  data TEXT NOT NULL, -- JSON: ipaUo, email, pec, phone, address, hours
  PRIMARY KEY (ente_id, id)
) STRICT;

CREATE TABLE staff (
  ente_id TEXT NOT NULL REFERENCES entes(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  data TEXT NOT NULL, -- JSON: title, roles, email, phone
  PRIMARY KEY (ente_id, id)
) STRICT;

CREATE TABLE staff_offices (
  ente_id TEXT NOT NULL,
  staff_id TEXT NOT NULL,
  office_id TEXT NOT NULL,
  PRIMARY KEY (ente_id, staff_id, office_id),
  FOREIGN KEY (ente_id, staff_id) REFERENCES staff(ente_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ente_id, office_id) REFERENCES offices(ente_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE module_versions (
  ente_id TEXT NOT NULL REFERENCES entes(id),
  module_id TEXT NOT NULL,
  version TEXT NOT NULL,
  document TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('published', 'archived')),
  published_at TEXT NOT NULL,
  seq INTEGER NOT NULL, -- publication order: the highest is the current version
  PRIMARY KEY (ente_id, module_id, version)
) STRICT;

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
  content BLOB NOT NULL
) STRICT;
CREATE INDEX uploads_expiry ON uploads (expires_at) WHERE pratica_code IS NULL;

CREATE TABLE protocol_counters (
  aoo_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (aoo_code, year)
) STRICT;

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
  assignment TEXT NOT NULL, -- JSON Assignment
  deadline TEXT NOT NULL,
  term_days INTEGER NOT NULL,
  fees TEXT NOT NULL,
  subject TEXT NOT NULL,
  document TEXT NOT NULL,
  document_sha256 TEXT NOT NULL,
  UNIQUE (aoo_code, protocol_year, protocol_number)
) STRICT;
CREATE INDEX pratiche_submitter ON pratiche (ente_id, submitter);
CREATE INDEX pratiche_office ON pratiche (ente_id, office_id);

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
) STRICT;

-- The hash chain over each AOO's register: hash = SHA-256(prev_hash || entry).
CREATE TABLE register (
  aoo_code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  pratica_code TEXT NOT NULL UNIQUE REFERENCES pratiche(code),
  entry TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (aoo_code, seq)
) STRICT;

CREATE TABLE idempotency (
  ente_id TEXT NOT NULL,
  submitter TEXT NOT NULL,
  key TEXT NOT NULL,
  request_sha256 TEXT NOT NULL,
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  PRIMARY KEY (ente_id, submitter, key)
) STRICT;

CREATE TABLE audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  ente_id TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  data TEXT
) STRICT;
CREATE INDEX audit_subject ON audit (ente_id, subject);
-- Append-only: the database itself refuses to change or remove an event.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TABLE drafts (
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  owner TEXT NOT NULL,
  version TEXT NOT NULL,
  answers TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (ente_id, module_id, owner)
) STRICT;

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
