-- Evaluations read by tenant at national scale (PostgreSQL). Twin: ../sqlite/0025_evaluation_tenant_indexes.sql.
--
-- A province's evaluations of a month, first page (`evaluation::records::list`: the tenant,
-- the month, the subtree's path range, in unit order): the index gives the unit order, so the
-- page reads its first units' rows instead of sorting the province's 58,600 (406 → 1.3 ms on
-- the nation data set, docs/performance-national.md). The ranking's count of levels by unit
-- (`ranking::level_mix`) reads the second index alone (400 → about 45 ms a ranking). Like 0022's,
-- these lead with the tenant, which only PostgreSQL's queries name.
CREATE INDEX evaluations_period_unit_tenant ON evaluations (tenant_id, period, unit_path);
CREATE INDEX evaluations_levels_tenant ON evaluations (tenant_id, family, period_start, unit_path)
    INCLUDE (period_end, level, decided_level);
