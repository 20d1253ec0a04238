-- `document_citers` (0027) filled from the rows already there (PostgreSQL). Twin:
-- ../sqlite/0028_document_citers_filled.sql.
--
-- Every link, conference document and conference conclusion whose row's tenant is not its
-- document's. The documents are read in a subquery of their own, kept apart by `OFFSET 0`: on a
-- Citus cluster it is planned first and joined on the coordinator, as the rows and their
-- documents may lie on different shards (a join of two distributed tables off their tenant
-- column cannot be planned).
INSERT INTO document_citers (document_id, citer_tenant)
SELECT DISTINCT r.document_id, r.tenant_id
  FROM (SELECT to_id AS document_id, tenant_id FROM document_links
        UNION SELECT document_id, tenant_id FROM conference_documents
        UNION SELECT document_id, tenant_id FROM conference_conclusions) r
  JOIN (SELECT id, tenant_id FROM documents OFFSET 0) d ON d.id = r.document_id
 WHERE d.tenant_id <> r.tenant_id;
