-- The ranking's levels by unit (SQLite). Twin: ../postgres/0026_evaluation_levels_index.sql.
--
-- Nothing to do on SQLite: the index added there leads with the tenant, which only
-- PostgreSQL's queries name beside a path range (see 0022).
SELECT 1;
