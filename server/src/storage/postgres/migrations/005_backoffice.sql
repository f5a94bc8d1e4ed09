-- PostgreSQL twin of sqlite/migrations/005_backoffice.sql: the inbox's columns kept by every event,
-- outgoing protocol entries on the same gapless counter, messages, once-only alerts, the
-- scheduler's marker.

ALTER TABLE pratiche ADD COLUMN due_date TEXT;
ALTER TABLE pratiche ADD COLUMN suspended_until TEXT;
ALTER TABLE pratiche ADD COLUMN responsible_id TEXT;
ALTER TABLE pratiche ADD COLUMN comune TEXT;

-- The Comune a document's answers name, if it is a string (NULL for a document that is not JSON).
CREATE FUNCTION pratica_comune(document TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  value json;
BEGIN
  value := document::json -> 'answers' -> 'comune';
  RETURN CASE WHEN json_typeof(value) = 'string' THEN value #>> '{}' END;
EXCEPTION WHEN others THEN
  RETURN NULL;
END $$;

UPDATE pratiche SET
  due_date = CASE WHEN status LIKE 'ended\_%' THEN NULL ELSE deadline END,
  responsible_id = assignment::json ->> 'responsibleId',
  comune = pratica_comune(document);

-- A new filing starts with the due date computed at filing (SQLite: an AFTER INSERT trigger). A
-- row that brings its own columns (copy-store from SQLite) keeps them: an open pratica always has
-- a due date there, an ended one none.
CREATE FUNCTION pratiche_backoffice_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.due_date IS NULL AND NEW.status NOT LIKE 'ended\_%' THEN
    NEW.due_date := NEW.deadline;
  END IF;
  NEW.responsible_id := coalesce(NEW.responsible_id, NEW.assignment::json ->> 'responsibleId');
  NEW.comune := coalesce(NEW.comune, pratica_comune(NEW.document));
  RETURN NEW;
END $$;
CREATE TRIGGER pratiche_backoffice_columns BEFORE INSERT ON pratiche
  FOR EACH ROW EXECUTE FUNCTION pratiche_backoffice_columns();

CREATE INDEX pratiche_inbox ON pratiche (ente_id, status, due_date);
CREATE INDEX pratiche_open_by_due ON pratiche (ente_id, due_date) WHERE due_date IS NOT NULL;
CREATE INDEX pratiche_office_due ON pratiche (ente_id, office_id, due_date) WHERE due_date IS NOT NULL;
CREATE INDEX pratiche_responsible_due ON pratiche (ente_id, responsible_id, due_date) WHERE due_date IS NOT NULL;
CREATE INDEX pratiche_module_due ON pratiche (ente_id, module_id, due_date) WHERE due_date IS NOT NULL;

-- Numbered from protocol_counters inside the event's transaction, under the same locks as a filing.
CREATE TABLE outgoing_protocols (
  aoo_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  kind TEXT NOT NULL CHECK (kind IN ('integration_request', 'preavviso', 'decision')),
  at TEXT NOT NULL,
  date TEXT NOT NULL,
  segnatura TEXT NOT NULL,
  subject TEXT NOT NULL,
  document_sha256 TEXT NOT NULL,
  PRIMARY KEY (aoo_code, year, number)
);
CREATE INDEX outgoing_protocols_pratica ON outgoing_protocols (pratica_code);

CREATE TABLE pratica_messages (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  at TEXT NOT NULL,
  sender TEXT NOT NULL CHECK (sender IN ('office', 'citizen')),
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  attachments TEXT NOT NULL DEFAULT '[]' -- JSON [{ uploadId, name, mediaType, size, sha256 }]
);
CREATE INDEX pratica_messages_pratica ON pratica_messages (pratica_code, id);

CREATE TABLE pratica_alerts (
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (pratica_code, kind)
);

CREATE TABLE scheduler_runs (
  job TEXT PRIMARY KEY,
  last_run TEXT NOT NULL
);

-- Outgoing webhooks per ente and their delivery queue (see sqlite/migrations/005_backoffice.sql).
CREATE TABLE webhooks (
  id TEXT PRIMARY KEY,
  ente_id TEXT NOT NULL REFERENCES entes(id),
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL,
  active BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE webhook_deliveries (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  webhook_id TEXT NOT NULL REFERENCES webhooks(id),
  ente_id TEXT NOT NULL,
  audit_seq BIGINT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at TEXT NOT NULL,
  last_error TEXT,
  delivered_at TEXT,
  UNIQUE (webhook_id, audit_seq)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_at);
