/**
 * Text from outside (answers, names from Teams) as it may be stored and exported. Control
 * characters other than tab and newline, and the non-characters U+FFFE/U+FFFF, are not allowed
 * in XML, so one of them in an answer would make the Excel export unreadable.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A name or id is one line of visible text: any control character in it is a mistake or an attack. */
// eslint-disable-next-line no-control-regex
export const hasControlCharacters = (text: string): boolean => /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/.test(text);

/** Bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a name read backwards; zero-width characters hide text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** Text as it will be seen where nothing is interpreted (choice and button titles): clean and without invisible characters. */
export const visible = (text: string): string => cleanText(text).replace(INVISIBLE, '');

/** Line breaks become \n (Windows' \r\n and old Mac's \r alike); the other control characters go. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_IN_XML, '');
}
