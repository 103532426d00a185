-- Issue 9: the catalogue's version, raised by triggers on every write to the tables the cached
-- catalogue reads come from (server/src/http/catalogue-cache.ts). The writing transaction
-- raises it, so the new number becomes visible together with the change it stands for.
CREATE TABLE "CatalogueVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "n" BIGINT NOT NULL DEFAULT 0
);
INSERT INTO "CatalogueVersion" ("id", "n") VALUES (1, 0);

CREATE TRIGGER "Document_catalogue_insert" AFTER INSERT ON "Document" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Document_catalogue_update" AFTER UPDATE ON "Document" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Document_catalogue_delete" AFTER DELETE ON "Document" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Section_catalogue_insert" AFTER INSERT ON "Section" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Section_catalogue_update" AFTER UPDATE ON "Section" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Section_catalogue_delete" AFTER DELETE ON "Section" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Item_catalogue_insert" AFTER INSERT ON "Item" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Item_catalogue_update" AFTER UPDATE ON "Item" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Item_catalogue_delete" AFTER DELETE ON "Item" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Review_catalogue_insert" AFTER INSERT ON "Review" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Review_catalogue_update" AFTER UPDATE ON "Review" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Review_catalogue_delete" AFTER DELETE ON "Review" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Correction_catalogue_insert" AFTER INSERT ON "Correction" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Correction_catalogue_update" AFTER UPDATE ON "Correction" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Correction_catalogue_delete" AFTER DELETE ON "Correction" BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
