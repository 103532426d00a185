-- Issue 9, part 2: Chinese search through an index.
--
-- Each item keeps its searchable text in search form (shared/src/search: traditional →
-- simplified with opencc as the extractor reads it, ASCII lower-cased, one code unit for one
-- code unit): "searchText" for its text, "searchBearer" for its effective bearer (a person's
-- curated bearer, else the extractor's). The repositories write both on every write of the
-- text or a bearer (server/src/modules/search/search-text.ts); SQL cannot run opencc, so this
-- backfill copies the text lower-cased, and `refreshSearchText` (run by the seed at every
-- start) converts any traditional characters left.
ALTER TABLE "Item" ADD COLUMN "searchText" TEXT;
ALTER TABLE "Item" ADD COLUMN "searchBearer" TEXT;
UPDATE "Item" SET
  "searchText" = lower("text"),
  "searchBearer" = lower(coalesce("curatedBearer", "bearer"));

-- A trigram index over the two columns, contentless (the text lives in "Item"; the index
-- answers rowids only, which is all a MATCH here needs), keyed by Item's rowid. Case folding
-- is done in search form already, so the tokenizer keeps case. contentless_delete lets the
-- triggers below remove a row's old entry.
CREATE VIRTUAL TABLE "ItemSearch" USING fts5(
  "text",
  "bearer",
  content = '',
  contentless_delete = 1,
  tokenize = 'trigram case_sensitive 1'
);
INSERT INTO "ItemSearch" (rowid, "text", "bearer")
SELECT rowid, coalesce("searchText", ''), coalesce("searchBearer", '') FROM "Item";

-- Kept in sync by triggers, whatever writes the row. NOTE: a later migration that redefines
-- "Item" (Prisma's SQLite "RedefineTables": new table, copy, drop, rename) drops these
-- triggers with the old table and renumbers rowids: it must recreate them and rebuild the
-- index (DELETE FROM "ItemSearch"; then the INSERT … SELECT above). server/test/search.test.ts
-- checks the triggers exist and the index agrees with "Item" after all migrations.
CREATE TRIGGER "Item_search_insert" AFTER INSERT ON "Item" BEGIN
  INSERT INTO "ItemSearch" (rowid, "text", "bearer")
  VALUES (NEW.rowid, coalesce(NEW."searchText", ''), coalesce(NEW."searchBearer", ''));
END;
CREATE TRIGGER "Item_search_delete" AFTER DELETE ON "Item" BEGIN
  DELETE FROM "ItemSearch" WHERE rowid = OLD.rowid;
END;
CREATE TRIGGER "Item_search_update" AFTER UPDATE OF "searchText", "searchBearer" ON "Item" BEGIN
  DELETE FROM "ItemSearch" WHERE rowid = OLD.rowid;
  INSERT INTO "ItemSearch" (rowid, "text", "bearer")
  VALUES (NEW.rowid, coalesce(NEW."searchText", ''), coalesce(NEW."searchBearer", ''));
END;

-- A search checks that every match is listed (active, not dismissed, its notice not withdrawn)
-- to count and page it. This index answers that from index pages alone, and holds the search
-- columns so a 1–2 character word (which the trigram index cannot answer) scans it instead of
-- the items' wide rows; the second finds the few withdrawn notices without reading notices'
-- text. Both live outside schema.prisma like the index above (PostgreSQL's B-tree could not
-- hold long texts; its twin migration has the second only).
-- The search columns lead: an index led by "active" looks selective to SQLite's planner (no
-- statistics), which then scans every listed item instead of following the trigram matches.
CREATE INDEX "Item_search_listed_idx" ON "Item" ("searchText", "searchBearer", "active", "dismissedAt", "documentId");
CREATE INDEX "Document_withdrawn_idx" ON "Document" ("withdrawnAt", "id");
