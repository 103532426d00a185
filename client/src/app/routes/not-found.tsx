import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "@/components/page-title";

/** `what` is already translated ("tier", "page"): "There is no such tier here." */
export function NotFoundRoute({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageTitle title={t("state.notFound")} />
      <h1 className="page__title">{t("state.notFound")}</h1>
      <p className="lede">{t("notFound.body", { what: what ?? t("notFound.page") })}</p>
      <p>
        <Link to="/" className="button">
          {t("notFound.back")}
        </Link>
      </p>
    </div>
  );
}
