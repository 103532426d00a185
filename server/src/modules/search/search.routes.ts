import { Router } from "express";
import { z } from "zod";
import { SearchQuerySchema } from "@zeren/shared/contract";
import { catalogueCache } from "../../http/catalogue-cache";
import { parseRequest } from "../../http/parse-request";
import * as service from "./search.service";

export const searchRouter = Router();

searchRouter.get("/", catalogueCache, async (req, res) => {
  const { query } = parseRequest(z.object({ query: SearchQuerySchema }), req);
  res.json(await service.search(query));
});
