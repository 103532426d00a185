import { Trans, useTranslation } from "react-i18next";
import type { Item } from "@zeren/shared/contract";
import { LevelBadge, ModalityBadge, TypeBadges } from "@/components/badges";
import { useFormat } from "@/lib/format";
import { bearerSourceHint, cueLabel, sectionLabel } from "@/lib/labels";
import { TimingRecipientRows } from "./timing-recipient-rows";

/** Every field of an item, as a definition list (the item page's side panel). */
export function ItemFields({ item }: { item: Item }) {
  const { t } = useTranslation("items");
  const { number } = useFormat();
  return (
    <dl className="fields">
      <div>
        <dt>{t("field.bearer")}</dt>
        <dd>
          <span lang="zh-Hans">{item.bearer}</span>
          <span className="hint">
            {" "}
            —{" "}
            {item.curation.origin === "person" || item.curation.extractedBearer !== null
              ? t("common:bearerSource.person")
              : bearerSourceHint(t, item.bearerSource)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t("field.tier")}</dt>
        <dd>
          <LevelBadge level={item.level} />
        </dd>
      </div>
      <div>
        <dt>{t("field.types")}</dt>
        <dd>
          <TypeBadges types={item.types} />
        </dd>
      </div>
      <div>
        <dt>{t("field.modality")}</dt>
        <dd>
          <ModalityBadge modality={item.modality} />
        </dd>
      </div>
      <TimingRecipientRows item={item} />
      <div>
        <dt>{t("field.citedAs")}</dt>
        <dd>
          {/* The title and heading are data: components, never interpolated into the markup
              Trans parses (a "<strong>" in a title would render bold). */}
          <Trans
            t={t}
            i18nKey="field.citation"
            values={{ unit: number(item.unitIndex) }}
            components={{
              doc: <span lang="zh-Hans">{item.document.title}</span>,
              part: <span lang="zh-Hans">{sectionLabel(t, item.section)}</span>,
            }}
          />
        </dd>
      </div>
      {item.cues.length > 0 && (
        <div>
          <dt>{t("field.cues")}</dt>
          <dd>
            <ul className="cue-list">
              {item.cues.map((cue) => (
                <li key={`${cue.kind}-${cue.start}`}>
                  <span className={`cue cue--${cue.kind}`} lang="zh-Hans">
                    {cue.text}
                  </span>{" "}
                  <span className="hint">{cueLabel(t, cue.kind)}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
