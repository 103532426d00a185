import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type AcceptInviteResponse,
  type InviteInfoResponse,
} from "@zeren/shared/contract";
import { describeError, isApiError } from "@/lib/api-client";
import { currentLanguage } from "@/lib/i18n";
import { useAcceptInvite } from "../api/accept-invite";

function fieldIssue(error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  return error.issues.find((issue) => issue.path === `body.${field}`)?.message;
}

/** A new participant's account: name, email, a password they choose now. */
type OnJoined = (result: AcceptInviteResponse) => void;

function NewAccountForm({ token, onJoined }: { token: string; onJoined: OnJoined }) {
  const { t, i18n } = useTranslation("exercises");
  const accept = useAcceptInvite();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const error = accept.error;
  const emailTaken = isApiError(error) && error.code === "EMAIL_TAKEN";

  const field = (id: "name" | "email" | "password", input: ReactNode, hint?: string) => {
    const issue =
      fieldIssue(error, id) ?? (id === "email" && emailTaken ? t("join.emailTaken") : undefined);
    return (
      <div className="field">
        <label htmlFor={`join-${id}`}>{t(`join.${id}`)}</label>
        {input}
        {hint && <p className="hint">{hint}</p>}
        {issue && (
          <p className="field-error" id={`join-${id}-error`}>
            {issue}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      className="panel join-form"
      onSubmit={(event) => {
        event.preventDefault();
        accept.mutate(
          {
            token,
            account: { name, email, password, locale: currentLanguage(i18n) },
          },
          { onSuccess: onJoined },
        );
      }}
    >
      {field(
        "name",
        <input
          id="join-name"
          type="text"
          autoComplete="name"
          required
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />,
      )}
      {field(
        "email",
        <input
          id="join-email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />,
      )}
      {field(
        "password",
        <input
          id="join-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />,
        t("join.passwordHint", { min: PASSWORD_MIN_LENGTH }),
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={accept.isPending}>
          {accept.isPending ? t("join.joining") : t("join.createAndJoin")}
        </button>
      </div>
      {accept.isError && !emailTaken && !(isApiError(error) && error.issues.length > 0) && (
        <p className="form-error" role="alert">
          {t("join.failed", { reason: describeError(error) })}
        </p>
      )}
      <p className="hint">
        {t("join.haveAccount")}{" "}
        <Link to={`/sign-in?next=${encodeURIComponent(`/join/${token}`)}`}>{t("join.signIn")}</Link>
      </p>
    </form>
  );
}

/** Signed in as a participant: one button joins. */
function JoinAsSignedIn({
  token,
  name,
  onJoined,
}: {
  token: string;
  name: string;
  onJoined: OnJoined;
}) {
  const { t } = useTranslation("exercises");
  const accept = useAcceptInvite();
  return (
    <div className="panel join-form">
      <p>{t("join.signedInAs", { name })}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={accept.isPending}
          onClick={() => accept.mutate({ token, account: null }, { onSuccess: onJoined })}
        >
          {accept.isPending ? t("join.joining") : t("join.join")}
        </button>
      </div>
      {accept.isError && (
        <p className="form-error" role="alert">
          {t("join.failed", { reason: describeError(accept.error) })}
        </p>
      )}
    </div>
  );
}

/**
 * What a class link offers: a new account, a one-click join for a signed-in participant,
 * or a way in for someone already a member. Instructors do not code, so they are told so.
 */
export function JoinPanel({
  token,
  invite,
  onJoined,
}: {
  token: string;
  invite: InviteInfoResponse;
  /** The account is signed in and a member: the route records the session and moves on. */
  onJoined: OnJoined;
}) {
  const { t } = useTranslation("exercises");
  const signedIn = invite.signedIn;
  if (invite.alreadyMember) {
    return (
      <div className="panel join-form">
        <p>{t("join.alreadyMember")}</p>
        <Link className="button button--primary" to={`/exercises/${invite.exercise.id}`}>
          {t("join.open")}
        </Link>
      </div>
    );
  }
  if (signedIn?.role === "instructor") {
    return (
      <div className="panel join-form" role="alert">
        <p>{t("join.instructor", { name: signedIn.name })}</p>
      </div>
    );
  }
  if (signedIn) return <JoinAsSignedIn token={token} name={signedIn.name} onJoined={onJoined} />;
  return <NewAccountForm token={token} onJoined={onJoined} />;
}
