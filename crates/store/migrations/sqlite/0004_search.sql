-- Search (SQLite): one trigram full-text index per searchable table, over the folded
-- text the repositories already keep (`*_fold`). Keep in step with ../postgres/0004_search.sql.
--
-- The indexes are contentless (they store postings only, not a second copy of the text) and
-- index ' ' || fold || ' ', so a phrase starting with a space matches at a word start: a
-- two-letter word "24" is searched as " 24", which the trigram index can answer. Triggers
-- keep them in step with every write, whoever makes it (repositories, imports, restores).

CREATE VIRTUAL TABLE units_search USING fts5(body, content='', contentless_delete=1, tokenize='trigram');
CREATE VIRTUAL TABLE people_search USING fts5(body, content='', contentless_delete=1, tokenize='trigram');
CREATE VIRTUAL TABLE documents_search USING fts5(body, content='', contentless_delete=1, tokenize='trigram');
CREATE VIRTUAL TABLE tasks_search USING fts5(body, content='', contentless_delete=1, tokenize='trigram');

INSERT INTO units_search (rowid, body) SELECT id, ' ' || name_fold || ' ' FROM units;
INSERT INTO people_search (rowid, body) SELECT id, ' ' || name_fold || ' ' FROM people;
INSERT INTO documents_search (rowid, body) SELECT id, ' ' || title_fold || ' ' FROM documents;
INSERT INTO tasks_search (rowid, body) SELECT id, ' ' || title_fold || ' ' FROM tasks;

CREATE TRIGGER units_search_ins AFTER INSERT ON units BEGIN
    INSERT INTO units_search (rowid, body) VALUES (new.id, ' ' || new.name_fold || ' ');
END;
CREATE TRIGGER units_search_upd AFTER UPDATE OF name_fold ON units WHEN old.name_fold IS NOT new.name_fold BEGIN
    DELETE FROM units_search WHERE rowid = old.id;
    INSERT INTO units_search (rowid, body) VALUES (new.id, ' ' || new.name_fold || ' ');
END;
CREATE TRIGGER units_search_del AFTER DELETE ON units BEGIN
    DELETE FROM units_search WHERE rowid = old.id;
END;

CREATE TRIGGER people_search_ins AFTER INSERT ON people BEGIN
    INSERT INTO people_search (rowid, body) VALUES (new.id, ' ' || new.name_fold || ' ');
END;
CREATE TRIGGER people_search_upd AFTER UPDATE OF name_fold ON people WHEN old.name_fold IS NOT new.name_fold BEGIN
    DELETE FROM people_search WHERE rowid = old.id;
    INSERT INTO people_search (rowid, body) VALUES (new.id, ' ' || new.name_fold || ' ');
END;
CREATE TRIGGER people_search_del AFTER DELETE ON people BEGIN
    DELETE FROM people_search WHERE rowid = old.id;
END;

CREATE TRIGGER documents_search_ins AFTER INSERT ON documents BEGIN
    INSERT INTO documents_search (rowid, body) VALUES (new.id, ' ' || new.title_fold || ' ');
END;
CREATE TRIGGER documents_search_upd AFTER UPDATE OF title_fold ON documents WHEN old.title_fold IS NOT new.title_fold BEGIN
    DELETE FROM documents_search WHERE rowid = old.id;
    INSERT INTO documents_search (rowid, body) VALUES (new.id, ' ' || new.title_fold || ' ');
END;
CREATE TRIGGER documents_search_del AFTER DELETE ON documents BEGIN
    DELETE FROM documents_search WHERE rowid = old.id;
END;

CREATE TRIGGER tasks_search_ins AFTER INSERT ON tasks BEGIN
    INSERT INTO tasks_search (rowid, body) VALUES (new.id, ' ' || new.title_fold || ' ');
END;
CREATE TRIGGER tasks_search_upd AFTER UPDATE OF title_fold ON tasks WHEN old.title_fold IS NOT new.title_fold BEGIN
    DELETE FROM tasks_search WHERE rowid = old.id;
    INSERT INTO tasks_search (rowid, body) VALUES (new.id, ' ' || new.title_fold || ' ');
END;
CREATE TRIGGER tasks_search_del AFTER DELETE ON tasks BEGIN
    DELETE FROM tasks_search WHERE rowid = old.id;
END;
