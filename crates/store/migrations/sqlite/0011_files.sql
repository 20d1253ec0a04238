-- Attached files (SQLite). Twin: ../postgres/0011_files.sql.
--
-- The content lives outside the database, stored once per SHA-256 under the files directory
-- (`store::blobs`); a row says which record a file is attached to and through which record its
-- readers are decided (`subject_kind`/`subject_id`: a task for a progress report's files).
-- The same content may be attached to several records, once per record.
CREATE TABLE files (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     BIGINT NOT NULL,
    subject_kind  TEXT NOT NULL,
    subject_id    BIGINT NOT NULL,
    record_kind   TEXT NOT NULL,
    record_id     BIGINT NOT NULL,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        TEXT NOT NULL,
    uploaded_by   BIGINT,
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX files_record_content ON files (record_kind, record_id, sha256);
CREATE INDEX files_subject ON files (subject_kind, subject_id);
