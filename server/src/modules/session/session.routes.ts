import { Router } from "express";
import { z } from "zod";
import { PatchMeBodySchema, type MeResponse } from "@zeren/shared/contract";
import { getSessionUser, loadSessionUser, requireSession } from "../../auth/guards";
import { forgetUser } from "../../auth/session-cache";
import { smallJsonBody } from "../../http/json-body";
import { NoQuery, parseRequest } from "../../http/parse-request";
import * as service from "./session.service";

/** GET /api/session: public (answers user: null when signed out), the client's first call. */
export const sessionRouter = Router();

sessionRouter.get("/", async (req, res) => {
  parseRequest(z.object({ query: NoQuery }), req);
  // Never cached: it changes on sign-in and sign-out.
  res.set("Cache-Control", "no-store");
  res.json(await service.describeSession(await loadSessionUser(req, res)));
});

/** PATCH /api/me: the signed-in user's own preferences (the interface language). */
export const meRouter = Router();

meRouter.patch("/", requireSession, smallJsonBody, async (req, res) => {
  const { body } = parseRequest(z.object({ query: NoQuery, body: PatchMeBodySchema }), req);
  const user = await service.updateMe(getSessionUser(req), body);
  // The cached session check holds the old language; the next request reads the new one.
  forgetUser(user.id);
  res.json({ user } satisfies MeResponse);
});
