import { Router } from "express";
import { z } from "zod";
import { ExportQuerySchema, ExerciseParamsSchema } from "@zeren/shared/contract";
import { requireExerciseAccess } from "../../auth/exercise-access";
import { getSessionUser, requireSession } from "../../auth/guards";
import { parseRequest } from "../../http/parse-request";
import { exportCsv, exportXlsx } from "./exports.service";
import { sendFile } from "./streamed-file";

/**
 * Mounted at /api/exercises/:id; the owner only. Same filters as the items list, and
 * `layout=wide` for one row per item (see ExportQuerySchema). Both stream (issue 9).
 */
export const exportsRouter = Router({ mergeParams: true });
exportsRouter.use(requireSession);

exportsRouter.get("/export.csv", requireExerciseAccess("id", "owner"), async (req, res) => {
  const { params, query } = parseRequest(
    z.object({ params: ExerciseParamsSchema, query: ExportQuerySchema }),
    req,
  );
  await sendFile(res, await exportCsv(params.id, query, getSessionUser(req).locale));
});

exportsRouter.get("/export.xlsx", requireExerciseAccess("id", "owner"), async (req, res) => {
  const { params, query } = parseRequest(
    z.object({ params: ExerciseParamsSchema, query: ExportQuerySchema }),
    req,
  );
  await sendFile(res, await exportXlsx(params.id, query, getSessionUser(req).locale));
});
