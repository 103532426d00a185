-- Issue 9, part 2, for PostgreSQL: the twin of migration.sql (SQLite).
--
-- The same search columns on "Item" (the text and the effective bearer in search form:
-- simplified, lower-cased, written by the repositories), backfilled from the text as written
-- (`refreshSearchText`, run by the seed at every start, converts traditional characters: SQL
-- has no opencc). PostgreSQL answers the search clause's `LIKE '%word%'` from pg_trgm GIN
-- indexes on both columns for words of 3 characters and more; shorter words scan.
-- pg_trgm finds trigrams in "words" of alphanumeric characters: the database's LC_CTYPE must
-- classify CJK ideographs as letters (any UTF-8 locale, C.UTF-8 included; not "C").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Item" ADD COLUMN "searchText" TEXT;
ALTER TABLE "Item" ADD COLUMN "searchBearer" TEXT;
-- lower() only on ASCII letters, as search form does (PostgreSQL's lower() would fold others).
UPDATE "Item" SET
  "searchText" = translate("text", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),
  "searchBearer" = translate(coalesce("curatedBearer", "bearer"), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');

CREATE INDEX "Item_searchText_trgm_idx" ON "Item" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Item_searchBearer_trgm_idx" ON "Item" USING gin ("searchBearer" gin_trgm_ops);

-- The few withdrawn notices, found without reading notices (as on SQLite).
CREATE INDEX "Document_withdrawn_idx" ON "Document" ("withdrawnAt", "id");
