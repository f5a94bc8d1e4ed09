-- Issue 12: a citizen's draft remembers the step it was saved on ("Salva e continua più tardi"),
-- so resuming opens that step; NULL for drafts saved before (they open the first incomplete one).
ALTER TABLE drafts ADD COLUMN step TEXT;

-- The login hands a citizen's session to an embed on another site through a one-time code in
-- the return address (not the session itself): kept by its SHA-256, with the session secret
-- sealed under a key only the code gives, for 60 seconds, taken once.
CREATE TABLE session_handovers (
  code_sha256 TEXT PRIMARY KEY,
  ente_id TEXT NOT NULL,
  sealed TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX session_handovers_expiry ON session_handovers (expires_at);
