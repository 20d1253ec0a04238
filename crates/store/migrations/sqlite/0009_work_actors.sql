-- Who acted on a task, and the follow-up a leader does (SQLite). Twin: ../postgres/0009_work_actors.sql.
--
-- Every entry of a task's history records the account that entered it (`*_user`) beside the
-- person it was made as or for (`author_id`, `requested_by`…, "nhập thay" when they differ), and
-- the time of day. Requests are decided or answered by the other side: the requesting account is
-- kept so the rule can be checked. Account ids are not foreign keys, as in the audit log: history
-- outlives the accounts that wrote it.

ALTER TABLE progress_reports ADD COLUMN entered_by BIGINT;

ALTER TABLE extension_requests ADD COLUMN requested_by_user BIGINT;
ALTER TABLE extension_requests ADD COLUMN decided_by_user BIGINT;
ALTER TABLE extension_requests ADD COLUMN decided_at TEXT;
-- On approval, the due date granted (may differ from the one asked).
ALTER TABLE extension_requests ADD COLUMN granted_due_on TEXT;

ALTER TABLE explanation_requests ADD COLUMN requested_by_user BIGINT;
ALTER TABLE explanation_requests ADD COLUMN answered_by_user BIGINT;
ALTER TABLE explanation_requests ADD COLUMN answered_at TEXT;
-- The unit asked to explain (the lead unit unless said), and by when.
ALTER TABLE explanation_requests ADD COLUMN addressee_unit_id BIGINT REFERENCES units(id);
ALTER TABLE explanation_requests ADD COLUMN answer_due_on TEXT;
CREATE INDEX explanation_requests_open ON explanation_requests (addressee_unit_id) WHERE answered_on IS NULL;
CREATE INDEX extension_requests_pending ON extension_requests (task_id) WHERE decision = 'pending';

-- Directive comments (ý kiến chỉ đạo) and urges (đôn đốc) on a task.
CREATE TABLE task_notes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   BIGINT NOT NULL,
    task_id     BIGINT NOT NULL REFERENCES tasks(id),
    kind        TEXT NOT NULL,
    body        TEXT NOT NULL,
    person_id   BIGINT REFERENCES people(id),
    entered_by  BIGINT,
    created_at  TEXT NOT NULL
);
CREATE INDEX task_notes_task ON task_notes (task_id, created_at);

-- Login throttling state, shared by every server instance and kept across restarts. One row per
-- (account, address) key and per account or address aggregate; rows older than the window are
-- pruned as attempts come in.
CREATE TABLE login_attempts (
    key              TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL,
    last_at          TEXT NOT NULL,
    next_allowed_at  TEXT NOT NULL
);
CREATE INDEX login_attempts_last ON login_attempts (last_at);

-- Who assigned a task: NULL for the plan's issuer; the lead unit of the parent task when that
-- unit split its own part into sub-tasks for its cells and staff (it then decides on them).
ALTER TABLE tasks ADD COLUMN assigner_unit_id BIGINT REFERENCES units(id);
-- A heading of the plan ("II.1. Nhóm nhiệm vụ …") that groups tasks: shown with them, never
-- counted as a task in totals and roll-ups.
ALTER TABLE tasks ADD COLUMN is_group INTEGER NOT NULL DEFAULT 0;
