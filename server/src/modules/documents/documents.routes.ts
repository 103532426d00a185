import { Router, type Request } from "express";
import { z } from "zod";
import { IdParamsSchema, ImportBodySchema } from "@zeren/shared/contract";
import { importJsonBody } from "../../http/json-body";
import { NoQuery, parseRequest } from "../../http/parse-request";
import * as service from "./documents.service";

/** Import bodies: the length check first, for the clear 413, then the contract. */
function parseImport(req: Request) {
  service.assertTextWithinLimit((req.body as { text?: unknown } | undefined)?.text);
  return parseRequest(z.object({ query: NoQuery, body: ImportBodySchema }), req).body;
}

export const documentsRouter = Router();

documentsRouter.get("/", async (req, res) => {
  parseRequest(z.object({ query: NoQuery }), req);
  res.json({ documents: await service.listDocuments() });
});

// Before the "/:id" routes, so "preview" is never read as a document id.
documentsRouter.post("/preview", importJsonBody, async (req, res) => {
  res.json(await service.previewDocument(parseImport(req)));
});

documentsRouter.post("/", importJsonBody, async (req, res) => {
  const result = await service.importDocument(parseImport(req));
  res.status(result.created ? 201 : 200).json(result);
});

documentsRouter.get("/:id", async (req, res) => {
  const { params } = parseRequest(z.object({ params: IdParamsSchema, query: NoQuery }), req);
  res.json(await service.getDocument(params.id));
});

documentsRouter.post("/:id/reextract", async (req, res) => {
  const { params } = parseRequest(z.object({ params: IdParamsSchema, query: NoQuery }), req);
  res.json(await service.reextractDocument(params.id));
});
