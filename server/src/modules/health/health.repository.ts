import { prisma } from "../../db";

/** Proves the database answers; the count tells an operator whether the seed ran. */
export async function countDocuments(): Promise<number> {
  return prisma.document.count();
}
