-- The ranking's count of levels by unit (`ranking::level_mix`) reads this index alone instead
-- of a province's month of wide evaluation rows (400 → 32 ms for the statement on the nation
-- data set, docs/performance-national.md) (PostgreSQL). Twin: ../sqlite/0026_evaluation_levels_index.sql.
-- Tenant first, as in 0025; one statement, as 0025 says why.
CREATE INDEX evaluations_levels_tenant ON evaluations (tenant_id, family, period_start, unit_path)
    INCLUDE (period_end, level, decided_level);
