import { Router } from "express";
import { z } from "zod";
import {
  AddItemBodySchema,
  DismissItemBodySchema,
  EditBearerBodySchema,
  EditSpanBodySchema,
  IdParamsSchema,
  MergeItemBodySchema,
  SplitItemBodySchema,
} from "@zeren/shared/contract";
import { getSessionUser } from "../../auth/guards";
import { smallJsonBody } from "../../http/json-body";
import { NoQuery, parseRequest } from "../../http/parse-request";
import * as service from "./curations.service";

/** Mounted on /api/documents (instructors only): a person's item from the source. */
export const documentCurationsRouter = Router();

documentCurationsRouter.post("/:id/items", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({ params: IdParamsSchema, query: NoQuery, body: AddItemBodySchema }),
    req,
  );
  res.status(201).json(await service.addItem(params.id, body, getSessionUser(req).id));
});

/** Mounted on /api/items (instructors only): dismiss, restore, bearer, span, split, merge. */
export const itemCurationsRouter = Router();

itemCurationsRouter.post("/:id/dismissal", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({ params: IdParamsSchema, query: NoQuery, body: DismissItemBodySchema }),
    req,
  );
  res.json(await service.dismissItem(params.id, body, getSessionUser(req).id));
});

itemCurationsRouter.delete("/:id/dismissal", smallJsonBody, async (req, res) => {
  const { params } = parseRequest(z.object({ params: IdParamsSchema, query: NoQuery }), req);
  res.json(await service.restoreItem(params.id, getSessionUser(req).id));
});

itemCurationsRouter.put("/:id/bearer", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({ params: IdParamsSchema, query: NoQuery, body: EditBearerBodySchema }),
    req,
  );
  res.json(await service.editBearer(params.id, body, getSessionUser(req).id));
});

itemCurationsRouter.put("/:id/span", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({ params: IdParamsSchema, query: NoQuery, body: EditSpanBodySchema }),
    req,
  );
  res.json(await service.editSpan(params.id, body, getSessionUser(req).id));
});

itemCurationsRouter.post("/:id/split", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({ params: IdParamsSchema, query: NoQuery, body: SplitItemBodySchema }),
    req,
  );
  res.json(await service.splitItem(params.id, body, getSessionUser(req).id));
});

itemCurationsRouter.post("/:id/merge", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({ params: IdParamsSchema, query: NoQuery, body: MergeItemBodySchema }),
    req,
  );
  res.json(await service.mergeItems(params.id, body, getSessionUser(req).id));
});
