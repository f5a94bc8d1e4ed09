-- PostgreSQL twin of sqlite/migrations/011_procedure_counts.sql: the monitoring counts per
-- procedure, kept by triggers in the same transaction as each change. A filing batch's multi-row
-- INSERT updates them once per statement (transition table), each (ente, module) row in key order.

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
);

CREATE TABLE procedure_months (
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  month TEXT NOT NULL,
  filed INTEGER NOT NULL,
  PRIMARY KEY (ente_id, module_id, month)
);

CREATE TABLE procedure_applicants (
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  submitter TEXT NOT NULL,
  PRIMARY KEY (ente_id, module_id, submitter)
);

CREATE TABLE procedure_decisions (
  pratica_code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  ente_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  days INTEGER NOT NULL,
  within_term BOOLEAN NOT NULL,
  PRIMARY KEY (pratica_code, seq)
);
CREATE INDEX procedure_decisions_days ON procedure_decisions (ente_id, module_id, days, within_term);

-- The Rome calendar date of an ISO instant, or the date itself (as @modulo/procedure's romeDate).
CREATE FUNCTION rome_date(at TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN at ~ '^\d{4}-\d{2}-\d{2}$' THEN at
    ELSE to_char(at::timestamptz AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') END
$$;

INSERT INTO procedure_counts (ente_id, module_id, submissions, ended, dated)
  SELECT ente_id, module_id, count(*), count(*) FILTER (WHERE status LIKE 'ended\_%'), count(due_date)
  FROM pratiche GROUP BY ente_id, module_id;
INSERT INTO procedure_months (ente_id, module_id, month, filed)
  SELECT ente_id, module_id, substr(protocol_date, 1, 7), count(*) FROM pratiche GROUP BY 1, 2, 3;
INSERT INTO procedure_applicants (ente_id, module_id, submitter)
  SELECT DISTINCT ente_id, module_id, submitter FROM pratiche;
UPDATE procedure_counts c SET
  applicants = (SELECT count(*) FROM procedure_applicants a
    WHERE a.ente_id = c.ente_id AND a.module_id = c.module_id),
  silenzio_assenso = (SELECT count(*) FROM pratica_alerts a JOIN pratiche p ON p.code = a.pratica_code
    WHERE a.kind = 'silenzio-assenso' AND p.ente_id = c.ente_id AND p.module_id = c.module_id),
  suspended = (SELECT count(DISTINCT e.pratica_code) FROM pratica_events e JOIN pratiche p ON p.code = e.pratica_code
    WHERE e.event::json ->> 'type' = 'integration-requested' AND p.ente_id = c.ente_id AND p.module_id = c.module_id);
INSERT INTO procedure_decisions (pratica_code, seq, ente_id, module_id, days, within_term)
  SELECT p.code, e.seq, p.ente_id, p.module_id,
    rome_date(e.event::json ->> 'at')::date - p.protocol_date::date, rome_date(e.event::json ->> 'at') <= p.deadline
  FROM pratica_events e JOIN pratiche p ON p.code = e.pratica_code
  WHERE e.event::json ->> 'type' = 'concluded';

CREATE FUNCTION procedure_counts_filed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO procedure_counts AS c (ente_id, module_id, submissions, ended, dated)
    SELECT ente_id, module_id, count(*), count(*) FILTER (WHERE status LIKE 'ended\_%'), count(due_date)
    FROM filed GROUP BY ente_id, module_id ORDER BY ente_id, module_id
    ON CONFLICT (ente_id, module_id) DO UPDATE SET submissions = c.submissions + excluded.submissions,
      ended = c.ended + excluded.ended, dated = c.dated + excluded.dated;
  INSERT INTO procedure_months AS m (ente_id, module_id, month, filed)
    SELECT ente_id, module_id, substr(protocol_date, 1, 7), count(*) FROM filed GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (ente_id, module_id, month) DO UPDATE SET filed = m.filed + excluded.filed;
  WITH fresh AS (
    INSERT INTO procedure_applicants (ente_id, module_id, submitter)
      SELECT DISTINCT ente_id, module_id, submitter FROM filed
      ON CONFLICT DO NOTHING RETURNING ente_id, module_id)
  UPDATE procedure_counts c SET applicants = c.applicants + f.n
    FROM (SELECT ente_id, module_id, count(*) AS n FROM fresh GROUP BY 1, 2) f
    WHERE c.ente_id = f.ente_id AND c.module_id = f.module_id;
  RETURN NULL;
END $$;
CREATE TRIGGER procedure_counts_filed AFTER INSERT ON pratiche REFERENCING NEW TABLE AS filed
  FOR EACH STATEMENT EXECUTE FUNCTION procedure_counts_filed();

CREATE FUNCTION procedure_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE procedure_counts SET
    ended = ended + (NEW.status LIKE 'ended\_%')::int - (OLD.status LIKE 'ended\_%')::int,
    dated = dated + (NEW.due_date IS NOT NULL)::int - (OLD.due_date IS NOT NULL)::int
  WHERE ente_id = NEW.ente_id AND module_id = NEW.module_id;
  RETURN NULL;
END $$;
CREATE TRIGGER procedure_counts_changed AFTER UPDATE OF status, due_date ON pratiche FOR EACH ROW
  WHEN ((OLD.status LIKE 'ended\_%') IS DISTINCT FROM (NEW.status LIKE 'ended\_%')
    OR (OLD.due_date IS NULL) IS DISTINCT FROM (NEW.due_date IS NULL))
  EXECUTE FUNCTION procedure_counts_changed();

CREATE FUNCTION procedure_counts_silenzio() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE procedure_counts c SET silenzio_assenso = c.silenzio_assenso + 1
    FROM pratiche p WHERE p.code = NEW.pratica_code AND c.ente_id = p.ente_id AND c.module_id = p.module_id;
  RETURN NULL;
END $$;
CREATE TRIGGER procedure_counts_silenzio AFTER INSERT ON pratica_alerts FOR EACH ROW
  WHEN (NEW.kind = 'silenzio-assenso') EXECUTE FUNCTION procedure_counts_silenzio();

CREATE FUNCTION procedure_counts_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind TEXT := NEW.event::json ->> 'type';
BEGIN
  IF kind = 'integration-requested' AND NOT EXISTS (
    SELECT 1 FROM pratica_events e WHERE e.pratica_code = NEW.pratica_code AND e.seq < NEW.seq
    AND e.event::json ->> 'type' = 'integration-requested') THEN
    UPDATE procedure_counts c SET suspended = c.suspended + 1
      FROM pratiche p WHERE p.code = NEW.pratica_code AND c.ente_id = p.ente_id AND c.module_id = p.module_id;
  ELSIF kind = 'concluded' THEN
    INSERT INTO procedure_decisions (pratica_code, seq, ente_id, module_id, days, within_term)
      SELECT p.code, NEW.seq, p.ente_id, p.module_id,
        rome_date(NEW.event::json ->> 'at')::date - p.protocol_date::date,
        rome_date(NEW.event::json ->> 'at') <= p.deadline
      FROM pratiche p WHERE p.code = NEW.pratica_code;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER procedure_counts_event AFTER INSERT ON pratica_events FOR EACH ROW
  EXECUTE FUNCTION procedure_counts_event();
