-- The back office (issue 14): what lets the inbox sort by days left in the database, outgoing
-- protocol entries, office-citizen messages, and the scheduler's once-only alerts.

-- The current due date (NULL once ended), kept by every event and by the scheduler: days left
-- depend on the calendar, so the database sorts by the date, not by a number of days.
ALTER TABLE pratiche ADD COLUMN due_date TEXT;
-- The latest day an open suspension can end, if one is open.
ALTER TABLE pratiche ADD COLUMN suspended_until TEXT;
-- Who it is routed to now (reassignments change it) and the member Comune it concerns, if any.
ALTER TABLE pratiche ADD COLUMN responsible_id TEXT;
ALTER TABLE pratiche ADD COLUMN comune TEXT;

UPDATE pratiche SET
  due_date = CASE WHEN status LIKE 'ended_%' THEN NULL ELSE deadline END,
  responsible_id = json_extract(assignment, '$.responsibleId'),
  comune = json_extract(document, '$.answers.comune');

-- A new filing starts with the due date computed at filing.
CREATE TRIGGER pratiche_backoffice_columns AFTER INSERT ON pratiche BEGIN
  UPDATE pratiche SET
    due_date = NEW.deadline,
    responsible_id = json_extract(NEW.assignment, '$.responsibleId'),
    comune = CASE WHEN json_valid(NEW.document) THEN json_extract(NEW.document, '$.answers.comune') END
  WHERE code = NEW.code;
END;

CREATE INDEX pratiche_inbox ON pratiche (ente_id, status, due_date);
CREATE INDEX pratiche_open_by_due ON pratiche (ente_id, due_date) WHERE due_date IS NOT NULL;
CREATE INDEX pratiche_office_due ON pratiche (ente_id, office_id, due_date) WHERE due_date IS NOT NULL;
CREATE INDEX pratiche_responsible_due ON pratiche (ente_id, responsible_id, due_date) WHERE due_date IS NOT NULL;
CREATE INDEX pratiche_module_due ON pratiche (ente_id, module_id, due_date) WHERE due_date IS NOT NULL;

-- Outgoing documents the law wants protocolled (integration request, preavviso, decision): their
-- numbers come from the same gapless counter as the incoming filings (protocol_counters).
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
) STRICT;
CREATE INDEX outgoing_protocols_pratica ON outgoing_protocols (pratica_code);

CREATE TABLE pratica_messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  at TEXT NOT NULL,
  sender TEXT NOT NULL CHECK (sender IN ('office', 'citizen')),
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  attachments TEXT NOT NULL DEFAULT '[]' -- JSON [{ uploadId, name, mediaType, size, sha256 }]
) STRICT;
CREATE INDEX pratica_messages_pratica ON pratica_messages (pratica_code, id);

-- What the scheduler did once per pratica (overdue, escalation, a suspension's end...): the
-- primary key makes a second run, or a run after a restart, a no-op.
CREATE TABLE pratica_alerts (
  pratica_code TEXT NOT NULL REFERENCES pratiche(code),
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (pratica_code, kind)
) STRICT;

CREATE TABLE scheduler_runs (
  job TEXT PRIMARY KEY,
  last_run TEXT NOT NULL
) STRICT;

-- Outgoing webhooks per ente: each audit event is queued once per webhook (the cursor moves in
-- the same transaction), then delivered with retries and exponential backoff.
CREATE TABLE webhooks (
  id TEXT PRIMARY KEY,
  ente_id TEXT NOT NULL REFERENCES entes(id),
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE webhook_deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  webhook_id TEXT NOT NULL REFERENCES webhooks(id),
  ente_id TEXT NOT NULL,
  audit_seq INTEGER NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at TEXT NOT NULL,
  last_error TEXT,
  delivered_at TEXT,
  UNIQUE (webhook_id, audit_seq)
) STRICT;
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_at);
