-- Task lists sort by due date with open-ended work last; this index gives that order directly,
-- so the first page of a city-wide list reads 50 rows instead of sorting a million.
CREATE INDEX tasks_due_order ON tasks (COALESCE(due_on, '9999-12-31'), id);
