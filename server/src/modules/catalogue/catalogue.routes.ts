import { Router, type Response } from "express";
import { z } from "zod";
import { AccuracyQuerySchema, CatalogueExportQuerySchema } from "@zeren/shared/contract";
import { getSessionUser } from "../../auth/guards";
import { parseRequest } from "../../http/parse-request";
import { catalogueAccuracy } from "../gold/gold.service";
import {
  exportCatalogueCsv,
  exportCatalogueJson,
  exportCatalogueXlsx,
  type StreamedFile,
} from "./catalogue.service";

/** Mounted at /api/catalogue, instructors only: the catalogue's exports and measured accuracy. */
export const catalogueRouter = Router();

/**
 * Sends a streamed download. Headers go first; an error after that can only cut the
 * response short (the error handler ends it and logs), never turn into a JSON error.
 */
async function sendFile(res: Response, file: StreamedFile): Promise<void> {
  res.attachment(file.fileName).type(file.contentType);
  await file.write(res);
  res.end();
}

catalogueRouter.get("/export.csv", async (req, res) => {
  const { query } = parseRequest(z.object({ query: CatalogueExportQuerySchema }), req);
  await sendFile(res, exportCatalogueCsv(query, getSessionUser(req).locale));
});

catalogueRouter.get("/export.xlsx", async (req, res) => {
  const { query } = parseRequest(z.object({ query: CatalogueExportQuerySchema }), req);
  await sendFile(res, exportCatalogueXlsx(query, getSessionUser(req).locale));
});

catalogueRouter.get("/export.json", async (req, res) => {
  const { query } = parseRequest(z.object({ query: CatalogueExportQuerySchema }), req);
  await sendFile(res, exportCatalogueJson(query));
});

catalogueRouter.get("/accuracy", async (req, res) => {
  const { query } = parseRequest(z.object({ query: AccuracyQuerySchema }), req);
  res.json(await catalogueAccuracy(query));
});
