-- Issue 11 (filing throughput): every index on pratiche is written by every filing, so two go.
-- pratiche_figures (migration 010) fed the monitoring indicators' scan of the whole register;
-- since 011 they read procedure_counts and only the tests' raw recomputation scans pratiche.
-- pratiche_office and the open-only pratiche_office_due become one index on both: a non-partial
-- (ente_id, office_id, due_date) serves the equality on the office and, for the open pratiche,
-- `due_date IS NOT NULL` as a range in due-date order (indexDiet.test.ts reads the plans).
-- docs/decisions/2026-12-03-filing-throughput.md.
DROP INDEX pratiche_figures;
DROP INDEX pratiche_office;
DROP INDEX pratiche_office_due;
CREATE INDEX pratiche_office_due ON pratiche (ente_id, office_id, due_date);
