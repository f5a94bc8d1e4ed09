-- Issue 12: a citizen's draft remembers the step it was saved on ("Salva e continua più tardi"),
-- so resuming opens that step; NULL for drafts saved before (they open the first incomplete one).
ALTER TABLE drafts ADD COLUMN step TEXT;
