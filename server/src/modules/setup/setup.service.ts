import type { SetupBody, SessionUser } from "@zeren/shared/contract";
import { createUserAccount } from "../../auth/guards";
import { hashLinkToken, newLinkToken } from "../../auth/link-token";
import { AppError } from "../../errors/app-error";
import * as repository from "./setup.repository";

/**
 * First start: a new installation has no default password. While no user exists, the
 * server prints a one-time link whose token creates the first instructor. Only the token's
 * SHA-256 is stored; the link expires after 24 hours and a restart replaces it.
 */
export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export async function isSetupRequired(): Promise<boolean> {
  return !(await repository.hasAnyUser());
}

/**
 * Issues the setup token when no user exists and returns it (random 32 bytes, or `fixed`
 * for automated tests), or null when setup is closed.
 */
export async function issueSetupToken(fixed?: string, now = new Date()): Promise<string | null> {
  if (!(await isSetupRequired())) return null;
  const token = fixed ?? newLinkToken();
  await repository.replaceSetupToken(
    hashLinkToken(token),
    new Date(now.getTime() + SETUP_TOKEN_TTL_MS),
  );
  return token;
}

/** The link printed to the console; the token travels in the fragment, never to a server log. */
export function setupLink(baseUrl: string, token: string): string {
  return `${baseUrl}/setup#token=${encodeURIComponent(token)}`;
}

const closed = () =>
  new AppError(
    403,
    "SETUP_CLOSED",
    "This setup link is used, expired or wrong, or Zeren already has an instructor",
  );

/** Creates the first instructor with a valid token and burns the token. */
export async function completeSetup(
  body: SetupBody,
): Promise<{ user: SessionUser; setCookies: string[] }> {
  if (!(await isSetupRequired())) throw closed();
  const tokenHash = hashLinkToken(body.token);
  if (!(await repository.burnSetupToken(tokenHash, new Date()))) throw closed();
  try {
    return await createUserAccount({
      name: body.name,
      email: body.email,
      password: body.password,
      locale: body.locale,
      role: "instructor",
    });
  } catch (err) {
    // Nothing was created: the same link may be used again with corrected details.
    await repository.restoreSetupToken(tokenHash);
    throw err;
  }
}
