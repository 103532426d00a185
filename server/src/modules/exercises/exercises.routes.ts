import { Router } from "express";
import { z } from "zod";
import {
  CreateExerciseBodySchema,
  ExerciseDocumentParamsSchema,
  ExerciseItemsQuerySchema,
  ExercisesQuerySchema,
  ExerciseParamsSchema,
  ProgressQuerySchema,
} from "@zeren/shared/contract";
import { exerciseAccessOf, requireExerciseAccess } from "../../auth/exercise-access";
import { getSessionUser, requireRole, requireSession } from "../../auth/guards";
import { smallJsonBody } from "../../http/json-body";
import { NoQuery, parseRequest } from "../../http/parse-request";
import * as service from "./exercises.service";

/**
 * /api/exercises. Sub-routers (reviews, agreement, summary, exports, invites) mount on
 * "/:id" after this router's own routes; each route names the access it needs.
 */
export const exercisesRouter = Router();
exercisesRouter.use(requireSession);

exercisesRouter.post("/", requireRole("instructor"), smallJsonBody, async (req, res) => {
  const { body } = parseRequest(z.object({ query: NoQuery, body: CreateExerciseBodySchema }), req);
  res.status(201).json(await service.createExercise(getSessionUser(req), body));
});

exercisesRouter.get("/", async (req, res) => {
  const { query } = parseRequest(z.object({ query: ExercisesQuerySchema }), req);
  res.json(await service.listExercises(getSessionUser(req), query));
});

exercisesRouter.get("/:id", requireExerciseAccess("id", "owner-or-member"), async (req, res) => {
  const { params } = parseRequest(z.object({ params: ExerciseParamsSchema, query: NoQuery }), req);
  const access = exerciseAccessOf(req, res);
  res.json(await service.getExercise(params.id, { userId: access.user.id, role: access.role }));
});

exercisesRouter.get(
  "/:id/items",
  requireExerciseAccess("id", "owner-or-member"),
  async (req, res) => {
    const { params, query } = parseRequest(
      z.object({ params: ExerciseParamsSchema, query: ExerciseItemsQuerySchema }),
      req,
    );
    const access = exerciseAccessOf(req, res);
    res.json(
      await service.listItems(params.id, { userId: access.user.id, role: access.role }, query),
    );
  },
);

exercisesRouter.get("/:id/progress", requireExerciseAccess("id", "owner"), async (req, res) => {
  const { params, query } = parseRequest(
    z.object({ params: ExerciseParamsSchema, query: ProgressQuerySchema }),
    req,
  );
  res.json(await service.progress(params.id, query));
});

exercisesRouter.get(
  "/:id/documents/:documentId/source",
  requireExerciseAccess("id", "owner-or-member"),
  async (req, res) => {
    const { params } = parseRequest(
      z.object({ params: ExerciseDocumentParamsSchema, query: NoQuery }),
      req,
    );
    res.json(await service.exerciseSource(params.id, params.documentId));
  },
);
