-- PostgreSQL only: a subtree's open key tasks by tenant and path
-- (../postgres/0035_open_key_tasks_path.sql); SQLite's queries never name the tenant beside a
-- path range. Kept so both backends number their migrations alike.
SELECT 1;
