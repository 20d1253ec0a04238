-- Evaluations read by tenant at national scale (SQLite). Twin: ../postgres/0025_evaluation_tenant_indexes.sql.
--
-- Nothing to do on SQLite: the index added there leads with the tenant, which only
-- PostgreSQL's queries name beside a path range (see 0022).
SELECT 1;
