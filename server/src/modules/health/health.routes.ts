import { Router } from "express";
import { checkHealth } from "./health.service";

export const healthRouter = Router();

// No query validation: probes and load balancers add their own parameters.
healthRouter.get("/", async (_req, res) => {
  res.json(await checkHealth());
});
