-- A province's tasks in id order (SQLite). Twin: ../postgres/0029_tasks_tenant_order.sql.
--
-- Nothing to do on SQLite: the index added there leads with the tenant, which only
-- PostgreSQL's queries name beside a path range (see 0022).
SELECT 1;
