-- Register checkpoints: every N links of an AOO's chain, written in the filing transaction of
-- link N, the link's hash and the last protocol number of each year so far, hashed into a
-- chain of checkpoints of their own. A receipt check rehashes from the last checkpoint before
-- its pratica instead of from the first link; `pnpm modulo verify-register` still checks all.
CREATE TABLE register_checkpoints (
  aoo_code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  link_hash TEXT NOT NULL,
  -- JSON object: year -> last protocol number through this link.
  numbers TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (aoo_code, seq)
) STRICT;

CREATE TRIGGER register_checkpoints_no_update BEFORE UPDATE ON register_checkpoints
  BEGIN SELECT RAISE(ABORT, 'register checkpoints are append-only'); END;
CREATE TRIGGER register_checkpoints_no_delete BEFORE DELETE ON register_checkpoints
  BEGIN SELECT RAISE(ABORT, 'register checkpoints are append-only'); END;
