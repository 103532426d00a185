import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { UnattachedCuration } from "@zeren/shared/contract";

/** Curations a re-extraction could not attach again: kept and shown, never dropped. */
export function UnattachedCurations({ curations }: { curations: readonly UnattachedCuration[] }) {
  const { t } = useTranslation("curation");
  if (curations.length === 0) return null;
  return (
    <div className="curation-warning" role="status">
      <p>
        <strong>{t("unattached.title", { count: curations.length })}</strong>{" "}
        {t("unattached.intro")}
      </p>
      <ul>
        {curations.map((c) => (
          <li key={c.id}>
            {t(`history.kind.${c.kind}`)}: “<span lang="zh-Hans">{c.quote}</span>” — {c.note}
            {c.reason && (
              <>
                {" "}
                (<span lang="zh-Hans">{c.reason}</span>)
              </>
            )}{" "}
            <Link to={`/items/${encodeURIComponent(c.itemId)}`}>{t("unattached.open")}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
