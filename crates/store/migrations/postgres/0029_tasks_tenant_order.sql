-- A province's tasks in id order (PostgreSQL). Twin: ../sqlite/0029_tasks_tenant_order.sql.
--
-- A search for a common word walks a province's tasks from the newest (`search::plans`, the
-- walk in id order). The key (id, tenant_id) gives that order for the whole table only: with
-- twenty million tasks the walk for "kiểm tra giám sát" read 74,000 index pages to reach one
-- province's rows (420 ms for the statement; 10 ms with this index and no parallel plan,
-- docs/performance-national.md).
-- Tenant first and named `…_tenant`, as 0022's (PostgreSQL only); one statement, as 0025 says why.
CREATE INDEX tasks_order_tenant ON tasks (tenant_id, id);
