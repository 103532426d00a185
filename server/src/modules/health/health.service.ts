import type { z } from "zod";
import type { HealthResponseSchema } from "@zeren/shared/contract";
import { countDocuments } from "./health.repository";

export async function checkHealth(): Promise<z.infer<typeof HealthResponseSchema>> {
  return { status: "ok", documents: await countDocuments() };
}
