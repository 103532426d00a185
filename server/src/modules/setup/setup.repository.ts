import { prisma } from "../../db";
import { Prisma } from "../../generated/prisma/client";

/** Whether any account exists: setup is open only while none does. */
export async function hasAnyUser(): Promise<boolean> {
  return (await prisma.user.count()) > 0;
}

/**
 * Replaces every earlier setup token: only the newest link printed to the console works.
 * Several instances starting at once on one PostgreSQL may each leave theirs (each link is
 * one-use and creates the first instructor only while there is none); with a fixed
 * SETUP_TOKEN they store the same hash, and the one that finds it already stored is done.
 */
export async function replaceSetupToken(tokenHash: string, expiresAt: Date): Promise<void> {
  try {
    await prisma.$transaction([
      prisma.setupToken.deleteMany({ where: { tokenHash: { not: tokenHash } } }),
      prisma.setupToken.upsert({
        where: { tokenHash },
        create: { tokenHash, expiresAt },
        update: { expiresAt, usedAt: null },
      }),
    ]);
  } catch (err) {
    if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")) throw err;
  }
}

/**
 * Burns the token if it is still usable: one conditional update, so of two requests with
 * the same token exactly one gets `true`.
 */
export async function burnSetupToken(tokenHash: string, now: Date): Promise<boolean> {
  const { count } = await prisma.setupToken.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/** Gives a burnt token back when the account could not be created (bad email, …). */
export async function restoreSetupToken(tokenHash: string): Promise<void> {
  await prisma.setupToken.updateMany({ where: { tokenHash }, data: { usedAt: null } });
}
