-- Tasks held in 32 partitions by a hash of the tenant (the province), on plain PostgreSQL.
--
-- Why: a search within a province reads the trigram index's lists, and with one table those
-- lists are the whole country's: 68 ms a statement for a common four-word phrase at twenty
-- million tasks, so a province's search for "kiểm tra giám sát" took 138–170 ms over HTTP
-- (docs/performance-national.md). With the table partitioned by tenant, a statement that names
-- its tenant reads one partition and that partition's index, whose lists hold a province or
-- two (a 34-province hash over 32 partitions). Citus gives the same by sharding (each shard's
-- index is one shard's tenants), so on Citus the table stays as it is and Citus distributes
-- it; 32 is Citus's default shard count.
--
-- Every request names the caller's tenants first (docs/scaling.md), so lookups by id and the
-- lists of a scope go to one partition; what names no tenant (the whole country's lists)
-- reads all 32, each through its own copy of the same indexes.
--
-- How: the table is rebuilt under the same name, columns, defaults, identity, keys and
-- indexes (read from the catalog, so this file does not repeat the earlier migrations'
-- index list), its rows copied, the foreign keys pointing at it put back. The whole
-- migration is one transaction; on a large database it takes as long as copying the table
-- and building its indexes (docs/operations.md). Nothing to do when Citus is installed or
-- when the table is already partitioned.
DO $migration$
DECLARE
    r record;
    indexes text[] := '{}';
    own_keys text[] := '{}';
    pointing text[] := '{}';
    s text;
    seq text;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus')
       OR (SELECT relkind FROM pg_class WHERE oid = 'tasks'::regclass) = 'p' THEN
        RETURN;
    END IF;

    FOR r IN SELECT pg_get_indexdef(ix.indexrelid) AS def FROM pg_index ix
             WHERE ix.indrelid = 'tasks'::regclass AND NOT ix.indisprimary ORDER BY ix.indexrelid LOOP
        indexes := indexes || r.def;
    END LOOP;
    FOR r IN SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
             WHERE conrelid = 'tasks'::regclass AND contype = 'f' ORDER BY conname LOOP
        own_keys := own_keys || format('ALTER TABLE tasks ADD CONSTRAINT %I %s', r.conname, r.def);
    END LOOP;
    FOR r IN SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
             WHERE confrelid = 'tasks'::regclass AND contype = 'f' AND conrelid <> 'tasks'::regclass ORDER BY 1, 2 LOOP
        pointing := pointing || format('ALTER TABLE %s ADD CONSTRAINT %I %s', r.tbl, r.conname, r.def);
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
    END LOOP;

    ALTER TABLE tasks RENAME TO tasks_unpartitioned;
    CREATE TABLE tasks (LIKE tasks_unpartitioned INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING CONSTRAINTS
                        INCLUDING STORAGE INCLUDING COMPRESSION INCLUDING STATISTICS)
        PARTITION BY HASH (tenant_id);
    FOR i IN 0..31 LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF tasks FOR VALUES WITH (MODULUS 32, REMAINDER %s)',
                       'tasks_p' || lpad(i::text, 2, '0'), i);
    END LOOP;
    INSERT INTO tasks OVERRIDING SYSTEM VALUE SELECT * FROM tasks_unpartitioned;
    DROP TABLE tasks_unpartitioned;

    -- The identity's sequence takes the old name back and goes on from the highest id.
    seq := pg_get_serial_sequence('tasks', 'id');
    IF seq IS DISTINCT FROM 'public.tasks_id_seq' THEN
        EXECUTE format('ALTER SEQUENCE %s RENAME TO tasks_id_seq', seq);
    END IF;
    PERFORM setval(pg_get_serial_sequence('tasks', 'id'), COALESCE((SELECT max(id) FROM tasks), 0) + 1, false);

    ALTER TABLE tasks ADD CONSTRAINT tasks_pkey PRIMARY KEY (id, tenant_id);
    FOREACH s IN ARRAY indexes || own_keys || pointing LOOP
        EXECUTE s;
    END LOOP;
END
$migration$;
