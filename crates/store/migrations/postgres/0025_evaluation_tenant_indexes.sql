-- Evaluations read by tenant at national scale (PostgreSQL). Twin: ../sqlite/0025_evaluation_tenant_indexes.sql.
--
-- A province's evaluations of a month, first page (`evaluation::records::list`: the tenant,
-- the month, the subtree's path range, in unit order): the index gives the unit order, so the
-- page reads its first units' rows instead of sorting the province's 58,600 (406 → 1.3 ms on
-- the nation data set, docs/performance-national.md). Like 0022's, the index leads with the
-- tenant, which only PostgreSQL's queries name. One statement per migration from here on
-- (also 0026): on a Citus cluster a statement on a distributed table is passed to the workers
-- with the migration's whole text, which they refuse when it holds more than one command.
CREATE INDEX evaluations_period_unit_tenant ON evaluations (tenant_id, period, unit_path);
