import { expect, type Locator } from "@playwright/test";
import { UNIT_RULE_LABELS, UnitRuleSchema } from "@zeren/shared/contract";

const PREFIX: Record<"en" | "zh", string> = { en: "Left out: ", zh: "未列入：" };

/**
 * Checks every unit a source text shows as left out: greyed out, with its rule's reason in
 * words in the interface language right after it. Returns how many there are.
 */
export async function expectLeftOutReasons(source: Locator, language: "en" | "zh") {
  const units = source.locator("[data-rule]");
  const count = await units.count();
  for (let k = 0; k < count; k++) {
    const unit = units.nth(k);
    const rule = UnitRuleSchema.parse(await unit.getAttribute("data-rule"));
    await expect(unit.locator(".left-out-tag")).toHaveText(
      `${PREFIX[language]}${UNIT_RULE_LABELS[rule][language]}`,
    );
    const text = unit.locator(".source__left-out-text");
    await expect(text).toHaveAttribute(
      "title",
      `${PREFIX[language]}${UNIT_RULE_LABELS[rule][language]}`,
    );
    // Greyed out: the left-out text is lighter than the notice's own ink.
    const color = await text.evaluate((element) => getComputedStyle(element).color);
    expect(color).not.toBe("rgb(29, 33, 38)");
  }
  return count;
}
