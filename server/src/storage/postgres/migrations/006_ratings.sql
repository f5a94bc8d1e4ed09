-- PostgreSQL twin of sqlite/migrations/006_ratings.sql: one rating per pratica (C.SE.1.7).
CREATE TABLE ratings (
  pratica_code TEXT PRIMARY KEY REFERENCES pratiche(code),
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  follow_up TEXT NOT NULL,
  comment TEXT,
  at TEXT NOT NULL
);
CREATE INDEX ratings_module ON ratings (ente_id, module_id, at);
