-- The tenants that hold rows naming a document of another tenant (SQLite). Twin:
-- ../postgres/0027_document_citers.sql.
--
-- A document's "down" links (the plans implementing it), the documents below it and the
-- conferences disseminating or concluded by it are rows of the tenant that wrote them, which is
-- the document's own tenant but for a few: a province's plan linked to a central directive, a
-- conference held on another province's document. Read by the document alone they went to every
-- shard on Citus. This small list names, for a document, the other tenants holding such rows,
-- so those reads name the document's tenant and these (`crate::citers`): one shard when there is
-- none. Only rows of another tenant are listed; a shared table (a reference table on Citus),
-- written in the same transaction as the row it lists. Filled by 0028 from the rows already
-- there. One statement per migration (0025 says why).
CREATE TABLE document_citers (
    document_id   BIGINT NOT NULL,
    citer_tenant  BIGINT NOT NULL,
    PRIMARY KEY (document_id, citer_tenant)
);
