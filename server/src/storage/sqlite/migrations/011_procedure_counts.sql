-- Monitoring (issue 14) at a million pratiche: what the indicators count grows with the register,
-- so it is kept pre-aggregated per procedure, exactly and in the same transaction as the change,
-- by triggers (every path that writes pratiche, alerts and events is covered, the seed and the
-- copy included). Anonymisation changes none of the columns counted. The indicators then read
-- these rows, the open pratiche not yet due and the concluded ones: docs/decisions/2026-12-02-monitoring-counts.md.

-- Per procedure: submissions, distinct applicants, ended pratiche, pratiche with a due date (the
-- open ones), silenzio-assenso outcomes, pratiche suspended at least once by an integration request.
CREATE TABLE procedure_counts (
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  submissions INTEGER NOT NULL DEFAULT 0,
  applicants INTEGER NOT NULL DEFAULT 0,
  ended INTEGER NOT NULL DEFAULT 0,
  dated INTEGER NOT NULL DEFAULT 0,
  silenzio_assenso INTEGER NOT NULL DEFAULT 0,
  suspended INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (ente_id, module_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE procedure_months (
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  month TEXT NOT NULL, -- YYYY-MM of the protocol date
  filed INTEGER NOT NULL,
  PRIMARY KEY (ente_id, module_id, month)
) STRICT, WITHOUT ROWID;

-- Who filed for each procedure once at least: its insertion counts a distinct applicant.
CREATE TABLE procedure_applicants (
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  submitter TEXT NOT NULL,
  PRIMARY KEY (ente_id, module_id, submitter)
) STRICT, WITHOUT ROWID;

-- One row per express decision (a `concluded` event): days from filing to the decision's Rome
-- date, and whether that date is on or before the due date computed at filing. The index gives
-- the mean, the share and the median per procedure reading the decisions alone, in order.
CREATE TABLE procedure_decisions (
  pratica_code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  days INTEGER NOT NULL,
  within_term INTEGER NOT NULL,
  PRIMARY KEY (pratica_code, seq)
) STRICT;
CREATE INDEX procedure_decisions_days ON procedure_decisions (ente_id, module_id, days, within_term);

-- The Rome calendar date of an ISO instant (or of a plain date), as @modulo/procedure's romeDate:
-- CEST from 01:00 UTC of March's last Sunday to 01:00 UTC of October's last Sunday. Inlined in the
-- trigger (SQLite has no functions in SQL); `datetime()` takes the offset of the instant into account.

-- Backfill from the rows already there, before the triggers exist.
INSERT INTO procedure_counts (ente_id, module_id, submissions, ended, dated)
  SELECT ente_id, module_id, count(*), sum(status LIKE 'ended_%'), count(due_date)
  FROM pratiche GROUP BY ente_id, module_id;
INSERT INTO procedure_months (ente_id, module_id, month, filed)
  SELECT ente_id, module_id, substr(protocol_date, 1, 7), count(*) FROM pratiche GROUP BY 1, 2, 3;
INSERT INTO procedure_applicants (ente_id, module_id, submitter)
  SELECT DISTINCT ente_id, module_id, submitter FROM pratiche;
UPDATE procedure_counts SET
  applicants = (SELECT count(*) FROM procedure_applicants a
    WHERE a.ente_id = procedure_counts.ente_id AND a.module_id = procedure_counts.module_id),
  silenzio_assenso = (SELECT count(*) FROM pratica_alerts a JOIN pratiche p ON p.code = a.pratica_code
    WHERE a.kind = 'silenzio-assenso' AND p.ente_id = procedure_counts.ente_id
    AND p.module_id = procedure_counts.module_id),
  suspended = (SELECT count(DISTINCT e.pratica_code) FROM pratica_events e JOIN pratiche p ON p.code = e.pratica_code
    WHERE json_extract(e.event, '$.type') = 'integration-requested' AND p.ente_id = procedure_counts.ente_id
    AND p.module_id = procedure_counts.module_id);
INSERT INTO procedure_decisions (pratica_code, seq, ente_id, module_id, days, within_term)
  SELECT code, seq, ente_id, module_id, CAST(julianday(rome) - julianday(protocol_date) AS INTEGER), rome <= deadline
  FROM (SELECT p.code, e.seq, p.ente_id, p.module_id, p.protocol_date, p.deadline,
      date(utc, CASE WHEN utc >= date(substr(utc, 1, 4) || '-03-25', 'weekday 0') || ' 01:00:00'
        AND utc < date(substr(utc, 1, 4) || '-10-25', 'weekday 0') || ' 01:00:00'
        THEN '+2 hours' ELSE '+1 hours' END) AS rome
    FROM (SELECT pratica_code, seq, datetime(json_extract(event, '$.at')) AS utc FROM pratica_events
      WHERE json_extract(event, '$.type') = 'concluded') e
    JOIN pratiche p ON p.code = e.pratica_code);

-- A filing: one more submission and month, perhaps one more applicant (the next trigger).
CREATE TRIGGER procedure_counts_filed AFTER INSERT ON pratiche BEGIN
  INSERT INTO procedure_counts (ente_id, module_id, submissions, ended, dated)
    VALUES (NEW.ente_id, NEW.module_id, 1, NEW.status LIKE 'ended_%', NEW.due_date IS NOT NULL)
    ON CONFLICT DO UPDATE SET submissions = submissions + 1, ended = ended + excluded.ended,
      dated = dated + excluded.dated;
  INSERT INTO procedure_months (ente_id, module_id, month, filed)
    VALUES (NEW.ente_id, NEW.module_id, substr(NEW.protocol_date, 1, 7), 1)
    ON CONFLICT DO UPDATE SET filed = filed + 1;
  INSERT INTO procedure_applicants (ente_id, module_id, submitter)
    VALUES (NEW.ente_id, NEW.module_id, NEW.submitter) ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER procedure_counts_applicant AFTER INSERT ON procedure_applicants BEGIN
  UPDATE procedure_counts SET applicants = applicants + 1
    WHERE ente_id = NEW.ente_id AND module_id = NEW.module_id;
END;

CREATE TRIGGER procedure_counts_ended AFTER UPDATE OF status ON pratiche
  WHEN (OLD.status LIKE 'ended_%') != (NEW.status LIKE 'ended_%') BEGIN
  UPDATE procedure_counts SET ended = ended + CASE WHEN NEW.status LIKE 'ended_%' THEN 1 ELSE -1 END
    WHERE ente_id = NEW.ente_id AND module_id = NEW.module_id;
END;

-- An upsert: migration 008's trigger dates a row filed without a due date from within the same
-- INSERT, perhaps before procedure_counts_filed has created the procedure's row.
CREATE TRIGGER procedure_counts_dated AFTER UPDATE OF due_date ON pratiche
  WHEN (OLD.due_date IS NULL) != (NEW.due_date IS NULL) BEGIN
  INSERT INTO procedure_counts (ente_id, module_id, dated)
    VALUES (NEW.ente_id, NEW.module_id, CASE WHEN NEW.due_date IS NULL THEN -1 ELSE 1 END)
    ON CONFLICT DO UPDATE SET dated = dated + excluded.dated;
END;

CREATE TRIGGER procedure_counts_silenzio AFTER INSERT ON pratica_alerts
  WHEN NEW.kind = 'silenzio-assenso' BEGIN
  UPDATE procedure_counts SET silenzio_assenso = silenzio_assenso + 1
    WHERE (ente_id, module_id) = (SELECT ente_id, module_id FROM pratiche WHERE code = NEW.pratica_code);
END;

CREATE TRIGGER procedure_counts_suspended AFTER INSERT ON pratica_events
  WHEN json_extract(NEW.event, '$.type') = 'integration-requested' AND NOT EXISTS (
    SELECT 1 FROM pratica_events e WHERE e.pratica_code = NEW.pratica_code AND e.seq < NEW.seq
    AND json_extract(e.event, '$.type') = 'integration-requested') BEGIN
  UPDATE procedure_counts SET suspended = suspended + 1
    WHERE (ente_id, module_id) = (SELECT ente_id, module_id FROM pratiche WHERE code = NEW.pratica_code);
END;

CREATE TRIGGER procedure_decisions_concluded AFTER INSERT ON pratica_events
  WHEN json_extract(NEW.event, '$.type') = 'concluded' BEGIN
  INSERT INTO procedure_decisions (pratica_code, seq, ente_id, module_id, days, within_term)
    SELECT code, NEW.seq, ente_id, module_id, CAST(julianday(rome) - julianday(protocol_date) AS INTEGER), rome <= deadline
    FROM (SELECT p.code, p.ente_id, p.module_id, p.protocol_date, p.deadline,
        date(utc, CASE WHEN utc >= date(substr(utc, 1, 4) || '-03-25', 'weekday 0') || ' 01:00:00'
          AND utc < date(substr(utc, 1, 4) || '-10-25', 'weekday 0') || ' 01:00:00'
          THEN '+2 hours' ELSE '+1 hours' END) AS rome
      FROM (SELECT datetime(json_extract(NEW.event, '$.at')) AS utc) e
      JOIN pratiche p ON p.code = NEW.pratica_code);
END;
