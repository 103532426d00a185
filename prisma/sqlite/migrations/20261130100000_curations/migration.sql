-- Issue 8, curation: items a person added, dismissed or replaced, a person's bearer over the
-- extractor's, and every curation anchored by quote, context and position (widen only).
ALTER TABLE "Item" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'extractor';
ALTER TABLE "Item" ADD COLUMN "dismissedAt" DATETIME;
ALTER TABLE "Item" ADD COLUMN "dismissKind" TEXT;
ALTER TABLE "Item" ADD COLUMN "dismissReason" TEXT;
ALTER TABLE "Item" ADD COLUMN "curatedBearer" TEXT;

-- CreateTable
CREATE TABLE "Curation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT,
    "actorId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'applied',
    "statusNote" TEXT,
    CONSTRAINT "Curation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Curation_itemId_idx" ON "Curation"("itemId");

-- CreateIndex
CREATE INDEX "Curation_documentId_status_idx" ON "Curation"("documentId", "status");
