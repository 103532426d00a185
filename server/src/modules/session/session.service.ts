import type { PatchMeBody, SessionResponse, SessionUser } from "@zeren/shared/contract";
import { isSetupRequired } from "../setup/setup.service";
import * as repository from "./session.repository";

export async function describeSession(user: SessionUser | null): Promise<SessionResponse> {
  // Once someone is signed in a user exists, so setup is over without asking the database.
  if (!user) return { user, setupRequired: await isSetupRequired(), administrator: false };
  return { user, setupRequired: false, administrator: await isAdministrator(user) };
}

/** The administrator is the first instructor (see session.repository.ts). */
export async function isAdministrator(user: SessionUser): Promise<boolean> {
  return user.role === "instructor" && (await repository.firstInstructorId()) === user.id;
}

export async function updateMe(user: SessionUser, body: PatchMeBody): Promise<SessionUser> {
  return repository.updateLocale(user.id, body.locale);
}
