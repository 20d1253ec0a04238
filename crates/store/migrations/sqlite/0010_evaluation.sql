-- Staff evaluation and citizen feedback (SQLite). Twin: ../postgres/0010_evaluation.sql.
--
-- Rule sets are versioned data (domain::evaluation::RuleSet as JSON, with its SHA-256): an
-- activated version is never edited, so an old period re-evaluated under the version it was
-- evaluated with gives the same result. Every evaluation row names the version it used.

CREATE TABLE eval_rule_sets (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    family          TEXT NOT NULL,
    version         INTEGER NOT NULL,
    name            TEXT NOT NULL,
    body            TEXT NOT NULL,
    body_hash       TEXT NOT NULL,
    effective_from  TEXT NOT NULL,
    effective_until TEXT,
    -- A clone is a draft (editable, never used) until activated from a date.
    active          INTEGER NOT NULL,
    based_on        BIGINT REFERENCES eval_rule_sets(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX eval_rule_sets_version ON eval_rule_sets (family, version);

-- What the assigning unit records about a task for evaluation: quality checks failed (each with
-- its reason in the audit trail), "vượt mức", an objective cause that waives deductions, and the
-- conversion factor ("quy đổi", in hundredths).
CREATE TABLE eval_task_marks (
    task_id           BIGINT PRIMARY KEY REFERENCES tasks(id),
    tenant_id         BIGINT NOT NULL,
    quality_failures  INTEGER NOT NULL DEFAULT 0,
    quality_reason    TEXT,
    exceeded          INTEGER NOT NULL DEFAULT 0,
    waived            INTEGER NOT NULL DEFAULT 0,
    waiver_cause      TEXT,
    weight            INTEGER NOT NULL DEFAULT 100,
    updated_at        TEXT NOT NULL
);

-- One person's evaluation of one period under one rule-set family. Points are hundredths.
CREATE TABLE evaluations (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id        BIGINT NOT NULL,
    person_id        BIGINT NOT NULL REFERENCES people(id),
    unit_id          BIGINT NOT NULL REFERENCES units(id),
    -- The unit the evaluation belongs to for access: the person's, or the one above for a head.
    owner_path       TEXT NOT NULL,
    unit_path        TEXT NOT NULL,
    period           TEXT NOT NULL,
    period_start     TEXT NOT NULL,
    period_end       TEXT NOT NULL,
    family           TEXT NOT NULL,
    rule_set_id      BIGINT NOT NULL REFERENCES eval_rule_sets(id),
    subject          TEXT NOT NULL,
    post_group       TEXT,
    stage            TEXT NOT NULL,
    tally            TEXT NOT NULL,
    task_points      BIGINT,
    self_assessment  TEXT,
    assessment       TEXT,
    general_points   BIGINT,
    bonus_points     BIGINT,
    total            BIGINT,
    level            TEXT,
    decided_level    TEXT,
    self_comment     TEXT,
    review_comment   TEXT,
    decision_comment TEXT,
    self_at          TEXT,
    self_late        INTEGER NOT NULL DEFAULT 0,
    reviewed_at      TEXT,
    review_late      INTEGER NOT NULL DEFAULT 0,
    decided_at       TEXT,
    decision_late    INTEGER NOT NULL DEFAULT 0,
    reopened         INTEGER NOT NULL DEFAULT 0,
    version          BIGINT NOT NULL DEFAULT 1,
    computed_at      TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX evaluations_person_period ON evaluations (person_id, period, family);
CREATE INDEX evaluations_unit_period ON evaluations (unit_path, period, stage);
CREATE INDEX evaluations_owner_period ON evaluations (owner_path, period);

-- Every step taken on an evaluation (append-only), with its comment or reason.
CREATE TABLE evaluation_steps (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      BIGINT NOT NULL,
    evaluation_id  BIGINT NOT NULL REFERENCES evaluations(id),
    action         TEXT NOT NULL,
    role           TEXT NOT NULL,
    from_stage     TEXT NOT NULL,
    to_stage       TEXT NOT NULL,
    on_date        TEXT NOT NULL,
    late           INTEGER NOT NULL,
    note           TEXT,
    entered_by     BIGINT,
    created_at     TEXT NOT NULL
);
CREATE INDEX evaluation_steps_evaluation ON evaluation_steps (evaluation_id, id);

-- The yearly classification derived from the periods, and its override (with a reason).
CREATE TABLE evaluation_years (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id        BIGINT NOT NULL,
    person_id        BIGINT NOT NULL REFERENCES people(id),
    unit_path        TEXT NOT NULL,
    year             INTEGER NOT NULL,
    family           TEXT NOT NULL,
    rule_set_id      BIGINT NOT NULL REFERENCES eval_rule_sets(id),
    periods          INTEGER NOT NULL,
    points           BIGINT NOT NULL,
    level            TEXT NOT NULL,
    override_level   TEXT,
    override_reason  TEXT,
    titles           TEXT NOT NULL,
    version          BIGINT NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX evaluation_years_person ON evaluation_years (person_id, year, family);

-- Citizen feedback: a public page per service desk (a unit, optionally one officer).
CREATE TABLE feedback_points (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   BIGINT NOT NULL,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    unit_id     BIGINT NOT NULL REFERENCES units(id),
    unit_path   TEXT NOT NULL,
    person_id   BIGINT REFERENCES people(id),
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX feedback_points_code ON feedback_points (code);

-- The key that signs feedback form tokens (one row, made on first use, kept across restarts).
CREATE TABLE feedback_keys (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL
);

-- A form token's nonce once its form was sent: a replay finds it here.
CREATE TABLE feedback_used_tokens (
    nonce    TEXT PRIMARY KEY,
    used_at  TEXT NOT NULL
);

CREATE TABLE feedback_responses (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   BIGINT NOT NULL,
    point_id    BIGINT NOT NULL REFERENCES feedback_points(id),
    unit_path   TEXT NOT NULL,
    person_id   BIGINT REFERENCES people(id),
    rating      INTEGER NOT NULL,
    answers     TEXT NOT NULL,
    comment     TEXT,
    device      TEXT NOT NULL,
    address     TEXT NOT NULL,
    day         TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX feedback_responses_device ON feedback_responses (point_id, day, device);
CREATE INDEX feedback_responses_address ON feedback_responses (day, address);
CREATE INDEX feedback_responses_person ON feedback_responses (person_id, day);
CREATE INDEX feedback_responses_point ON feedback_responses (point_id, day);
