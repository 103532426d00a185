import { Router } from "express";
import { z } from "zod";
import {
  AcceptInviteBodySchema,
  ExerciseParamsSchema,
  InviteTokenParamsSchema,
  InvitesQuerySchema,
} from "@zeren/shared/contract";
import { requireExerciseAccess } from "../../auth/exercise-access";
import { loadSessionUser, requireSession } from "../../auth/guards";
import { smallJsonBody } from "../../http/json-body";
import { EmptyBody, NoQuery, parseRequest } from "../../http/parse-request";
import * as service from "./invites.service";

/** Mounted at /api/exercises/:id: the owner makes, lists and withdraws class links. */
export const exerciseInvitesRouter = Router({ mergeParams: true });
exerciseInvitesRouter.use(requireSession);

exerciseInvitesRouter.post(
  "/invites",
  requireExerciseAccess("id", "owner"),
  smallJsonBody,
  async (req, res) => {
    const { params } = parseRequest(z.object({ params: ExerciseParamsSchema }), req);
    res.status(201).json(await service.createInvite(params.id));
  },
);

exerciseInvitesRouter.get("/invites", requireExerciseAccess("id", "owner"), async (req, res) => {
  const { params, query } = parseRequest(
    z.object({ params: ExerciseParamsSchema, query: InvitesQuerySchema }),
    req,
  );
  res.json(await service.listInvites(params.id, query));
});

exerciseInvitesRouter.delete(
  "/invites/:inviteId",
  requireExerciseAccess("id", "owner"),
  smallJsonBody,
  async (req, res) => {
    const { params } = parseRequest(
      z.object({
        params: ExerciseParamsSchema.extend({ inviteId: z.string().min(1).max(200) }),
        query: NoQuery,
      }),
      req,
    );
    await service.revokeInvite(params.id, params.inviteId);
    res.status(204).end();
  },
);

/** Mounted at /api/invites, before the session guard: whoever holds the link may look and join. */
export const publicInvitesRouter = Router();

publicInvitesRouter.get("/:token", async (req, res) => {
  const { params } = parseRequest(
    z.object({ params: InviteTokenParamsSchema, query: NoQuery }),
    req,
  );
  res.json(await service.inviteInfo(params.token, await loadSessionUser(req, res)));
});

publicInvitesRouter.post("/:token/accept", smallJsonBody, async (req, res) => {
  const user = await loadSessionUser(req, res);
  const { params, body } = parseRequest(
    z.object({
      params: InviteTokenParamsSchema,
      query: NoQuery,
      // Signed in: nothing to send. Signed out: the new account.
      body: user ? EmptyBody.transform(() => null) : AcceptInviteBodySchema,
    }),
    req,
  );
  const { response, setCookies } = await service.acceptInvite(params.token, user, body);
  if (setCookies.length > 0) res.append("Set-Cookie", setCookies);
  res.json(response);
});
