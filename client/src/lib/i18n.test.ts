import { describe, expect, it } from "vitest";
import { createFormatters } from "./format";
import { detectLanguage, LANGUAGE_STORAGE_KEY, resources } from "./i18n";

/** Every key path of a nested JSON object, plural suffixes folded ("items_one" → "items"). */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}
const withoutPlural = (path: string) => path.replace(/_(zero|one|two|few|many|other)$/, "");
const placeholders = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe("locale files", () => {
  const namespaces = Object.keys(resources.en ?? {});

  it("have the same namespaces in English and Chinese", () => {
    expect(namespaces).toContain("common");
    expect(Object.keys(resources.zh ?? {}).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)("%s: every English key has a Chinese translation and vice versa", (ns) => {
    const en = new Set(keyPaths(resources.en?.[ns]).map(withoutPlural));
    const zh = new Set(keyPaths(resources.zh?.[ns]).map(withoutPlural));
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
  });

  it.each(namespaces)("%s: both languages use the same {{placeholders}}", (ns) => {
    const lookup = (lang: "en" | "zh", path: string) =>
      path.split(".").reduce<unknown>((node, key) => {
        if (typeof node !== "object" || node === null) return undefined;
        const record = node as Record<string, unknown>;
        return record[key] ?? record[`${key}_other`];
      }, resources[lang]?.[ns]);
    for (const path of new Set(keyPaths(resources.en?.[ns]).map(withoutPlural))) {
      const en = placeholders(lookup("en", path)).filter((p) => p !== "count");
      const zh = placeholders(lookup("zh", path)).filter((p) => p !== "count");
      expect({ path, zh }).toEqual({ path, zh: en });
    }
  });
});

describe("language detection", () => {
  it("prefers what this browser chose before, else the browser's language", () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "zh");
    expect(detectLanguage()).toBe("zh");
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "klingon");
    expect(detectLanguage()).toBe(
      navigator.languages.some((l) => l.startsWith("zh")) ? "zh" : "en",
    );
  });
});

describe("formatters", () => {
  it("show a notice's calendar day in the interface language, never shifted by a time zone", () => {
    expect(createFormatters("en").day("2020-01-29")).toBe("29 January 2020");
    expect(createFormatters("zh").day("2020-01-29")).toBe("2020年1月29日");
    expect(createFormatters("en").day("not a date")).toBe("not a date");
  });

  it("group numbers the local way", () => {
    expect(createFormatters("en").number(200000)).toBe("200,000");
    expect(createFormatters("zh").number(200000)).toBe("200,000");
    expect(createFormatters("en").percent(0.08)).toBe("8%");
  });
});
