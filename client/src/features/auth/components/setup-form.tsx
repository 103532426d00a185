import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { PASSWORD_MIN_LENGTH } from "@zeren/shared/contract";
import { describeError, isApiError } from "@/lib/api-client";
import { currentLanguage } from "@/lib/i18n";
import { useCompleteSetup } from "../api/setup";
import { fieldErrors } from "../utils/field-errors";
import { EmailField } from "./email-field";
import { TextField } from "./text-field";

const FIELDS = ["name", "email", "password"] as const;

/**
 * Creates the first instructor with the one-time token from the console's link. The
 * account starts in the language the page is shown in.
 */
export function SetupForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t, i18n } = useTranslation("auth");
  const uid = useId();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const setup = useCompleteSetup();

  const errors = fieldErrors(setup.error, FIELDS);
  const hasFieldError = Object.keys(errors).length > 0;
  const formError = !setup.isError
    ? undefined
    : isApiError(setup.error) && setup.error.code === "SETUP_CLOSED"
      ? t("setup.closed")
      : hasFieldError
        ? t("setup.fixFields")
        : describeError(setup.error);

  return (
    <form
      className="panel auth-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (password !== confirm) {
          setMismatch(true);
          return;
        }
        setMismatch(false);
        setup.mutate(
          {
            token,
            name: name.trim(),
            email: email.trim(),
            password,
            locale: currentLanguage(i18n),
          },
          { onSuccess: onDone },
        );
      }}
    >
      <TextField
        id={`${uid}-name`}
        label={t("field.name")}
        autoComplete="name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <EmailField id={`${uid}-email`} value={email} onChange={setEmail} error={errors.email} />
      <TextField
        id={`${uid}-password`}
        label={t("field.newPassword")}
        hint={t("field.passwordHint", { count: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <TextField
        id={`${uid}-confirm`}
        label={t("field.confirmPassword")}
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={mismatch ? t("field.passwordsDiffer") : undefined}
      />
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={setup.isPending}>
          {setup.isPending ? t("setup.submitting") : t("setup.submit")}
        </button>
      </div>
    </form>
  );
}
