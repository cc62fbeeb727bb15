/**
 * What the user asked for in a chat message. Bokmål words first; every command also
 * works in English. The argument is whatever follows the command word, trimmed.
 */
export type Command =
  | { kind: 'help' }
  | { kind: 'checkIn'; name?: string }
  | { kind: 'status'; name?: string }
  | { kind: 'link'; name?: string }
  | { kind: 'unknown'; text: string };

const WORDS: { kind: 'help' | 'checkIn' | 'status' | 'link'; patterns: string[] }[] = [
  { kind: 'help', patterns: ['hjelp', 'help', 'hei', 'hallo', 'hello', 'hi', '?'] },
  { kind: 'checkIn', patterns: ['sjekk inn', 'sjekkinn', 'innsjekk', 'check in', 'checkin', 'check-in', 'rapporter', 'report'] },
  { kind: 'status', patterns: ['status', 'oversikt', 'overview'] },
  { kind: 'link', patterns: ['koble til', 'koble', 'link'] }
];

/** Longest command word first, so "koble til lønn" is not read as "koble" + "til lønn". */
const ORDERED = WORDS.flatMap(({ kind, patterns }) => patterns.map((p) => ({ kind, pattern: p }))).sort(
  (a, b) => b.pattern.length - a.pattern.length
);

export function parseCommand(text: string): Command {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  const lower = cleaned.toLocaleLowerCase('nb-NO');
  for (const { kind, pattern } of ORDERED) {
    if (lower === pattern || lower.startsWith(`${pattern} `)) {
      const rest = cleaned.slice(pattern.length).trim();
      if (kind === 'help') return rest ? { kind: 'unknown', text: cleaned } : { kind };
      return rest ? { kind, name: rest } : { kind };
    }
  }
  return { kind: 'unknown', text: cleaned };
}
