import { Router, type Request } from "express";
import { z } from "zod";
import {
  DocumentsQuerySchema,
  IdParamsSchema,
  ImportBodySchema,
  UpdateRecordBodySchema,
  WithdrawBodySchema,
} from "@zeren/shared/contract";
import { importJsonBody } from "../../http/json-body";
import { smallJsonBody } from "../../http/json-body";
import { catalogueCache } from "../../http/catalogue-cache";
import { EmptyBody, NoQuery, parseRequest } from "../../http/parse-request";
import { documentGold } from "../gold/gold.service";
import * as service from "./documents.service";

/** Import bodies: the length check first, for the clear 413, then the contract. */
function parseImport(req: Request) {
  service.assertTextWithinLimit((req.body as { text?: unknown } | undefined)?.text);
  return parseRequest(z.object({ query: NoQuery, body: ImportBodySchema }), req).body;
}

export const documentsRouter = Router();

documentsRouter.get("/", catalogueCache, async (req, res) => {
  const { query } = parseRequest(z.object({ query: DocumentsQuerySchema }), req);
  res.json(await service.listDocuments(query));
});

// Before the "/:id" routes, so "preview" is never read as a document id.
documentsRouter.post("/preview", importJsonBody, async (req, res) => {
  res.json(await service.previewDocument(parseImport(req)));
});

documentsRouter.post("/", importJsonBody, async (req, res) => {
  const result = await service.importDocument(parseImport(req));
  res.status(result.created ? 201 : 200).json(result);
});

// The same text again with better metadata: update the stored notice's record.
documentsRouter.post("/reimport", importJsonBody, async (req, res) => {
  res.json(await service.reimportDocument(parseImport(req)));
});

documentsRouter.get("/:id", async (req, res) => {
  const { params } = parseRequest(z.object({ params: IdParamsSchema, query: NoQuery }), req);
  res.json(await service.getDocument(params.id));
});

documentsRouter.post("/:id/reextract", smallJsonBody, async (req, res) => {
  const { params } = parseRequest(z.object({ params: IdParamsSchema, query: NoQuery }), req);
  res.json(await service.reextractDocument(params.id));
});

documentsRouter.patch("/:id/record", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({ params: IdParamsSchema, query: NoQuery, body: UpdateRecordBodySchema }),
    req,
  );
  res.json(await service.updateRecord(params.id, body));
});

documentsRouter.post("/:id/withdraw", smallJsonBody, async (req, res) => {
  const { params, body } = parseRequest(
    z.object({
      params: IdParamsSchema,
      query: NoQuery,
      body: WithdrawBodySchema.optional(),
    }),
    req,
  );
  res.json(await service.withdrawDocument(params.id, body ?? {}));
});

documentsRouter.post("/:id/restore", smallJsonBody, async (req, res) => {
  const { params } = parseRequest(
    z.object({ params: IdParamsSchema, query: NoQuery, body: EmptyBody }),
    req,
  );
  res.json(await service.restoreDocument(params.id));
});

/**
 * The curated notice as a gold file (JSON Lines), to score the extractor with `npm run eval`.
 * Not paged (issue 9): one file of one notice, bounded by that notice's own length.
 */
documentsRouter.get("/:id/gold", async (req, res) => {
  const { params } = parseRequest(z.object({ params: IdParamsSchema, query: NoQuery }), req);
  const gold = await documentGold(params.id);
  res
    .attachment(gold.fileName)
    .type("application/jsonl; charset=utf-8")
    .set("X-Gold-Units-Skipped", String(gold.skipped))
    .send(gold.body);
});
