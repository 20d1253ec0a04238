-- The stable code ("Mã") a spreadsheet row carries, kept on the records an import created
-- (sqlite). Twin: ../postgres/0014_import_codes.sql.
--
-- A sheet an office keeps has its own codes ("CB-0001", "DV-BODE"); the first import stores
-- the code on the record it creates, and importing the same sheet again updates that record
-- instead of adding a copy. Records without a code are named in exported sheets by their id
-- ("NV-1024", `domain::external_code`), which an import reads back too. A code is looked up
-- within the scope of the import (a unit's subtree, a plan), so two districts may use the same
-- codes; the index serves that lookup.

ALTER TABLE units ADD COLUMN ext_code TEXT;
ALTER TABLE people ADD COLUMN ext_code TEXT;
ALTER TABLE targets ADD COLUMN ext_code TEXT;
ALTER TABLE tasks ADD COLUMN ext_code TEXT;

CREATE INDEX units_ext_code ON units (tenant_id, ext_code);
CREATE INDEX people_ext_code ON people (tenant_id, ext_code);
CREATE INDEX targets_ext_code ON targets (tenant_id, ext_code);
CREATE INDEX tasks_ext_code ON tasks (plan_id, ext_code);
