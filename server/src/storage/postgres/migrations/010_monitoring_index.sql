-- Monitoring (issue 14): the twin of SQLite's 010, a covering index for the indicators' scans.
CREATE INDEX pratiche_figures ON pratiche (ente_id, module_id, protocol_date, status, due_date, submitter);
