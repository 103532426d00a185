import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AccuracyResponse } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadMore } from "@/components/load-more";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { TierName } from "@/components/tier-name";
import { useAccuracy } from "@/features/accuracy/api/get-accuracy";
import { useFormat } from "@/lib/format";
import { isLevel } from "@/lib/labels";
import { TableScroll } from "@/components/table-scroll";

const noticeUrl = (id: string) => `/documents/${encodeURIComponent(id)}`;

function Figures({ data }: { data: AccuracyResponse }) {
  const { t } = useTranslation("documents");
  const format = useFormat();
  const pct = (value: number) => format.number(Math.round(value * 1000) / 10);
  const rows = [
    { key: "recall", value: data.recall, of: [data.counts.covered, data.counts.directives] },
    { key: "precision", value: data.precision, of: [data.counts.preciseItems, data.counts.items] },
    { key: "tier", value: data.tierAccuracy, of: [data.counts.tierCorrect, data.counts.covered] },
  ] as const;
  return (
    <dl className="accuracy-figures">
      {rows.map((row) => (
        <div key={row.key} className="accuracy-figure">
          <dt>{t(`accuracy.${row.key}`)}</dt>
          <dd>
            <span className="accuracy-figure__value">{pct(row.value)}%</span>
            <span className="muted">
              {t("accuracy.of", { n: format.number(row.of[0]), total: format.number(row.of[1]) })}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Tier({ value }: { value: string }) {
  return isLevel(value) ? <TierName level={value} /> : <>{value}</>;
}

/**
 * The pages read so far as one answer: the figures are the same on every page; the notices
 * and their findings add up, page after page.
 */
function mergePages(pages: readonly AccuracyResponse[]): AccuracyResponse | undefined {
  const [first] = pages;
  if (!first) return undefined;
  return {
    ...first,
    documents: pages.flatMap((page) => page.documents),
    misses: pages.flatMap((page) => page.misses),
    extras: pages.flatMap((page) => page.extras),
    wrongTier: pages.flatMap((page) => page.wrongTier),
  };
}

/**
 * The extractor measured against this installation's own curation: every notice whose items
 * a person reviewed, corrected or curated, scored as `npm run eval` scores the notices' gold
 * files.
 */
export function AccuracyRoute() {
  const { t } = useTranslation("documents");
  const format = useFormat();
  const accuracy = useAccuracy();
  const data = accuracy.data && mergePages(accuracy.data.pages);
  return (
    <div className="page">
      <PageTitle title={t("accuracy.pageTitle")} />
      <header className="page__header">
        <h1 className="page__title">{t("accuracy.title")}</h1>
        <p className="lede">{t("accuracy.lede")}</p>
      </header>
      {accuracy.isError ? (
        <ErrorState
          error={accuracy.error}
          what={t("accuracy.what")}
          onRetry={() => void accuracy.refetch()}
        />
      ) : !data ? (
        <LoadingState label={t("accuracy.loading")} />
      ) : data.documents.length === 0 ? (
        <p className="empty">{t("accuracy.none")}</p>
      ) : (
        <>
          <Figures data={data} />
          <section className="section" aria-labelledby="acc-docs">
            <h2 className="section__title" id="acc-docs">
              {t("accuracy.notices", { count: data.total })}
            </h2>
            <TableScroll label={t("accuracy.notices", { count: data.total })}>
              <table className="counts-table">
                <thead>
                  <tr>
                    <th scope="col">{t("accuracy.notice")}</th>
                    <th scope="col">{t("accuracy.recall")}</th>
                    <th scope="col">{t("accuracy.precision")}</th>
                    <th scope="col">{t("accuracy.tier")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.documents.map((doc) => (
                    <tr key={doc.id}>
                      <th scope="row">
                        <Link to={noticeUrl(doc.id)} lang="zh-Hans">
                          {doc.title}
                        </Link>
                      </th>
                      <td>
                        {format.number(doc.covered)}/{format.number(doc.directives)}
                      </td>
                      <td>
                        {format.number(doc.preciseItems)}/{format.number(doc.items)}
                      </td>
                      <td>
                        {format.number(doc.tierCorrect)}/{format.number(doc.covered)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {accuracy.hasNextPage && (
              <LoadMore
                shown={data.documents.length}
                total={data.total}
                hasNextPage={accuracy.hasNextPage}
                isFetchingNextPage={accuracy.isFetchingNextPage}
                onLoadMore={() => void accuracy.fetchNextPage()}
              />
            )}
          </section>
          <FindingList
            id="acc-misses"
            title={t("accuracy.misses", { count: data.misses.length })}
            empty={t("accuracy.noMisses")}
          >
            {data.misses.map((miss) => (
              <li key={`${miss.documentId}:${miss.start}`}>
                <Link to={noticeUrl(miss.documentId)} lang="zh-Hans">
                  {miss.quote}
                </Link>{" "}
                <span className="muted" lang="zh-Hans">
                  {miss.title}
                </span>
              </li>
            ))}
          </FindingList>
          <FindingList
            id="acc-tier"
            title={t("accuracy.wrongTier", { count: data.wrongTier.length })}
            empty={t("accuracy.noWrongTier")}
          >
            {data.wrongTier.map((entry) => (
              <li key={entry.itemId}>
                <Link to={`/items/${entry.itemId}`} lang="zh-Hans">
                  {entry.quote}
                </Link>{" "}
                <span className="muted">
                  {t("accuracy.readAs")} <Tier value={entry.actual} />
                  {" → "}
                  <Tier value={entry.expected} />
                </span>
              </li>
            ))}
          </FindingList>
          <FindingList
            id="acc-extra"
            title={t("accuracy.extras", { count: data.extras.length })}
            empty={t("accuracy.noExtras")}
          >
            {data.extras.map((extra) => (
              <li key={extra.itemId}>
                <Link to={`/items/${extra.itemId}`} lang="zh-Hans">
                  {extra.text}
                </Link>
              </li>
            ))}
          </FindingList>
        </>
      )}
    </div>
  );
}

/** One kind of finding (misses, wrong tiers, extras): a titled list, or a line saying there is none. */
function FindingList({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  children: ReactNode[];
}) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 className="section__title" id={id}>
        {title}
      </h2>
      {children.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="accuracy-list">{children}</ul>
      )}
    </section>
  );
}
