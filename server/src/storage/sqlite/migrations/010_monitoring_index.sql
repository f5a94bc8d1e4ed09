-- Monitoring (issue 14): the indicators read these columns of every pratica of an ente. A
-- covering index lets them scan it instead of the wide rows (1 M pratiche: 2.5 s → ~1 s), in
-- module and filing-date order, so the per-month counts need no sort.
CREATE INDEX pratiche_figures ON pratiche (ente_id, module_id, protocol_date, status, due_date, submitter);
