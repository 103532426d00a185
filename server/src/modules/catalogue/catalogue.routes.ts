import { Router } from "express";
import { z } from "zod";
import { AccuracyQuerySchema, CatalogueExportQuerySchema } from "@zeren/shared/contract";
import { getSessionUser } from "../../auth/guards";
import { parseRequest } from "../../http/parse-request";
import { catalogueAccuracy } from "../gold/gold.service";
import { sendFile } from "../exports/streamed-file";
import { exportCatalogueCsv, exportCatalogueJson, exportCatalogueXlsx } from "./catalogue.service";

/** Mounted at /api/catalogue, instructors only: the catalogue's exports and measured accuracy. */
export const catalogueRouter = Router();

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
