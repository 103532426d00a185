import { Router } from "express";
import { z } from "zod";
import { requireRole, requireSession } from "../../auth/guards";
import { NoQuery, parseRequest } from "../../http/parse-request";
import { createBackup } from "./backup.service";

/**
 * GET /api/backup (instructor): the whole database as JSON, as a download. Restoring is
 * the CLI's job (`npm run --silent restore -w server -- FILE`), into an empty installation
 * only: no endpoint can overwrite a running installation's data.
 */
export const backupRouter = Router();
backupRouter.use(requireSession, requireRole("instructor"));

backupRouter.get("/", async (req, res) => {
  parseRequest(z.object({ query: NoQuery }), req);
  const backup = await createBackup();
  const day = backup.exportedAt.slice(0, 10);
  res.attachment(`zeren-backup-${day}.json`).json(backup);
});
