-- PostgreSQL twin of sqlite/migrations/003_identity.sql: sessions, pending logins, staff
-- credentials, the login rate limit and tokens live in the database, so any instance answers.

ALTER TABLE sessions ADD COLUMN csrf_token TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE login_states (
  state TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE staff_credentials (
  ente_id TEXT NOT NULL REFERENCES entes(id) ON DELETE CASCADE,
  staff_id TEXT NOT NULL,
  username TEXT,
  password_hash TEXT,
  oidc_subject TEXT,
  PRIMARY KEY (ente_id, staff_id)
);
CREATE UNIQUE INDEX staff_credentials_username ON staff_credentials (ente_id, username);
CREATE INDEX staff_credentials_oidc ON staff_credentials (oidc_subject);

CREATE TABLE login_failures (
  key TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);

CREATE TABLE integration_tokens (
  id TEXT PRIMARY KEY,
  ente_id TEXT NOT NULL REFERENCES entes(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  scopes TEXT NOT NULL,
  secret_sha256 TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX integration_tokens_ente ON integration_tokens (ente_id);
