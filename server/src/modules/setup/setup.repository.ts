import { prisma } from "../../db";

/** Whether any account exists: setup is open only while none does. */
export async function hasAnyUser(): Promise<boolean> {
  return (await prisma.user.count()) > 0;
}

/** Replaces every earlier setup token: only the newest link printed to the console works. */
export async function replaceSetupToken(tokenHash: string, expiresAt: Date): Promise<void> {
  await prisma.$transaction([
    prisma.setupToken.deleteMany(),
    prisma.setupToken.create({ data: { tokenHash, expiresAt } }),
  ]);
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
