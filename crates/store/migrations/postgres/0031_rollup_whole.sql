-- A province's whole counts in the task roll-up (twin: ../sqlite/0031_rollup_whole.sql): under
-- anc_id = the tenant's top unit, child_id 0 counts its tasks once more without the child they
-- lie under, so the national roll-up reads a few thousand rows a province instead of every
-- child's (store::rollup::WHOLE). Written with every task write from now on; here for the rows
-- written before. Citus pushes this down: the same table, grouped by its tenant.
INSERT INTO task_rollup (tenant_id, anc_id, child_id, is_key, phase, due_on, n)
SELECT tenant_id, anc_id, 0, is_key, phase, due_on, SUM(n) FROM task_rollup
WHERE anc_id = tenant_id AND child_id <> 0
GROUP BY tenant_id, anc_id, is_key, phase, due_on;
