-- Compliance requirements set from a document (PostgreSQL). Twin: ../sqlite/0015_compliance_forms.sql.
--
-- A requirement may name the document it comes from (153-KH/QU: every chi bộ holds its
-- political study session in the October 2023 meeting), so the document's page lists it; and
-- requirements are listed by issuing unit; a unit's officers find what their units still owe
-- by path ("Việc của tôi").
ALTER TABLE requirements ADD COLUMN document_id BIGINT REFERENCES documents(id);
CREATE INDEX requirements_document ON requirements (document_id);
CREATE INDEX requirements_issuer ON requirements (issuer_unit_id);
CREATE INDEX requirement_items_unit_path ON requirement_items (unit_path);

-- A notification may be about a requirement (the units not done by its due date) instead of
-- a task: the page and the mail link to the requirement.
ALTER TABLE notifications ADD COLUMN requirement_id BIGINT REFERENCES requirements(id);
