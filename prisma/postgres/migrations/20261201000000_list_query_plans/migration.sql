-- The twin of SQLite's migration of this name, which drops the index because SQLite's planner
-- walked it instead of catalogue order; PostgreSQL keeps the schemas identical.
DROP INDEX IF EXISTS "Document_withdrawn_idx";

-- A tier's reviewed count (asked by every tier page) starts from the reviewed items: few,
-- where the tier holds thousands.
CREATE INDEX "Review_reviewed_itemId_idx" ON "Review"("reviewed", "itemId");
