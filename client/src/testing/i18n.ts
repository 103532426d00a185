import i18next from "i18next";
import { initI18n } from "@/lib/i18n";

/**
 * Tests run in English, like the assertions they make. A key missing from the English
 * files is reported through console.error, which fails the test (vitest.setup.ts).
 */
export function initTestI18n() {
  const instance = initI18n("en", {
    onMissingKey: (key, namespace) => console.error(`Missing i18n key ${namespace}:${key}`),
  });
  if (instance.language !== "en") void i18next.changeLanguage("en");
  return instance;
}
