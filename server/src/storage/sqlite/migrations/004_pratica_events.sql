-- What happened to a pratica after filing (taken in charge, integration requested, concluded...).
-- The `presented` event is the protocol registration itself and is not repeated here.
CREATE TABLE pratica_events (
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  seq INTEGER NOT NULL,
  event TEXT NOT NULL, -- JSON PraticaEvent of @modulo/procedure
  PRIMARY KEY (pratica_code, seq)
) STRICT;
