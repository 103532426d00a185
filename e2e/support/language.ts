import { expect, type Page } from "@playwright/test";

const OPTION: Record<"en" | "zh", string> = { en: "English", zh: "中文" };

/**
 * Switches the interface language with the header's switch, as a reader does. For a
 * signed-in user it is remembered on the server too (PATCH /api/me, awaited here): switch
 * back to English at the end of the test, or later tests of the same account open in Chinese.
 */
export async function switchLanguage(
  page: Page,
  language: "en" | "zh",
  { signedIn = true }: { signedIn?: boolean } = {},
): Promise<void> {
  const saved = signedIn
    ? page.waitForResponse(
        (response) => response.url().endsWith("/api/me") && response.request().method() === "PATCH",
      )
    : undefined;
  await page
    .getByRole("group", { name: /^(Language|语言)$/ })
    .getByRole("button", { name: OPTION[language] })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", language === "zh" ? "zh-Hans" : "en");
  if (saved) expect((await saved).ok()).toBe(true);
}
