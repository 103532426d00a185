import { Router } from "express";
import { z } from "zod";
import {
  CatalogueHistoryQuerySchema,
  CorrectItemBodySchema,
  IdParamsSchema,
  ItemsQuerySchema,
  PatchItemBodySchema,
} from "@zeren/shared/contract";
import { getSessionUser } from "../../auth/guards";
import { smallJsonBody } from "../../http/json-body";
import { catalogueCache } from "../../http/catalogue-cache";
import { NoQuery, parseRequest } from "../../http/parse-request";
import * as curations from "../curations/curations.service";
import * as service from "./items.service";

export const itemsRouter = Router();

itemsRouter.get("/", catalogueCache, async (req, res) => {
  const { query } = parseRequest(z.object({ query: ItemsQuerySchema }), req);
  res.json(await service.listItems(query));
});

itemsRouter.get("/:id", async (req, res) => {
  const { params } = parseRequest(z.object({ params: IdParamsSchema, query: NoQuery }), req);
  res.json(await service.getItem(params.id));
});

itemsRouter.patch("/:id", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({ params: IdParamsSchema, body: PatchItemBodySchema }),
    req,
  );
  res.json(await service.reviewItem(params.id, body, getSessionUser(req).id));
});

itemsRouter.get("/:id/history", async (req, res) => {
  const { params, query } = parseRequest(
    z.object({ params: IdParamsSchema, query: CatalogueHistoryQuerySchema }),
    req,
  );
  res.json(await curations.itemHistory(params.id, query));
});

itemsRouter.put("/:id/correction", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({ params: IdParamsSchema, body: CorrectItemBodySchema }),
    req,
  );
  res.json(await service.correctItem(params.id, body, getSessionUser(req).id));
});

itemsRouter.delete("/:id/correction", smallJsonBody, async (req, res) => {
  const { params } = parseRequest(z.object({ params: IdParamsSchema }), req);
  res.json(await service.removeCorrection(params.id, getSessionUser(req).id));
});
