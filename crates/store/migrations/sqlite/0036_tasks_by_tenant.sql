-- PostgreSQL only: the tasks table in partitions by tenant, so that a province's search reads
-- its own trigram lists (../postgres/0036_tasks_by_tenant.sql). SQLite holds one district or
-- one city, whose index is already that small. Kept so both backends number their migrations
-- alike.
SELECT 1;
