/**
 * Formatting every catalogue shares, from Intl rather than hand-kept lists, so numbers, plurals,
 * lists, dates and times read as the person's language writes them («4,0», «2 og 4», «09:00»).
 * Every function takes a BCP 47 locale: «nb-NO», «nn-NO» or «en-GB».
 */

/** The zone every date and time is shown in: the municipalities' own. */
export const ZONE = 'Europe/Oslo';

/** Building an Intl formatter costs far more than using one, so each is made once per locale and options. */
const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

const numberFormat = (locale: string, digits: number) =>
  once(`number|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** A number with a fixed count of decimals in the locale's way: «4,0» in Norwegian, «4.0» in English. */
export const decimal = (locale: string, value: number, digits = 1): string => numberFormat(locale, digits).format(value);

/** A whole number with the locale's digit grouping: «1 500 000», «1,500,000». */
export const whole = (locale: string, value: number): string => numberFormat(locale, 0).format(Math.round(value));

/** Month names per locale, made once. */
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

/**
 * A count with the word in the form the number asks for: «1 rød», «2 røde», «0 røde»,
 * «1 invitasjon», «3 invitasjoner», «1 collaboration». Norwegian and English have the same two
 * plural categories (one, other), so a word pair is enough.
 */
export function counted(locale: string, n: number, one: string, other: string): string {
  const rules = once(`plural|${locale}`, () => new Intl.PluralRules(locale));
  return `${whole(locale, n)} ${rules.select(n) === 'one' ? one : other}`;
}

/** «1 collaboration», «3 collaborations». */
export const englishCount = (n: number, one: string, many: string): string => counted('en-GB', n, one, many);

/** Items joined as the language does: «2, 4 og 6», «Grong og Lierne», «2, 4 and 6». */
export const listOf = (locale: string, items: readonly string[]): string =>
  once(`list|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })).format(items);

/** A date and a time of day in Oslo, the one way Sampuls writes a moment: «30. nov. 2026, 09:05». */
export const dateTime = (locale: string, iso: string): string =>
  once(`dateTime|${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: ZONE, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(new Date(iso));

/** A weekday, date and time of day in Oslo, for what is coming soon: «man. 30. nov., 09:05». */
export const dayAndTime = (locale: string, iso: string): string =>
  once(`dayAndTime|${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(new Date(iso));

/** A date in Oslo: «30. november 2026», «30 November 2026». */
export const longDate = (locale: string, iso: string): string =>
  once(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' })).format(new Date(iso));

/** A weekday and date in Oslo: «mandag 7. desember». */
export const dayAndDate = (locale: string, iso: string): string =>
  once(`dayAndDate|${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' })).format(new Date(iso));

/** A whole hour as a time of day, written like the times in `dateTime`: «09:00». */
export const hourOfDay = (locale: string, hour: number): string =>
  once(`hour|${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(Date.UTC(2000, 0, 1, hour));
