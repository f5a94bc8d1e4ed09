-- PostgreSQL twin of sqlite/migrations/007_register_checkpoints.sql: the filing batch writes a
-- checkpoint every 1,000 links of an AOO (pgRegisterCheckpoints.ts), and `verifyChain` rehashes
-- from the last one before its target. Registers filed before this migration have none: their
-- checks rehash from the first link (correct, slower).
CREATE TABLE register_checkpoints (
  aoo_code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  link_hash TEXT NOT NULL,
  -- JSON object: year -> last protocol number through this link.
  numbers TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (aoo_code, seq)
);

CREATE FUNCTION register_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS
  $$ BEGIN RAISE EXCEPTION 'register checkpoints are append-only'; END $$;
CREATE TRIGGER register_checkpoints_no_update BEFORE UPDATE OR DELETE ON register_checkpoints
  FOR EACH ROW EXECUTE FUNCTION register_checkpoints_append_only();
