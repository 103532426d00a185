import { Router } from "express";
import { z } from "zod";
import { SetupBodySchema, type SetupResponse } from "@zeren/shared/contract";
import { smallJsonBody } from "../../http/json-body";
import { NoQuery, parseRequest } from "../../http/parse-request";
import * as service from "./setup.service";

/** Public while no user exists: the console's one-time link leads here. */
export const setupRouter = Router();

setupRouter.get("/", async (req, res) => {
  parseRequest(z.object({ query: NoQuery }), req);
  res.json({ setupRequired: await service.isSetupRequired() });
});

setupRouter.post("/", smallJsonBody, async (req, res) => {
  const { body } = parseRequest(z.object({ query: NoQuery, body: SetupBodySchema }), req);
  const { user, setCookies } = await service.completeSetup(body);
  res.append("Set-Cookie", setCookies);
  res.status(201).json({ user } satisfies SetupResponse);
});
