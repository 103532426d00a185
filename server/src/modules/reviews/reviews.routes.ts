import { Router } from "express";
import { z } from "zod";
import {
  ExerciseItemParamsSchema,
  ExerciseParamsSchema,
  PutReviewBodySchema,
  ReviewHistoryQuerySchema,
} from "@zeren/shared/contract";
import { exerciseAccessOf, requireExerciseAccess } from "../../auth/exercise-access";
import { requireSession } from "../../auth/guards";
import { smallJsonBody } from "../../http/json-body";
import { EmptyBody, NoQuery, parseRequest } from "../../http/parse-request";
import * as service from "./reviews.service";

/** Mounted at /api/exercises/:id: a participant's own review of an item, its history, undo. */
export const reviewsRouter = Router({ mergeParams: true });
reviewsRouter.use(requireSession);

reviewsRouter.put(
  "/items/:itemId/review",
  requireExerciseAccess("id", "member"),
  smallJsonBody,
  async (req, res) => {
    const { params, body } = parseRequest(
      z.object({ params: ExerciseItemParamsSchema, query: NoQuery, body: PutReviewBodySchema }),
      req,
    );
    const access = exerciseAccessOf(req, res);
    res.json(
      await service.putReview(
        params.id,
        params.itemId,
        { userId: access.user.id, role: access.role },
        body,
      ),
    );
  },
);

reviewsRouter.get(
  "/items/:itemId/review/history",
  requireExerciseAccess("id", "owner-or-member"),
  async (req, res) => {
    const { params, query } = parseRequest(
      z.object({ params: ExerciseItemParamsSchema, query: ReviewHistoryQuerySchema }),
      req,
    );
    const access = exerciseAccessOf(req, res);
    res.json(
      await service.history(
        params.id,
        params.itemId,
        { userId: access.user.id, role: access.role },
        query,
      ),
    );
  },
);

reviewsRouter.post(
  "/undo",
  requireExerciseAccess("id", "member"),
  smallJsonBody,
  async (req, res) => {
    const { params } = parseRequest(
      z.object({ params: ExerciseParamsSchema, query: NoQuery, body: EmptyBody }),
      req,
    );
    const access = exerciseAccessOf(req, res);
    res.json(await service.undo(params.id, { userId: access.user.id, role: access.role }));
  },
);
