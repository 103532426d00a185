import { NewestFirstCursorSchema, decodeCursor, pageOf } from "../../http/cursor";
import type {
  AcceptInviteBody,
  AcceptInviteResponse,
  CreateInviteResponse,
  InviteInfoResponse,
  InvitesQuery,
  InvitesResponse,
  SessionUser,
} from "@zeren/shared/contract";
import { createUserAccount } from "../../auth/guards";
import { hashLinkToken, newLinkToken } from "../../auth/link-token";
import { config } from "../../config";
import { AppError, notFound } from "../../errors/app-error";
import * as repository from "./invites.repository";

/** A class link stays valid for two weeks unless revoked. */
export const INVITE_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** Unknown, expired and revoked links all read the same: no link to use. */
const invalidLink = () =>
  new AppError(404, "NOT_FOUND", "This invitation link is unknown, expired or withdrawn");

export async function createInvite(
  exerciseId: string,
  now = new Date(),
): Promise<CreateInviteResponse> {
  const token = newLinkToken();
  const invite = await repository.insertInvite({
    exerciseId,
    tokenHash: hashLinkToken(token),
    expiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS),
  });
  return {
    id: invite.id,
    url: `${config.PAGES_ORIGIN}/join/${token}`,
    token,
    expiresAt: invite.expiresAt.toISOString(),
  };
}

export async function listInvites(
  exerciseId: string,
  query: InvitesQuery,
  now = new Date(),
): Promise<InvitesResponse> {
  const cursor =
    query.cursor === undefined ? undefined : decodeCursor(NewestFirstCursorSchema, query.cursor);
  const { rows, total } = await repository.findInvites(exerciseId, query.limit + 1, cursor);
  const { page, nextCursor } = pageOf(
    rows,
    query.limit,
    (invite) => ({ after: [invite.createdAt.toISOString(), invite.id], total }),
    (invite) => ({
      id: invite.id,
      createdAt: invite.createdAt.toISOString(),
      expiresAt: invite.expiresAt.toISOString(),
      revokedAt: invite.revokedAt?.toISOString() ?? null,
      active: invite.revokedAt === null && invite.expiresAt > now,
    }),
  );
  return { invites: page, total, nextCursor };
}

export async function revokeInvite(exerciseId: string, inviteId: string): Promise<void> {
  if (!(await repository.revokeInvite(exerciseId, inviteId))) throw notFound("Invite", inviteId);
}

async function usableInvite(token: string, now: Date) {
  const invite = await repository.findInviteByHash(hashLinkToken(token));
  if (!invite || invite.revokedAt !== null || invite.expiresAt <= now) throw invalidLink();
  return invite;
}

export async function inviteInfo(
  token: string,
  user: SessionUser | null,
  now = new Date(),
): Promise<InviteInfoResponse> {
  const invite = await usableInvite(token, now);
  return {
    exercise: {
      id: invite.exercise.id,
      title: invite.exercise.title,
      blind: invite.exercise.blind,
      ownerName: invite.exercise.owner.name,
    },
    expiresAt: invite.expiresAt.toISOString(),
    signedIn: user ? { role: user.role, name: user.name } : null,
    alreadyMember: user ? await repository.isMember(invite.exerciseId, user.id) : false,
  };
}

/**
 * Joins the exercise. Signed out: creates the participant account from `body` (and the
 * caller sets the returned cookies to sign it in). Signed in: a participant just joins;
 * an instructor is refused (instructors run exercises, they do not code in them).
 */
export async function acceptInvite(
  token: string,
  user: SessionUser | null,
  body: AcceptInviteBody | null,
  now = new Date(),
): Promise<{ response: AcceptInviteResponse; setCookies: string[] }> {
  const invite = await usableInvite(token, now);
  let member = user;
  let setCookies: string[] = [];
  if (member?.role === "instructor") {
    throw new AppError(403, "FORBIDDEN", "Instructors cannot join an exercise as participants");
  }
  if (!member) {
    if (!body) {
      throw new AppError(400, "VALIDATION_FAILED", "The request is not valid", {
        issues: [{ path: "body", message: "Name, email and password are required to join" }],
      });
    }
    const created = await createUserAccount({ ...body, role: "participant" });
    member = created.user;
    setCookies = created.setCookies;
  }
  const joined = await repository.addMember(invite.exerciseId, member.id);
  return { response: { exerciseId: invite.exerciseId, joined, user: member }, setCookies };
}
