import { isAPIError } from "better-auth/api";
import {
  SessionUserSchema,
  type Locale,
  type SessionUser,
  type UserRole,
} from "@zeren/shared/contract";
import { AppError } from "../errors/app-error";
import { auth, newAccountContext } from "./auth";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  role: UserRole;
  locale?: Locale;
}

export interface CreatedAccount {
  user: SessionUser;
  /**
   * The Set-Cookie values that sign the new user in (better-auth's session cookie). A route
   * that wants the new user signed in appends them: `res.append("Set-Cookie", setCookies)`.
   */
  setCookies: string[];
}

/** better-auth's user object (with our additional fields) in the contract's shape. */
export function toSessionUser(user: Record<string, unknown>): SessionUser {
  return SessionUserSchema.parse({
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale,
  });
}

/**
 * Creates an email+password account through better-auth's own server API (so the password
 * is hashed the way sign-in checks it: scrypt) and returns its session cookies. Used by the
 * setup link (first instructor) and by invite acceptance (participants); nothing else
 * creates accounts. Not inside a caller's Prisma transaction: better-auth uses its own client.
 */
export async function createUserAccount(account: NewAccount): Promise<CreatedAccount> {
  const { name, email, password, role, locale = "zh" } = account;
  try {
    const { headers, response } = await newAccountContext.run({ role, locale }, () =>
      auth.api.signUpEmail({ body: { name, email, password }, returnHeaders: true }),
    );
    return {
      user: toSessionUser(response.user),
      setCookies: headers.getSetCookie(),
    };
  } catch (err) {
    if (!isAPIError(err)) throw err;
    // Two sign-ups with one email at once both pass better-auth's "exists?" check; the unique
    // index refuses the later one, which better-auth reports as a generic failure.
    if (err.body?.code === "FAILED_TO_CREATE_USER" && (await emailExists(email))) {
      throw emailTaken();
    }
    throw fromBetterAuth(err.statusCode, err.body?.code, err.message);
  }
}

async function emailExists(email: string): Promise<boolean> {
  const context = await auth.$context;
  return (await context.internalAdapter.findUserByEmail(email.toLowerCase())) !== null;
}

const emailTaken = () =>
  new AppError(409, "EMAIL_TAKEN", "An account with this email already exists");

/** better-auth's refusals of a new account in our error vocabulary. */
function fromBetterAuth(status: number, code: string | undefined, message: string): AppError {
  if (code?.startsWith("USER_ALREADY_EXISTS")) return emailTaken();
  if (status === 400 || status === 422) return new AppError(400, "VALIDATION_FAILED", message);
  return new AppError(500, "INTERNAL", "The account could not be created");
}
