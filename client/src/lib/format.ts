import { useTranslation } from "react-i18next";
import { currentLanguage, intlLocale, type Language } from "./i18n";

/**
 * Dates and numbers in the interface language, through Intl (never hand-built strings).
 * A notice's date is a calendar day ("2020-01-29"), not an instant: it is read and shown
 * in UTC so no time zone can move it to the day before.
 */
export interface Formatters {
  language: Language;
  number: (value: number) => string;
  percent: (fraction: number) => string;
  /** A calendar day, "2020-01-29" → "29 January 2020" / "2020年1月29日". */
  day: (isoDay: string) => string;
  /** An instant, e.g. a correction's time → "29 Jan 2020, 14:05" / "2020/1/29 14:05". */
  dateTime: (value: string | Date) => string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function createFormatters(language: Language): Formatters {
  const locale = intlLocale(language);
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: "percent" });
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return {
    language,
    number: (value) => numberFormat.format(value),
    percent: (fraction) => percentFormat.format(fraction),
    day: (isoDay) => {
      const match = DAY.exec(isoDay);
      if (!match) return isoDay;
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return Number.isNaN(date.getTime()) ? isoDay : dayFormat.format(date);
    },
    dateTime: (value) => {
      const date = typeof value === "string" ? new Date(value) : value;
      return Number.isNaN(date.getTime()) ? String(value) : dateTimeFormat.format(date);
    },
  };
}

/** The formatters of the current interface language; re-renders when it changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return createFormatters(currentLanguage(i18n));
}
