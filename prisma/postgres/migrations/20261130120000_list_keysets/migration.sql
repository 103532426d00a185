-- Issue 9 (PostgreSQL twin of migration.sql, same DDL): indexes for keyset pages and counts.
-- Catalogue order of notices (import time, then id): the outer part of every list's keyset.
-- withdrawnAt rides along so that "is it listed" is read from the index, not from a row that
-- holds the notice's whole text.
CREATE INDEX "Document_createdAt_id_withdrawnAt_idx" ON "Document"("createdAt", "id", "withdrawnAt");

-- A notice's items in text order: the inner part of the items keyset.
CREATE INDEX "Item_documentId_start_ordinal_id_idx" ON "Item"("documentId", "start", "ordinal", "id");

-- A tier's listed items counted from the index alone.
CREATE INDEX "Item_level_active_dismissedAt_documentId_id_idx" ON "Item"("level", "active", "dismissedAt", "documentId", "id");
