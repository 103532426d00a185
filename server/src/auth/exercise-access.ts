import type { Request, RequestHandler, Response } from "express";
import type { SessionUser } from "@zeren/shared/contract";
import { AppError, notFound } from "../errors/app-error";
import { findExerciseRole } from "../modules/exercises/exercises.repository";
import { getSessionUser } from "./guards";

/**
 * Who may reach an exercise, decided once per request, on the server:
 * - its owner (the instructor who created it) and its members (participants who joined);
 * - anyone else gets 404, as if the exercise did not exist: exercise ids are not theirs to
 *   know, and a 403 would confirm the id is real;
 * - a member on an owner-only endpoint, or the owner on a participant-only one, gets 403
 *   FORBIDDEN: they know the exercise, the refusal is about their role in it.
 */
export type ExerciseAccessMode =
  /** Owner or member (reading the exercise and one's own part of it). */
  | "owner-or-member"
  /** Only the owner (dashboard, agreement, adjudication, summary, exports, invites). */
  | "owner"
  /** Only a member (coding one's own reviews, undo). */
  | "member";

export interface ExerciseAccess {
  exerciseId: string;
  user: SessionUser;
  role: "owner" | "member";
}

const ACCESS_KEY = "exerciseAccess";

/** Mount after `requireSession`; `param` names the route parameter holding the exercise id. */
export function requireExerciseAccess(param: string, mode: ExerciseAccessMode): RequestHandler {
  return async (req, res, next) => {
    const user = getSessionUser(req);
    const exerciseId = req.params[param];
    if (typeof exerciseId !== "string" || exerciseId.length === 0 || exerciseId.length > 200) {
      throw notFound("Exercise", String(exerciseId));
    }
    const role = await findExerciseRole(exerciseId, user.id);
    if (role === null) throw notFound("Exercise", exerciseId);
    if (mode === "owner" && role !== "owner") {
      throw new AppError(
        403,
        "FORBIDDEN",
        "Only the instructor who runs this exercise may do this",
      );
    }
    if (mode === "member" && role !== "member") {
      throw new AppError(403, "FORBIDDEN", "Only participants of this exercise code its items");
    }
    res.locals[ACCESS_KEY] = { exerciseId, user, role } satisfies ExerciseAccess;
    next();
  };
}

/** The access `requireExerciseAccess` granted; throws (fails closed) when it did not run. */
export function exerciseAccessOf(_req: Request, res: Response): ExerciseAccess {
  const access = res.locals[ACCESS_KEY] as ExerciseAccess | undefined;
  if (!access) throw new AppError(403, "FORBIDDEN", "Exercise access was not checked");
  return access;
}
