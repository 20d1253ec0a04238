-- Search (PostgreSQL): trigram GIN indexes over the folded text the repositories already
-- keep (`*_fold`), so `fold LIKE '%word%'` is an index lookup, not a scan. Keep in step
-- with ../sqlite/0004_search.sql (which uses FTS5 trigram tables kept by triggers; here the
-- indexes follow every write by themselves).
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX units_name_trgm ON units USING gin (name_fold gin_trgm_ops);
CREATE INDEX people_name_trgm ON people USING gin (name_fold gin_trgm_ops);
CREATE INDEX documents_title_trgm ON documents USING gin (title_fold gin_trgm_ops);
CREATE INDEX tasks_title_trgm ON tasks USING gin (title_fold gin_trgm_ops);
