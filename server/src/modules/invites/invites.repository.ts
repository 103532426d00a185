import { newestFirstAfter, type NewestFirstCursor } from "../../http/cursor";
import { prisma } from "../../db";

export interface InviteRecord {
  id: string;
  exerciseId: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

const INVITE_SELECT = {
  id: true,
  exerciseId: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;

export async function insertInvite(data: {
  exerciseId: string;
  tokenHash: string;
  expiresAt: Date;
}): Promise<InviteRecord> {
  return prisma.invite.create({ data, select: INVITE_SELECT });
}

/** A page of an exercise's class links, newest first, and how many there are. */
export async function findInvites(
  exerciseId: string,
  take: number,
  cursor: NewestFirstCursor | undefined,
): Promise<{ rows: InviteRecord[]; total: number }> {
  const [rows, total] = await Promise.all([
    prisma.invite.findMany({
      where: { AND: [{ exerciseId }, newestFirstAfter(cursor)] },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: INVITE_SELECT,
      take,
    }),
    cursor ? cursor.total : prisma.invite.count({ where: { exerciseId } }),
  ]);
  return { rows, total };
}

/** Revokes an invite of this exercise; false when there is no such invite. */
export async function revokeInvite(exerciseId: string, inviteId: string): Promise<boolean> {
  const { count } = await prisma.invite.updateMany({
    where: { id: inviteId, exerciseId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 1) return true;
  // Already revoked is fine; unknown is not.
  return (await prisma.invite.count({ where: { id: inviteId, exerciseId } })) === 1;
}

export async function findInviteByHash(tokenHash: string) {
  return prisma.invite.findUnique({
    where: { tokenHash },
    select: {
      ...INVITE_SELECT,
      exercise: {
        select: { id: true, title: true, blind: true, owner: { select: { name: true } } },
      },
    },
  });
}

export async function isMember(exerciseId: string, userId: string): Promise<boolean> {
  return (await prisma.exerciseMember.count({ where: { exerciseId, userId } })) === 1;
}

/** Joins; joining twice is a no-op. True when the user was not a member before. */
export async function addMember(exerciseId: string, userId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.exerciseMember.count({ where: { exerciseId, userId } });
    if (existing > 0) return false;
    await tx.exerciseMember.create({ data: { exerciseId, userId } });
    return true;
  });
}
