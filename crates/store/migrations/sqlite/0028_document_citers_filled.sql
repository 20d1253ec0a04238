-- `document_citers` (0027) filled from the rows already there (SQLite). Twin:
-- ../postgres/0028_document_citers_filled.sql.
--
-- Every link, conference document and conference conclusion whose row's tenant is not its
-- document's (the subqueries are PostgreSQL's, kept for Citus).
WITH r AS (SELECT to_id AS document_id, tenant_id FROM document_links
             UNION SELECT document_id, tenant_id FROM conference_documents
             UNION SELECT document_id, tenant_id FROM conference_conclusions),
     d AS (SELECT id, tenant_id FROM documents)
INSERT INTO document_citers (document_id, citer_tenant)
SELECT DISTINCT r.document_id, r.tenant_id FROM r JOIN d ON d.id = r.document_id
 WHERE d.tenant_id <> r.tenant_id;
