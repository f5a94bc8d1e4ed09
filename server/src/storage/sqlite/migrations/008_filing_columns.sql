-- The filing transaction writes the back-office columns itself (due_date, responsible_id, comune,
-- with the same expressions the trigger used): the AFTER INSERT trigger's UPDATE wrote every new
-- row and its five due-date indexes twice, a fifth of a filing's SQLite time (measured with the
-- store's own filing path). The trigger stays for rows that come without them.
DROP TRIGGER pratiche_backoffice_columns;
CREATE TRIGGER pratiche_backoffice_columns AFTER INSERT ON pratiche WHEN NEW.due_date IS NULL BEGIN
  UPDATE pratiche SET
    due_date = NEW.deadline,
    responsible_id = json_extract(NEW.assignment, '$.responsibleId'),
    comune = CASE WHEN json_valid(NEW.document) THEN json_extract(NEW.document, '$.answers.comune') END
  WHERE code = NEW.code;
END;

-- The citizen an integration token filed for (`onBehalfOf`): their personal area lists it too.
ALTER TABLE pratiche ADD COLUMN on_behalf_of TEXT;
CREATE INDEX pratiche_on_behalf_of ON pratiche (ente_id, on_behalf_of) WHERE on_behalf_of IS NOT NULL;
