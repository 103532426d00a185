import { Router } from "express";
import { z } from "zod";
import { CatalogueExportQuerySchema } from "@zeren/shared/contract";
import { getSessionUser } from "../../auth/guards";
import { NoQuery, parseRequest } from "../../http/parse-request";
import { catalogueAccuracy } from "../gold/gold.service";
import { exportCatalogueCsv, exportCatalogueJson, exportCatalogueXlsx } from "./catalogue.service";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Mounted at /api/catalogue, instructors only: the catalogue's exports and measured accuracy. */
export const catalogueRouter = Router();

catalogueRouter.get("/export.csv", async (req, res) => {
  const { query } = parseRequest(z.object({ query: CatalogueExportQuerySchema }), req);
  const file = await exportCatalogueCsv(query, getSessionUser(req).locale);
  res.attachment(file.fileName).type("text/csv; charset=utf-8").send(file.body);
});

catalogueRouter.get("/export.xlsx", async (req, res) => {
  const { query } = parseRequest(z.object({ query: CatalogueExportQuerySchema }), req);
  const file = await exportCatalogueXlsx(query, getSessionUser(req).locale);
  res.attachment(file.fileName).type(XLSX_TYPE).send(file.body);
});

catalogueRouter.get("/export.json", async (req, res) => {
  const { query } = parseRequest(z.object({ query: CatalogueExportQuerySchema }), req);
  const file = await exportCatalogueJson(query);
  res.attachment(file.fileName).json(file.body);
});

catalogueRouter.get("/accuracy", async (req, res) => {
  parseRequest(z.object({ query: NoQuery }), req);
  res.json(await catalogueAccuracy());
});
