-- Issue 9: the twin of SQLite's migration of this name. One bump per statement (not per row):
-- the row's lock is then taken once per writing statement and held to the commit, so writers
-- of the catalogue queue on it briefly; readers never wait (they read the committed number).
CREATE TABLE "CatalogueVersion" (
    "id" INTEGER NOT NULL,
    "n" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "CatalogueVersion_pkey" PRIMARY KEY ("id")
);
INSERT INTO "CatalogueVersion" ("id", "n") VALUES (1, 0);

CREATE FUNCTION "catalogue_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CatalogueVersion" SET "n" = "n" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Document_catalogue_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Document"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_changed"();
CREATE TRIGGER "Section_catalogue_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Section"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_changed"();
CREATE TRIGGER "Item_catalogue_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Item"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_changed"();
CREATE TRIGGER "Review_catalogue_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Review"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_changed"();
CREATE TRIGGER "Correction_catalogue_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Correction"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_changed"();
