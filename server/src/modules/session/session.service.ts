import type { PatchMeBody, SessionResponse, SessionUser } from "@zeren/shared/contract";
import { isSetupRequired } from "../setup/setup.service";
import * as repository from "./session.repository";

export async function describeSession(user: SessionUser | null): Promise<SessionResponse> {
  // Once someone is signed in a user exists, so setup is over without asking the database.
  return { user, setupRequired: user ? false : await isSetupRequired() };
}

export async function updateMe(user: SessionUser, body: PatchMeBody): Promise<SessionUser> {
  return repository.updateLocale(user.id, body.locale);
}
