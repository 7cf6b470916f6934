-- The corrections log is append-only: an entry is never edited or removed, an undo is a new entry.
CREATE TRIGGER `corrections_no_update` BEFORE UPDATE ON `corrections` BEGIN
  SELECT RAISE(ABORT, 'corrections are append-only: add an undo entry instead of editing one');
END;
--> statement-breakpoint
CREATE TRIGGER `corrections_no_delete` BEFORE DELETE ON `corrections` BEGIN
  SELECT RAISE(ABORT, 'corrections are append-only: add an undo entry instead of deleting one');
END;
