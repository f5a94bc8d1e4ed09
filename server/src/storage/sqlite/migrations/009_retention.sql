-- Retention (issue 14): when a pratica ended, so the scheduler finds those whose personal data
-- its module wants anonymised after some years, and when that was done (the register keeps the
-- hashes: docs/decisions/2026-12-02-retention.md).
ALTER TABLE pratiche ADD COLUMN ended_at TEXT;
ALTER TABLE pratiche ADD COLUMN anonymised_at TEXT;

-- Pratiche ended before this migration: the last event's instant, or the silence's.
UPDATE pratiche SET ended_at = coalesce(
  (SELECT json_extract(e.event, '$.at') FROM pratica_events e WHERE e.pratica_code = pratiche.code
   ORDER BY e.seq DESC LIMIT 1),
  (SELECT a.at FROM pratica_alerts a WHERE a.pratica_code = pratiche.code AND a.kind = 'silenzio-assenso'),
  protocol_at)
WHERE status LIKE 'ended_%';

CREATE INDEX pratiche_retention ON pratiche (ente_id, module_id, ended_at)
  WHERE ended_at IS NOT NULL AND anonymised_at IS NULL;
CREATE INDEX drafts_module ON drafts (ente_id, module_id, updated_at);
