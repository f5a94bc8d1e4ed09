-- PostgreSQL twin of sqlite/migrations/007_register_checkpoints.sql. The table is mirrored so that
-- both stores share one schema history; the PostgreSQL filing batch does not write checkpoints
-- yet, so `verifyChain` on PostgreSQL always rehashes from the first link (correct, slower).
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
