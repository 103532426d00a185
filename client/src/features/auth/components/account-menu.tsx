import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { describeError } from "@/lib/api-client";
import { useSessionUser } from "../api/get-session";
import { useSignOut } from "../api/sign-out";

/** Who is signed in, in which role, and the way out (the session ends on the server). */
export function AccountMenu() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!user) return null;
  return (
    <div className="account">
      <span className="account__who">
        <span className="account__name">{user.name}</span>{" "}
        <span className="account__role">{t(`account.role.${user.role}`)}</span>
      </span>
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSuccess: () => void navigate("/sign-in", { replace: true }),
          })
        }
      >
        {signOut.isPending ? t("account.signingOut") : t("account.signOut")}
      </button>
      {signOut.isError && (
        <span className="account__error" role="alert">
          {t("account.signOutFailed", { reason: describeError(signOut.error) })}
        </span>
      )}
    </div>
  );
}
