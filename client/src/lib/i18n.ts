import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { LocaleSchema, type Locale } from "@zeren/shared/contract";

/**
 * The interface language. Every user-visible string lives in
 * client/src/locales/<language>/<namespace>.json, one namespace per feature (common holds
 * the shell, states, errors and the model's labels). A new namespace is picked up by the
 * glob below: drop the two files in and use `useTranslation("<namespace>")`.
 * The notices' own text is never translated: it stays as written, marked lang="zh-Hans".
 */

export const LANGUAGES = LocaleSchema.options;
export type Language = Locale;

export const DEFAULT_NAMESPACE = "common";
/** Where the choice is remembered on this browser (and per user on the server, PATCH /api/me). */
export const LANGUAGE_STORAGE_KEY = "zeren.language";

/** Intl locales for dates and numbers: British English (day month year), mainland Chinese. */
const INTL_LOCALES: Record<Language, string> = { en: "en-GB", zh: "zh-CN" };
/** <html lang>: the Chinese interface is simplified Chinese, as the notices are marked. */
const HTML_LANGS: Record<Language, string> = { en: "en", zh: "zh-Hans" };

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** ../locales/en/common.json → resources.en.common, found at build time. */
function collectResources(): Resources {
  const files = import.meta.glob<Record<string, unknown>>("../locales/*/*.json", {
    eager: true,
    import: "default",
  });
  const resources: Resources = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    (resources[match[1]] ??= {})[match[2]] = content;
  }
  return resources;
}

export const resources = collectResources();
export const NAMESPACES = Object.keys(resources.en ?? {});

export function isLanguage(value: unknown): value is Language {
  return LocaleSchema.safeParse(value).success;
}

/** The language to start in: what this browser chose before, else the browser's own. */
export function detectLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, policies): fall through to the browser's language.
  }
  const preferred = typeof navigator === "undefined" ? [] : navigator.languages;
  return preferred.some((tag) => tag.toLowerCase().startsWith("zh")) ? "zh" : "en";
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered on this browser; the server still remembers it for a signed-in user.
  }
}

export function currentLanguage(instance: I18n = i18next): Language {
  return isLanguage(instance.language) ? instance.language : "en";
}

export function intlLocale(language: Language = currentLanguage()): string {
  return INTL_LOCALES[language];
}

function applyToDocument(language: string) {
  if (typeof document === "undefined" || !isLanguage(language)) return;
  document.documentElement.lang = HTML_LANGS[language];
}

export interface InitOptions {
  /** Tests: report a missing key loudly (console.error fails a test). */
  onMissingKey?: (key: string, namespace: string) => void;
}

/**
 * Initialises the one i18next instance (react-i18next's hooks use it). Resources are bundled,
 * so initialisation is synchronous: the first render already has its strings.
 */
export function initI18n(language: Language, options: InitOptions = {}): I18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: "en",
      supportedLngs: [...LANGUAGES],
      ns: NAMESPACES,
      defaultNS: DEFAULT_NAMESPACE,
      initAsync: false,
      showSupportNotice: false,
      returnNull: false,
      // React escapes what it renders; escaping here would double it.
      interpolation: { escapeValue: false },
      saveMissing: options.onMissingKey !== undefined,
      missingKeyHandler: options.onMissingKey
        ? (_languages, namespace, key) => options.onMissingKey?.(key, namespace)
        : false,
    });
    i18next.on("languageChanged", applyToDocument);
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  applyToDocument(language);
  return i18next;
}

/** Switches the interface language now and remembers it on this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18next.changeLanguage(language);
}

/** For code outside React (the API client's messages): a string in the current language. */
export function translate(key: string, values?: Record<string, unknown>): string {
  return i18next.t(key, values ?? {});
}
