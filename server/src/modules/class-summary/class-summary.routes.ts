import { Router } from "express";
import { z } from "zod";
import { ClassSummaryQuerySchema, ExerciseParamsSchema } from "@zeren/shared/contract";
import { requireExerciseAccess } from "../../auth/exercise-access";
import { requireSession } from "../../auth/guards";
import { parseRequest } from "../../http/parse-request";
import { classSummary } from "./class-summary.service";

/** Mounted at /api/exercises/:id; the owner only. */
export const classSummaryRouter = Router({ mergeParams: true });
classSummaryRouter.use(requireSession);

classSummaryRouter.get("/summary", requireExerciseAccess("id", "owner"), async (req, res) => {
  const { params, query } = parseRequest(
    z.object({ params: ExerciseParamsSchema, query: ClassSummaryQuerySchema }),
    req,
  );
  res.json(await classSummary(params.id, query));
});
