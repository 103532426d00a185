import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError, isApiError } from "@/lib/api-client";
import { useSignIn } from "../api/sign-in";
import { EmailField } from "./email-field";
import { TextField } from "./text-field";

/** Email and password; a wrong pair and too many attempts are told apart. */
export function SignInForm() {
  const { t } = useTranslation("auth");
  const uid = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useSignIn();

  const message = !signIn.isError
    ? undefined
    : isApiError(signIn.error) && signIn.error.code === "UNAUTHENTICATED"
      ? t("signIn.wrongCredentials")
      : describeError(signIn.error);

  return (
    <form
      className="panel auth-form"
      onSubmit={(event) => {
        event.preventDefault();
        signIn.mutate({ email: email.trim(), password });
      }}
    >
      <EmailField id={`${uid}-email`} value={email} onChange={setEmail} />
      <TextField
        id={`${uid}-password`}
        label={t("field.password")}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={signIn.isPending}>
          {signIn.isPending ? t("signIn.submitting") : t("signIn.submit")}
        </button>
      </div>
    </form>
  );
}
