import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** A readable 403: what the reader may not do, and where they can go instead. */
export function Refusal({ home = "/" }: { home?: string }) {
  const { t } = useTranslation("auth");
  return (
    <div className="state state--error" role="alert">
      <h1 className="state__title">{t("refusal.title")}</h1>
      <p>{t("refusal.body")}</p>
      <p>
        <Link to={home} className="button">
          {t("refusal.home")}
        </Link>
      </p>
    </div>
  );
}
