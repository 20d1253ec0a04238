-- The path of a role binding's unit, kept beside the binding (twin: ../sqlite/0030_binding_paths.sql).
-- Every signed-in request needs the paths of the caller's units to know their scope; read from
-- `units` that was one more statement a request, sent to a worker on Citus. Kept here, signing
-- in reads the coordinator's own tables only (`store::accounts::signed_in`). A unit's move
-- rewrites the paths of the bindings below it, as it does every other copy of a unit's path
-- (`store::units::move_subtree`); a binding without a path is looked up as before.
ALTER TABLE role_bindings ADD COLUMN unit_path TEXT;
-- A join, as in 0023: Citus plans it across a coordinator table and a distributed one.
UPDATE role_bindings b SET unit_path = u.path FROM units u WHERE u.id = b.unit_id;
CREATE INDEX role_bindings_path ON role_bindings (unit_path) WHERE unit_path IS NOT NULL;
