-- The tenant of a role binding's unit, kept beside the binding: every signed-in request reads
-- the bound units' paths, and with their tenant that read goes to one shard each on Citus
-- instead of to every shard of `units`. A hint only: a binding whose unit has moved to another
-- province since is still read by id alone (`store::accounts::bindings`).
ALTER TABLE role_bindings ADD COLUMN unit_tenant BIGINT;
-- A join, not a correlated subquery: Citus refuses the latter across a coordinator table and a
-- distributed one, and plans the join (checked on Citus 13.0.5).
UPDATE role_bindings b SET unit_tenant = u.tenant_id FROM units u WHERE u.id = b.unit_id;
