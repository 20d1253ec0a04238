-- Keys that let every tenant table be distributed by tenant (Citus) — PostgreSQL.
-- Twin: ../sqlite/0018_tenant_keys.sql.
--
-- A tenant table is any table with a `tenant_id` column (the top-level unit a row belongs to).
-- Citus shards such a table by `tenant_id` and enforces keys only within one shard, so:
--   * its primary key and every unique key include `tenant_id`, as their last column: the key
--     keeps serving the lookups it served before (a row by id, a subtree by path, the roll-up of
--     one unit), which name no tenant; PostgreSQL 15 cannot skip a leading column of an index;
--   * a foreign key to another tenant table is composite, `(tenant_id, x) → (tenant_id, id)`:
--     both rows live in the same tenant, hence on the same shard. References that may name a
--     record of another tenant (a task's plan, a cooperating unit, a linked document, the
--     responsible person…) are not foreign keys: the application checks them on every write;
--   * a tenant table may also point at a reference table (`eval_rule_sets`: small shared data
--     copied to every node); nothing that is not a tenant table points at a tenant table.
-- The composite foreign keys are DEFERRABLE so that moving a subtree to another tenant (which
-- rewrites `tenant_id` on both sides) is checked once, at commit (plain PostgreSQL; Citus does
-- not allow changing the distribution column at all — see docs/scaling.md).
-- `crates/store/tests/storage/tenant_keys.rs` reads the catalog and holds every table to this.

-- 1. Rows that hang off a unit or a parent record carry their tenant too.
ALTER TABLE unit_ancestors ADD COLUMN tenant_id BIGINT;
UPDATE unit_ancestors a SET tenant_id = u.tenant_id FROM units u WHERE u.id = a.unit_id;
ALTER TABLE unit_ancestors ALTER COLUMN tenant_id SET NOT NULL;

ALTER TABLE task_rollup ADD COLUMN tenant_id BIGINT;
UPDATE task_rollup r SET tenant_id = u.tenant_id FROM units u WHERE u.id = r.anc_id;
DELETE FROM task_rollup WHERE tenant_id IS NULL;
ALTER TABLE task_rollup ALTER COLUMN tenant_id SET NOT NULL;

ALTER TABLE requirement_items ADD COLUMN tenant_id BIGINT;
UPDATE requirement_items i SET tenant_id = r.tenant_id FROM requirements r WHERE r.id = i.requirement_id;
ALTER TABLE requirement_items ALTER COLUMN tenant_id SET NOT NULL;

ALTER TABLE publication_plans ADD COLUMN tenant_id BIGINT;
UPDATE publication_plans p SET tenant_id = x.tenant_id FROM publications x WHERE x.unit_id = p.unit_id;
ALTER TABLE publication_plans ALTER COLUMN tenant_id SET NOT NULL;

ALTER TABLE reminder_rules ADD COLUMN tenant_id BIGINT;
UPDATE reminder_rules r SET tenant_id = u.tenant_id FROM units u WHERE u.id = r.unit_id;
ALTER TABLE reminder_rules ALTER COLUMN tenant_id SET NOT NULL;

-- 2. Every foreign key from or to a tenant table goes; the composite ones come back below.
DO $$
DECLARE fk record;
BEGIN
    FOR fk IN
        SELECT con.conname, rel.relname
        FROM pg_constraint con
        JOIN pg_class rel ON rel.oid = con.conrelid
        JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        WHERE con.contype = 'f' AND ns.nspname = current_schema()
          AND EXISTS (SELECT 1 FROM pg_attribute a
                      WHERE a.attname = 'tenant_id' AND NOT a.attisdropped
                        AND a.attrelid IN (con.conrelid, con.confrelid))
    LOOP
        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', fk.relname, fk.conname);
    END LOOP;
END;
$$;

-- 3. Primary keys end with the tenant.
ALTER TABLE units DROP CONSTRAINT units_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE unit_ancestors DROP CONSTRAINT unit_ancestors_pkey, ADD PRIMARY KEY (unit_id, anc_id, tenant_id);
ALTER TABLE people DROP CONSTRAINT people_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE documents DROP CONSTRAINT documents_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE document_links DROP CONSTRAINT document_links_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE themes DROP CONSTRAINT themes_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE theme_plans DROP CONSTRAINT theme_plans_pkey, ADD PRIMARY KEY (theme_id, document_id, tenant_id);
ALTER TABLE tasks DROP CONSTRAINT tasks_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE task_cooperators DROP CONSTRAINT task_cooperators_pkey, ADD PRIMARY KEY (task_id, unit_id, tenant_id);
ALTER TABLE progress_reports DROP CONSTRAINT progress_reports_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE extension_requests DROP CONSTRAINT extension_requests_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE explanation_requests DROP CONSTRAINT explanation_requests_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE task_notes DROP CONSTRAINT task_notes_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE task_rollup DROP CONSTRAINT task_rollup_pkey,
    ADD PRIMARY KEY (anc_id, child_id, is_key, phase, due_on, tenant_id);
ALTER TABLE targets DROP CONSTRAINT targets_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE target_actuals DROP CONSTRAINT target_actuals_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE eval_task_marks DROP CONSTRAINT eval_task_marks_pkey, ADD PRIMARY KEY (task_id, tenant_id);
ALTER TABLE evaluations DROP CONSTRAINT evaluations_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE evaluation_steps DROP CONSTRAINT evaluation_steps_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE evaluation_years DROP CONSTRAINT evaluation_years_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE feedback_points DROP CONSTRAINT feedback_points_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE feedback_responses DROP CONSTRAINT feedback_responses_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE files DROP CONSTRAINT files_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE requirements DROP CONSTRAINT requirements_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE requirement_items DROP CONSTRAINT requirement_items_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE requirement_items DROP CONSTRAINT requirement_items_requirement_id_unit_id_key;
ALTER TABLE unit_meetings DROP CONSTRAINT unit_meetings_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE reminder_rules DROP CONSTRAINT reminder_rules_pkey, ADD PRIMARY KEY (unit_id, tenant_id);
ALTER TABLE publications DROP CONSTRAINT publications_pkey, ADD PRIMARY KEY (unit_id, tenant_id);
ALTER TABLE publication_plans DROP CONSTRAINT publication_plans_pkey, ADD PRIMARY KEY (unit_id, plan_id, tenant_id);
ALTER TABLE conference_series DROP CONSTRAINT conference_series_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE conferences DROP CONSTRAINT conferences_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE conference_documents DROP CONSTRAINT conference_documents_pkey,
    ADD PRIMARY KEY (conference_id, document_id, tenant_id);
ALTER TABLE conference_audiences DROP CONSTRAINT conference_audiences_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE conference_points DROP CONSTRAINT conference_points_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE conference_points DROP CONSTRAINT conference_points_conference_id_unit_id_key;
ALTER TABLE conference_conclusions DROP CONSTRAINT conference_conclusions_pkey,
    ADD PRIMARY KEY (conference_id, document_id, tenant_id);
ALTER TABLE inspection_plans DROP CONSTRAINT inspection_plans_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE inspections DROP CONSTRAINT inspections_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE inspection_subjects DROP CONSTRAINT inspection_subjects_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE inspection_subjects DROP CONSTRAINT inspection_subjects_inspection_id_unit_id_key;
ALTER TABLE inspection_team DROP CONSTRAINT inspection_team_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE inspection_team DROP CONSTRAINT inspection_team_inspection_id_person_id_key;
ALTER TABLE inspection_records DROP CONSTRAINT inspection_records_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE inspection_findings DROP CONSTRAINT inspection_findings_pkey, ADD PRIMARY KEY (id, tenant_id);
ALTER TABLE inspection_recommendations DROP CONSTRAINT inspection_recommendations_pkey, ADD PRIMARY KEY (id, tenant_id);

-- 4. Unique keys hold within a tenant.
DROP INDEX units_path;
CREATE UNIQUE INDEX units_path ON units (path, tenant_id);
DROP INDEX documents_symbol;
CREATE UNIQUE INDEX documents_symbol ON documents (issuer_unit_id, symbol, issued_year, tenant_id);
DROP INDEX document_links_unique;
CREATE UNIQUE INDEX document_links_unique ON document_links (from_id, to_id, kind, tenant_id);
DROP INDEX themes_unit_year;
CREATE UNIQUE INDEX themes_unit_year ON themes (unit_id, year, tenant_id);
DROP INDEX targets_unique;
CREATE UNIQUE INDEX targets_unique ON targets (unit_id, period, indicator_fold, tenant_id);
DROP INDEX evaluations_person_period;
CREATE UNIQUE INDEX evaluations_person_period ON evaluations (person_id, period, family, tenant_id);
DROP INDEX evaluation_years_person;
CREATE UNIQUE INDEX evaluation_years_person ON evaluation_years (person_id, year, family, tenant_id);
DROP INDEX feedback_points_code;
CREATE UNIQUE INDEX feedback_points_code ON feedback_points (code, tenant_id);
DROP INDEX files_record_content;
CREATE UNIQUE INDEX files_record_content ON files (record_kind, record_id, sha256, tenant_id);
CREATE UNIQUE INDEX requirement_items_once ON requirement_items (requirement_id, unit_id, tenant_id);
CREATE UNIQUE INDEX conference_points_once ON conference_points (conference_id, unit_id, tenant_id);
CREATE UNIQUE INDEX inspection_subjects_once ON inspection_subjects (inspection_id, unit_id, tenant_id);
CREATE UNIQUE INDEX inspection_team_once ON inspection_team (inspection_id, person_id, tenant_id);

-- 5. Composite foreign keys between rows of one tenant; to the reference table by id.
ALTER TABLE units ADD FOREIGN KEY (tenant_id, parent_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE unit_ancestors ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE unit_ancestors ADD FOREIGN KEY (tenant_id, anc_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE unit_ancestors ADD FOREIGN KEY (tenant_id, child_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE people ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE documents ADD FOREIGN KEY (tenant_id, issuer_unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE document_links ADD FOREIGN KEY (tenant_id, from_id) REFERENCES documents (tenant_id, id) DEFERRABLE;
ALTER TABLE themes ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE theme_plans ADD FOREIGN KEY (tenant_id, theme_id) REFERENCES themes (tenant_id, id) DEFERRABLE;
ALTER TABLE tasks ADD FOREIGN KEY (tenant_id, lead_unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE task_cooperators ADD FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id) DEFERRABLE;
ALTER TABLE progress_reports ADD FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id) DEFERRABLE;
ALTER TABLE extension_requests ADD FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id) DEFERRABLE;
ALTER TABLE explanation_requests ADD FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id) DEFERRABLE;
ALTER TABLE task_notes ADD FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id) DEFERRABLE;
ALTER TABLE targets ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE target_actuals ADD FOREIGN KEY (tenant_id, target_id) REFERENCES targets (tenant_id, id) DEFERRABLE;
ALTER TABLE eval_task_marks ADD FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id) DEFERRABLE;
ALTER TABLE evaluations ADD FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id) DEFERRABLE;
ALTER TABLE evaluations ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE evaluations ADD FOREIGN KEY (rule_set_id) REFERENCES eval_rule_sets (id);
ALTER TABLE evaluation_steps ADD FOREIGN KEY (tenant_id, evaluation_id) REFERENCES evaluations (tenant_id, id) DEFERRABLE;
ALTER TABLE evaluation_years ADD FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id) DEFERRABLE;
ALTER TABLE evaluation_years ADD FOREIGN KEY (rule_set_id) REFERENCES eval_rule_sets (id);
ALTER TABLE feedback_points ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE feedback_responses ADD FOREIGN KEY (tenant_id, point_id) REFERENCES feedback_points (tenant_id, id) DEFERRABLE;
ALTER TABLE requirements ADD FOREIGN KEY (tenant_id, issuer_unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE requirement_items ADD FOREIGN KEY (tenant_id, requirement_id) REFERENCES requirements (tenant_id, id) DEFERRABLE;
ALTER TABLE unit_meetings ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE reminder_rules ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE publications ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE publication_plans ADD FOREIGN KEY (tenant_id, unit_id) REFERENCES publications (tenant_id, unit_id) DEFERRABLE;
-- A conference and its series belong to the host unit; documents, audiences, bridge points and
-- conclusions to the conference. The documents disseminated or concluding it, and the units of
-- the bridge points, are named (checked by the application), like a task's cooperating units.
ALTER TABLE conference_series ADD FOREIGN KEY (tenant_id, host_unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE conferences ADD FOREIGN KEY (tenant_id, host_unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE conferences ADD FOREIGN KEY (tenant_id, series_id) REFERENCES conference_series (tenant_id, id) DEFERRABLE;
ALTER TABLE conference_documents ADD FOREIGN KEY (tenant_id, conference_id) REFERENCES conferences (tenant_id, id) DEFERRABLE;
ALTER TABLE conference_audiences ADD FOREIGN KEY (tenant_id, conference_id) REFERENCES conferences (tenant_id, id) DEFERRABLE;
ALTER TABLE conference_points ADD FOREIGN KEY (tenant_id, conference_id) REFERENCES conferences (tenant_id, id) DEFERRABLE;
ALTER TABLE conference_conclusions ADD FOREIGN KEY (tenant_id, conference_id) REFERENCES conferences (tenant_id, id) DEFERRABLE;
-- An inspection plan and its inspections belong to the inspecting body; subjects, team, papers,
-- findings and recommendations to the inspection. The subject units, team members, the
-- conclusion notice and the follow-up tasks are named (checked by the application).
ALTER TABLE inspection_plans ADD FOREIGN KEY (tenant_id, body_unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE inspections ADD FOREIGN KEY (tenant_id, plan_id) REFERENCES inspection_plans (tenant_id, id) DEFERRABLE;
ALTER TABLE inspections ADD FOREIGN KEY (tenant_id, body_unit_id) REFERENCES units (tenant_id, id) DEFERRABLE;
ALTER TABLE inspection_subjects ADD FOREIGN KEY (tenant_id, inspection_id) REFERENCES inspections (tenant_id, id) DEFERRABLE;
ALTER TABLE inspection_team ADD FOREIGN KEY (tenant_id, inspection_id) REFERENCES inspections (tenant_id, id) DEFERRABLE;
ALTER TABLE inspection_records ADD FOREIGN KEY (tenant_id, inspection_id) REFERENCES inspections (tenant_id, id) DEFERRABLE;
ALTER TABLE inspection_findings ADD FOREIGN KEY (tenant_id, inspection_id) REFERENCES inspections (tenant_id, id) DEFERRABLE;
ALTER TABLE inspection_recommendations ADD FOREIGN KEY (tenant_id, inspection_id) REFERENCES inspections (tenant_id, id) DEFERRABLE;
