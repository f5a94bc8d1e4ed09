-- PostgreSQL twin of sqlite/migrations/008_filing_columns.sql. The back-office columns are already
-- filled by a BEFORE INSERT trigger that keeps what a row brings (005): nothing to change there.

-- The citizen an integration token filed for (`onBehalfOf`): their personal area lists it too.
ALTER TABLE pratiche ADD COLUMN on_behalf_of TEXT;
CREATE INDEX pratiche_on_behalf_of ON pratiche (ente_id, on_behalf_of) WHERE on_behalf_of IS NOT NULL;
