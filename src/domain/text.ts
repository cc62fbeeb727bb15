/**
 * Text from outside (answers, names from Teams) as it may be stored and exported. Control
 * characters other than tab and newline, and the non-characters U+FFFE/U+FFFF, are not allowed
 * in XML, so one of them in an answer would make the Excel export unreadable.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Line breaks become \n (Windows' \r\n and old Mac's \r alike); the other control characters go. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_IN_XML, '');
}
