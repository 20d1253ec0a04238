-- Accounts, role bindings, sessions and API tokens (SQLite). Twin: ../postgres/0003_accounts.sql.
-- Secrets are stored only as SHA-256 hashes (tokens) or Argon2id hashes (passwords).

CREATE TABLE users (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    login          TEXT NOT NULL,
    display_name   TEXT NOT NULL,
    person_id      BIGINT REFERENCES people(id),
    password_hash  TEXT NOT NULL,
    is_active      INTEGER NOT NULL DEFAULT 1,
    version        BIGINT NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX users_login ON users (login);

CREATE TABLE role_bindings (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id   BIGINT NOT NULL REFERENCES users(id),
    role      TEXT NOT NULL,
    -- NULL: everywhere (installation administrators).
    unit_id   BIGINT REFERENCES units(id)
);
CREATE UNIQUE INDEX role_bindings_unique ON role_bindings (user_id, role, unit_id);

CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    address     TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT NOT NULL REFERENCES users(id),
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    revoked_at  TEXT
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
