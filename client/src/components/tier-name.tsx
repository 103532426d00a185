import { useTranslation } from "react-i18next";
import { LEVEL_LABELS, type Level } from "@zeren/shared/contract";
import { currentLanguage } from "@/lib/i18n";
import { levelName } from "@/lib/labels";

/**
 * A tier's name as the interface shows it everywhere: in English with the notices' own
 * term beside it (Provincial committee 党委), in Chinese the term alone (党委).
 */
export function TierName({ level, zhClassName }: { level: Level; zhClassName?: string }) {
  const { t, i18n } = useTranslation();
  if (currentLanguage(i18n) !== "en") return <>{levelName(t, level)}</>;
  return (
    <>
      {levelName(t, level)}{" "}
      <span lang="zh-Hans" className={zhClassName}>
        {LEVEL_LABELS[level].zh}
      </span>
    </>
  );
}
