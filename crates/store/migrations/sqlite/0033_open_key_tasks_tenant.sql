-- PostgreSQL only: 0032's index with the tenant first (../postgres/0033_open_key_tasks_tenant.sql);
-- SQLite's queries never name the tenant beside a path range. Kept so both backends number
-- their migrations alike.
SELECT 1;
