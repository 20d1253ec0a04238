-- `document_citers` (0027) filled from the rows already there (PostgreSQL). Twin:
-- ../sqlite/0028_document_citers_filled.sql.
--
-- Every link, conference document and conference conclusion whose row's tenant is not its
-- document's. The rows and the documents are read in subqueries of their own (`MATERIALIZED`): on
-- a Citus cluster each is planned first and the two joined on the coordinator, as a row and
-- its document may lie on different shards (a join of two distributed tables off their
-- tenant column cannot be planned; tried on Citus 13.0.5 with a link across provinces).
WITH r AS MATERIALIZED (SELECT to_id AS document_id, tenant_id FROM document_links
             UNION SELECT document_id, tenant_id FROM conference_documents
             UNION SELECT document_id, tenant_id FROM conference_conclusions),
     d AS MATERIALIZED (SELECT id, tenant_id FROM documents)
INSERT INTO document_citers (document_id, citer_tenant)
SELECT DISTINCT r.document_id, r.tenant_id FROM r JOIN d ON d.id = r.document_id
 WHERE d.tenant_id <> r.tenant_id;
