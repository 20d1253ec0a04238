-- PostgreSQL only: a subtree's open tasks in deadline order with the tenant first
-- (../postgres/0034_open_order_tenant.sql); SQLite's queries never name the tenant beside a
-- path range. Kept so both backends number their migrations alike.
SELECT 1;
