import { Router, type RequestHandler } from "express";
import { z } from "zod";
import { getSessionUser, requireRole, requireSession } from "../../auth/guards";
import { AppError } from "../../errors/app-error";
import { isAdministrator } from "../session/session.service";
import { NoQuery, parseRequest } from "../../http/parse-request";
import { createBackup } from "./backup.service";

/**
 * The backup holds every instructor's exercises, participants' notes and all password
 * hashes: only the administrator (the first instructor) may take it. 403 for the others.
 */
const requireAdministrator: RequestHandler = async (req, _res, next) => {
  if (!(await isAdministrator(getSessionUser(req)))) {
    throw new AppError(
      403,
      "FORBIDDEN",
      "Only the administrator (the first instructor, created by the setup link) may download the whole database",
    );
  }
  next();
};

/**
 * GET /api/backup (the administrator): the whole database as JSON, as a download. Restoring
 * is the CLI's job (`npm run --silent restore -w server -- FILE`), into an empty installation
 * only: no endpoint can overwrite a running installation's data.
 */
export const backupRouter = Router();
backupRouter.use(requireSession, requireRole("instructor"), requireAdministrator);

backupRouter.get("/", async (req, res) => {
  parseRequest(z.object({ query: NoQuery }), req);
  const backup = await createBackup();
  const day = backup.exportedAt.slice(0, 10);
  res.attachment(`zeren-backup-${day}.json`).json(backup);
});
