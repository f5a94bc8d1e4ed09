-- The citizen's rating of the service a pratica went through (Designers Italia C.SE.1.7): once each.
CREATE TABLE ratings (
  pratica_code TEXT PRIMARY KEY REFERENCES pratiche(code),
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  follow_up TEXT NOT NULL,
  comment TEXT,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX ratings_module ON ratings (ente_id, module_id, at);
