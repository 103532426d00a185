import { Router } from "express";
import { z } from "zod";
import {
  AcceptUnanimousBodySchema,
  AdjudicateBodySchema,
  AdjudicationQuerySchema,
  AgreementItemsQuerySchema,
  ExerciseItemParamsSchema,
  ExerciseParamsSchema,
} from "@zeren/shared/contract";
import { exerciseAccessOf, requireExerciseAccess } from "../../auth/exercise-access";
import { requireSession } from "../../auth/guards";
import { smallJsonBody } from "../../http/json-body";
import { NoQuery, parseRequest } from "../../http/parse-request";
import * as service from "./agreement.service";

/** Mounted at /api/exercises/:id; the owner only. */
export const agreementRouter = Router({ mergeParams: true });
agreementRouter.use(requireSession);

agreementRouter.get("/agreement", requireExerciseAccess("id", "owner"), async (req, res) => {
  const { params } = parseRequest(z.object({ params: ExerciseParamsSchema, query: NoQuery }), req);
  res.json(await service.agreement(params.id));
});

agreementRouter.get("/agreement/items", requireExerciseAccess("id", "owner"), async (req, res) => {
  const { params, query } = parseRequest(
    z.object({ params: ExerciseParamsSchema, query: AgreementItemsQuerySchema }),
    req,
  );
  res.json(await service.agreementItems(params.id, query));
});

agreementRouter.get("/adjudication", requireExerciseAccess("id", "owner"), async (req, res) => {
  const { params, query } = parseRequest(
    z.object({ params: ExerciseParamsSchema, query: AdjudicationQuerySchema }),
    req,
  );
  res.json(await service.adjudicationQueue(params.id, query));
});

// Before "/adjudication/:itemId", which would otherwise take "unanimous" for an item id.
agreementRouter.post(
  "/adjudication/unanimous",
  requireExerciseAccess("id", "owner"),
  smallJsonBody,
  async (req, res) => {
    const { params, body } = parseRequest(
      z.object({
        params: ExerciseParamsSchema,
        query: NoQuery,
        body: AcceptUnanimousBodySchema.optional(),
      }),
      req,
    );
    const access = exerciseAccessOf(req, res);
    res.json(await service.acceptUnanimous(params.id, access.user, body ?? {}));
  },
);

agreementRouter.post(
  "/adjudication/:itemId",
  requireExerciseAccess("id", "owner"),
  smallJsonBody,
  async (req, res) => {
    const { params, body } = parseRequest(
      z.object({ params: ExerciseItemParamsSchema, query: NoQuery, body: AdjudicateBodySchema }),
      req,
    );
    const access = exerciseAccessOf(req, res);
    res.json(await service.adjudicate(params.id, params.itemId, access.user, body));
  },
);
