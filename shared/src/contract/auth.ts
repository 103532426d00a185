import { z } from "zod";

/**
 * Accounts, sessions and first-start setup. Sign-in and sign-out themselves are
 * better-auth's endpoints under /api/auth (POST /api/auth/sign-in/email with
 * {@link SignInBodySchema}, POST /api/auth/sign-out); our server answers their errors in the
 * one error envelope too.
 */

/** `instructor` runs exercises and the catalogue; `participant` only reviews in exercises. */
export const UserRoleSchema = z.enum(["instructor", "participant"]);
export type UserRole = z.infer<typeof UserRoleSchema>;

/** The interface language remembered per user. */
export const LocaleSchema = z.enum(["zh", "en"]);
export type Locale = z.infer<typeof LocaleSchema>;

/** better-auth's bounds for passwords (scrypt-hashed on the server). */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * CSRF double-submit: every /api response sets this readable cookie; every POST, PUT, PATCH
 * and DELETE under /api must send its value back in {@link CSRF_HEADER} (and come from our
 * own origin), else 403 CSRF_FAILED.
 */
export const CSRF_COOKIE = "zeren_csrf";
export const CSRF_HEADER = "X-CSRF-Token";

export const SessionUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: UserRoleSchema,
  locale: LocaleSchema,
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

/** GET /api/session: who is signed in (null when nobody), and whether setup is still open. */
export const SessionResponseSchema = z.object({
  user: SessionUserSchema.nullable(),
  /** True until the first instructor exists: the UI then points to the console's setup link. */
  setupRequired: z.boolean(),
  /**
   * Whether the signed-in user is the administrator: the first instructor, the one the setup
   * link created. Only they may download the whole-database backup. Absent right after
   * sign-in (the sign-in answer does not carry it) until the session is read again.
   */
  administrator: z.boolean().optional(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

const NameSchema = z.string().trim().min(1).max(100);
const EmailSchema = z.email().max(254);
const PasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

/** A new account's details (setup, invite acceptance). */
export const NewAccountBodySchema = z.strictObject({
  name: NameSchema,
  email: EmailSchema,
  password: PasswordSchema,
  locale: LocaleSchema.optional(),
});
export type NewAccountBody = z.infer<typeof NewAccountBodySchema>;

/** POST /api/setup: the token from the console link plus the first instructor's account. */
export const SetupBodySchema = NewAccountBodySchema.extend({
  token: z.string().min(1).max(200),
});
export type SetupBody = z.infer<typeof SetupBodySchema>;

/** GET /api/setup: whether the setup link can still be used. */
export const SetupStatusResponseSchema = z.object({ setupRequired: z.boolean() });
export type SetupStatusResponse = z.infer<typeof SetupStatusResponseSchema>;

/** POST /api/setup answers 201 with the new instructor, already signed in (cookie set). */
export const SetupResponseSchema = z.object({ user: SessionUserSchema });
export type SetupResponse = z.infer<typeof SetupResponseSchema>;

/** PATCH /api/me: the signed-in user's own preferences. Answers { user }. */
export const PatchMeBodySchema = z.strictObject({ locale: LocaleSchema });
export type PatchMeBody = z.infer<typeof PatchMeBodySchema>;
export const MeResponseSchema = z.object({ user: SessionUserSchema });
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** POST /api/auth/sign-in/email (better-auth). */
export const SignInBodySchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  rememberMe: z.boolean().optional(),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;
