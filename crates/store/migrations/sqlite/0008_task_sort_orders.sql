-- The task list's other orders ("recently updated", "by progress") read in index order too,
-- so a city-wide list sorted by them reads 50 rows instead of sorting a million.
CREATE INDEX tasks_updated_order ON tasks (updated_at DESC, id DESC);
CREATE INDEX tasks_progress_order ON tasks (progress, id);
