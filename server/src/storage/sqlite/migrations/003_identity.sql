-- server-identity: what login needs beyond 001's sessions. Nothing of a login lives only in
-- process memory: a restart or a second instance keeps every session and pending login.

-- A session row's id is the SHA-256 of the cookie value (a leaked table opens no session);
-- the CSRF token is compared with the X-CSRF-Token header on cookie-authenticated writes.
ALTER TABLE sessions ADD COLUMN csrf_token TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- An OIDC login between /auth/login and /auth/callback: PKCE verifier, nonce, where to return.
CREATE TABLE login_states (
  state TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;

-- How staff of the directory log in: a password (scrypt) and/or an OIDC subject ("issuer sub").
-- No foreign key to staff: the directory is replaced whole on update; a credential whose person
-- left the directory simply logs nobody in.
CREATE TABLE staff_credentials (
  ente_id TEXT NOT NULL REFERENCES entes(id) ON DELETE CASCADE,
  staff_id TEXT NOT NULL,
  username TEXT,
  password_hash TEXT,
  oidc_subject TEXT,
  PRIMARY KEY (ente_id, staff_id)
) STRICT;
CREATE UNIQUE INDEX staff_credentials_username ON staff_credentials (ente_id, username);
CREATE INDEX staff_credentials_oidc ON staff_credentials (oidc_subject);

-- Failed logins, counted per key ("ip|ente|username", "ip") over a window: the rate limit
-- survives restarts and is shared by instances.
CREATE TABLE login_failures (
  key TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX login_failures_key ON login_failures (key, at);

-- Integration tokens of an ente: only the SHA-256 of the secret is kept.
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
) STRICT;
CREATE INDEX integration_tokens_ente ON integration_tokens (ente_id);
