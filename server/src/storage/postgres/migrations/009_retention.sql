-- PostgreSQL twin of sqlite/migrations/008_retention.sql: when a pratica ended and when its
-- personal data were anonymised (docs/decisions/2026-12-02-retention.md).
ALTER TABLE pratiche ADD COLUMN ended_at TEXT;
ALTER TABLE pratiche ADD COLUMN anonymised_at TEXT;

UPDATE pratiche SET ended_at = coalesce(
  (SELECT e.event::json ->> 'at' FROM pratica_events e WHERE e.pratica_code = pratiche.code
   ORDER BY e.seq DESC LIMIT 1),
  (SELECT a.at FROM pratica_alerts a WHERE a.pratica_code = pratiche.code AND a.kind = 'silenzio-assenso'),
  protocol_at)
WHERE status LIKE 'ended\_%';

CREATE INDEX pratiche_retention ON pratiche (ente_id, module_id, ended_at)
  WHERE ended_at IS NOT NULL AND anonymised_at IS NULL;
CREATE INDEX drafts_module ON drafts (ente_id, module_id, updated_at);
