-- The notice record (issue 8): what a person set apart from what the extractor read, the
-- record's other fields (文号, source URL, retrieval date), and withdrawal. Widen only:
-- "title", "issuer" and "date" stay the shown values every reader already uses.
ALTER TABLE "Document" ADD COLUMN "titleSet" TEXT;
ALTER TABLE "Document" ADD COLUMN "issuerRead" TEXT;
ALTER TABLE "Document" ADD COLUMN "issuerSet" TEXT;
ALTER TABLE "Document" ADD COLUMN "dateRead" TEXT;
ALTER TABLE "Document" ADD COLUMN "dateSet" TEXT;
ALTER TABLE "Document" ADD COLUMN "documentNumber" TEXT;
ALTER TABLE "Document" ADD COLUMN "sourceUrl" TEXT;
ALTER TABLE "Document" ADD COLUMN "retrievedAt" TEXT;
ALTER TABLE "Document" ADD COLUMN "withdrawnAt" DATETIME;
ALTER TABLE "Document" ADD COLUMN "withdrawnReason" TEXT;

-- Before this migration an issuer or date typed on import was stored where the reading was,
-- and cannot be told apart from it: both count as readings, which the next re-extraction
-- renews (a person can then set them on the notice page). A title other than the default
-- "issuer date" was chosen on import (or was the extractor's own title), and is kept as set.
UPDATE "Document" SET "issuerRead" = "issuer", "dateRead" = "date";
UPDATE "Document" SET "titleSet" = "title"
  WHERE "title" <> TRIM(COALESCE("issuer", '') || ' ' || COALESCE("date", ''))
    AND "title" <> 'Untitled notice';
