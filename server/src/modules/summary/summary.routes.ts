import { Router } from "express";
import { z } from "zod";
import { SummaryDocumentsQuerySchema, SummaryQuerySchema } from "@zeren/shared/contract";
import { catalogueCache } from "../../http/catalogue-cache";
import { parseRequest } from "../../http/parse-request";
import { getDocumentCounts, getSummary } from "./summary.service";

export const summaryRouter = Router();

summaryRouter.get("/", catalogueCache, async (req, res) => {
  const { query } = parseRequest(z.object({ query: SummaryQuerySchema }), req);
  res.json(await getSummary(query));
});

summaryRouter.get("/documents", catalogueCache, async (req, res) => {
  const { query } = parseRequest(z.object({ query: SummaryDocumentsQuerySchema }), req);
  res.json(await getDocumentCounts(query));
});
