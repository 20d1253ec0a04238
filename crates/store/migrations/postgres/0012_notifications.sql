-- Notifications, their delivery by mail through a durable outbox, per-user preferences and
-- reminder rules (PostgreSQL). Twin: ../sqlite/0012_notifications.sql.
--
-- A notification is written in the same transaction as the change that causes it. It is
-- unique per (recipient, kind, item, day): the idempotency key, so a retried request, a second
-- urge the same day or a reminder run started twice adds nothing. Mail goes through
-- `mail_outbox`: one row per message (an immediate notice, or one message per person per
-- reminder run or digest), claimed by a worker with a lease, retried with backoff; the
-- notifications a message carries point to it (`mail_id`). Times the worker compares are
-- milliseconds since 1970 (BIGINT), identical on both backends.

CREATE TABLE notifications (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id),
    kind        TEXT NOT NULL,
    task_id     BIGINT REFERENCES tasks(id),
    item        TEXT NOT NULL,
    day         DATE NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ,
    mail_id     BIGINT
);
CREATE UNIQUE INDEX notifications_once ON notifications (user_id, kind, item, day);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_unmailed ON notifications (user_id) WHERE mail_id IS NULL;
CREATE INDEX notifications_mail ON notifications (mail_id);

CREATE TABLE notification_prefs (
    user_id      BIGINT PRIMARY KEY REFERENCES users(id),
    mode         TEXT NOT NULL,
    digest_hour  INTEGER NOT NULL,
    email_on     BOOLEAN NOT NULL,
    email        TEXT,
    updated_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE mail_outbox (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users(id),
    -- n:<notification> for an immediate notice, r:<user>:<day> for a reminder run's message,
    -- d:<user>:<day> for a daily digest. Also the mail's Message-ID.
    idem_key     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    day          DATE NOT NULL,
    -- pending | sending | sent | dead
    state        TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_at      BIGINT NOT NULL,
    lease_until  BIGINT,
    last_error   TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    sent_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX mail_outbox_key ON mail_outbox (idem_key);
CREATE INDEX mail_outbox_due ON mail_outbox (state, next_at);

CREATE TABLE reminder_rules (
    unit_id                BIGINT PRIMARY KEY REFERENCES units(id),
    before_days            TEXT NOT NULL,
    on_day                 BOOLEAN NOT NULL,
    after_days             TEXT NOT NULL,
    escalate_head_after    INTEGER,
    escalate_office_after  INTEGER,
    version                BIGINT NOT NULL DEFAULT 1,
    updated_at             TIMESTAMPTZ NOT NULL
);

CREATE TABLE reminder_runs (
    id             BIGSERIAL PRIMARY KEY,
    day            DATE NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    tasks          BIGINT NOT NULL DEFAULT 0,
    notifications  BIGINT NOT NULL DEFAULT 0,
    mails          BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX reminder_runs_day ON reminder_runs (day);

-- Finding recipients: the officers bound at a unit, the account of a person.
CREATE INDEX role_bindings_unit ON role_bindings (unit_id, role);
CREATE INDEX users_person ON users (person_id);
