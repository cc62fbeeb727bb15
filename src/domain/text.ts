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

/** Line breaks become \n (Windows' \r\n and old Mac's \r alike); the other control characters go. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_IN_XML, '');
}
