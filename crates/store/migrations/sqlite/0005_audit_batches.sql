-- Batches append many audit entries with one move of the head: the head may move forward by
-- any number of entries (a gap would still be caught by `dondoc audit verify`), never back.
DROP TRIGGER audit_head_forward;
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
WHEN NEW.id <> OLD.id OR NEW.seq < OLD.seq
BEGIN
    SELECT RAISE(ABORT, 'audit_head only moves forward');
END;
