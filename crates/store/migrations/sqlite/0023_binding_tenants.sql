-- The tenant of a role binding's unit, kept beside the binding: every signed-in request reads
-- the bound units' paths, and with their tenant that read goes to one shard each on Citus
-- instead of to every shard of `units`. A hint only: a binding whose unit has moved to another
-- province since is still read by id alone (`store::accounts::bindings`).
ALTER TABLE role_bindings ADD COLUMN unit_tenant BIGINT;
UPDATE role_bindings SET unit_tenant = (SELECT u.tenant_id FROM units u WHERE u.id = role_bindings.unit_id)
 WHERE unit_id IS NOT NULL;
