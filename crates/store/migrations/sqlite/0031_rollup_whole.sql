-- A province's whole counts in the task roll-up (twin: ../postgres/0031_rollup_whole.sql, which
-- says why).
INSERT INTO task_rollup (tenant_id, anc_id, child_id, is_key, phase, due_on, n)
SELECT tenant_id, anc_id, 0, is_key, phase, due_on, SUM(n) FROM task_rollup
WHERE anc_id = tenant_id AND child_id <> 0
GROUP BY tenant_id, anc_id, is_key, phase, due_on;
