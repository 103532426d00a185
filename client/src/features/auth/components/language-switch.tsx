import { useTranslation } from "react-i18next";
import { changeLanguage, currentLanguage, LANGUAGES, type Language } from "@/lib/i18n";
import { useSession } from "../api/get-session";
import { useUpdateMe } from "../api/update-me";

/** Each language named in itself, so a reader who cannot read the other one finds theirs. */
const NATIVE_NAMES: Record<Language, { name: string; lang: string }> = {
  en: { name: "English", lang: "en" },
  zh: { name: "中文", lang: "zh-Hans" },
};

/**
 * Switches the interface language at once; remembered on this browser, and for a signed-in
 * user on the server too (PATCH /api/me), so it follows them to another computer.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const user = session.data?.user ?? null;
  // Until the session is known, a choice would be undone a moment later by the account's
  // own language (useApplyUserLanguage) and never saved: wait for it.
  const isSessionPending = session.isPending;
  const updateMe = useUpdateMe();
  const active = currentLanguage(i18n);

  const choose = (language: Language) => {
    if (language === active) return;
    void changeLanguage(language);
    if (user) updateMe.mutate({ locale: language });
  };

  return (
    <div className="language-switch" role="group" aria-label={t("language.label")}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          lang={NATIVE_NAMES[language].lang}
          aria-pressed={language === active}
          disabled={isSessionPending}
          onClick={() => choose(language)}
        >
          {NATIVE_NAMES[language].name}
        </button>
      ))}
      {updateMe.isError && (
        <span className="visually-hidden" role="status">
          {t("language.notRemembered")}
        </span>
      )}
    </div>
  );
}
