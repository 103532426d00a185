-- Sections no longer produced by a re-extraction are kept (inactive items still point at
-- them) but hidden from the document view.
ALTER TABLE "Section" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
