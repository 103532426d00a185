import { Router } from "express";
import { z } from "zod";
import { SummaryQuerySchema } from "@zeren/shared/contract";
import { parseRequest } from "../../http/parse-request";
import { getSummary } from "./summary.service";

export const summaryRouter = Router();

summaryRouter.get("/", async (req, res) => {
  const { query } = parseRequest(z.object({ query: SummaryQuerySchema }), req);
  res.json(await getSummary(query));
});
