-- Batches append many audit entries with one move of the head: the head may move forward by
-- any number of entries (a gap would still be caught by `dondoc audit verify`), never back.
CREATE OR REPLACE FUNCTION audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.seq < OLD.seq THEN
        RAISE EXCEPTION 'audit_head only moves forward' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
