-- The path of a role binding's unit, kept beside the binding (twin: ../postgres/0030_binding_paths.sql,
-- which says why).
ALTER TABLE role_bindings ADD COLUMN unit_path TEXT;
UPDATE role_bindings SET unit_path = (SELECT u.path FROM units u WHERE u.id = role_bindings.unit_id)
 WHERE unit_id IS NOT NULL;
CREATE INDEX role_bindings_path ON role_bindings (unit_path) WHERE unit_path IS NOT NULL;
