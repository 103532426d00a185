import type { Router } from "express";
import { agreementRouter } from "../agreement/agreement.routes";
import { backupRouter } from "../backup/backup.routes";
import { classSummaryRouter } from "../class-summary/class-summary.routes";
import { exportsRouter } from "../exports/exports.routes";
import { exerciseInvitesRouter, publicInvitesRouter } from "../invites/invites.routes";
import { reviewsRouter } from "../reviews/reviews.routes";
import { exercisesRouter } from "./exercises.routes";

/**
 * Issue 4's routes in one place, so app.ts mounts them with two calls. Every router also
 * runs requireSession itself and each route names the exercise access it needs
 * (auth/exercise-access.ts): a wrong mount order fails closed.
 */

/** Public (mount above requireSession): looking at and accepting a class link. */
export function mountPublicExerciseRoutes(api: Router): void {
  api.use("/invites", publicInvitesRouter);
}

/** Signed-in: exercises and everything inside them, and the whole-database backup. */
export function mountExerciseRoutes(api: Router): void {
  api.use("/exercises", exercisesRouter);
  api.use(
    "/exercises/:id",
    reviewsRouter,
    agreementRouter,
    classSummaryRouter,
    exportsRouter,
    exerciseInvitesRouter,
  );
  api.use("/backup", backupRouter);
}
