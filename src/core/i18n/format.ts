/** Formatting every catalogue shares, from Intl rather than hand-kept lists. */

/** Month names per locale, made once: building an Intl formatter costs far more than using one. */
const MONTHS = new Map<string, string[]>();

/** The month's name in a BCP 47 locale: «januar», «January». */
export function monthName(locale: string, month: number): string {
  let names = MONTHS.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    names = Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 1)));
    MONTHS.set(locale, names);
  }
  return names[month - 1];
}

const ENGLISH_ORDINAL = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export const englishOrdinal = (n: number): string => `${n}${SUFFIX[ENGLISH_ORDINAL.select(n)]}`;

const ENGLISH_PLURAL = new Intl.PluralRules('en-GB');

/** «1 collaboration», «3 collaborations». */
export const englishCount = (n: number, one: string, many: string): string => `${n} ${ENGLISH_PLURAL.select(n) === 'one' ? one : many}`;
