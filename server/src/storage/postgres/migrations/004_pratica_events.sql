-- PostgreSQL twin of sqlite/migrations/004_pratica_events.sql.
CREATE TABLE pratica_events (
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  seq INTEGER NOT NULL,
  event TEXT NOT NULL,
  PRIMARY KEY (pratica_code, seq)
);
