/**
 * What the user asked for in a chat message. Bokmål words first; every command also
 * works in English. The argument is whatever follows the command word, trimmed.
 */
export type Question = 'red' | 'decision' | 'celebrate';

export type Command =
  | { kind: 'help' }
  | { kind: 'checkIn'; name?: string }
  | { kind: 'status'; name?: string }
  | { kind: 'link'; name?: string }
  | { kind: 'trend'; name?: string }
  | { kind: 'cost'; name?: string; amount?: number }
  | { kind: 'export'; year?: string }
  | { kind: 'cycle' }
  | { kind: 'log' }
  | { kind: 'template' }
  | { kind: 'myData' }
  | { kind: 'eraseMyData' }
  | { kind: 'admin' }
  | { kind: 'join'; code?: string }
  | { kind: 'question'; question: Question }
  | { kind: 'unknown'; text: string };

type Worded = 'help' | 'checkIn' | 'status' | 'link' | 'trend' | 'cost' | 'export' | 'cycle' | 'log' | 'template' | 'myData' | 'eraseMyData' | 'admin' | 'join';
/** Commands that take no argument: anything after the word makes it unknown. */
const BARE: Worded[] = ['help', 'cycle', 'log', 'template', 'myData', 'eraseMyData', 'admin'];

const WORDS: { kind: Worded; patterns: string[] }[] = [
  { kind: 'help', patterns: ['hjelp', 'help', 'hei', 'hallo', 'hello', 'hi', '?'] },
  { kind: 'checkIn', patterns: ['sjekk inn', 'sjekkinn', 'innsjekk', 'check in', 'checkin', 'check-in', 'rapporter', 'report'] },
  { kind: 'status', patterns: ['status', 'oversikt', 'overview'] },
  { kind: 'link', patterns: ['koble til', 'koble', 'link'] },
  { kind: 'trend', patterns: ['trend', 'utvikling'] },
  { kind: 'cost', patterns: ['kostnad', 'kostnader', 'fordel', 'cost', 'costs'] },
  { kind: 'export', patterns: ['eksport', 'eksporter', 'export'] },
  { kind: 'cycle', patterns: ['årshjul', 'årshjulet', 'arshjul', 'annual cycle', 'schedule'] },
  { kind: 'log', patterns: ['logg', 'loggen', 'endringslogg', 'audit log', 'log'] },
  { kind: 'template', patterns: ['mal', 'malen', 'maler', 'malene', 'spørsmålene', 'template', 'templates'] },
  { kind: 'myData', patterns: ['mine data', 'mine opplysninger', 'my data'] },
  { kind: 'eraseMyData', patterns: ['slett mine data', 'slett mine opplysninger', 'delete my data', 'erase my data'] },
  { kind: 'admin', patterns: ['admin', 'administrer', 'administrasjon', 'oppsett', 'innstillinger', 'settings'] },
  // «bli med <kode>»: how someone from an invited tenant brings it into a network.
  { kind: 'join', patterns: ['bli med', 'join'] }
];

/** The chief executives' own questions, matched as whole sentences (a trailing «?» is ignored). */
const QUESTIONS: { question: Question; phrases: string[] }[] = [
  { question: 'red', phrases: ['hva er rødt', 'hvilke er røde', 'rødt', 'røde', 'what is red', "what's red", 'red'] },
  {
    question: 'decision',
    phrases: ['hva trenger beslutning', 'hva må besluttes', 'beslutninger', 'beslutning', 'what needs a decision', 'decisions']
  },
  { question: 'celebrate', phrases: ['hva kan vi feire', 'feire', 'hva skal vi feire', 'what can we celebrate', 'celebrate'] }
];

/** Longest command word first, so "koble til lønn" is not read as "koble" + "til lønn". */
const ORDERED = WORDS.flatMap(({ kind, patterns }) => patterns.map((p) => ({ kind, pattern: p }))).sort(
  (a, b) => b.pattern.length - a.pattern.length
);

export function parseCommand(text: string): Command {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  const lower = cleaned.toLocaleLowerCase('nb-NO');
  const sentence = lower.replace(/\s*\?+$/, '');
  const question = QUESTIONS.find((q) => q.phrases.includes(sentence));
  if (question) return { kind: 'question', question: question.question };
  for (const { kind, pattern } of ORDERED) {
    if (lower === pattern || lower.startsWith(`${pattern} `)) {
      const rest = cleaned.slice(pattern.length).trim();
      if (BARE.includes(kind)) return rest ? { kind: 'unknown', text: cleaned } : ({ kind } as Command);
      if (kind === 'cost') return costCommand(rest);
      if (kind === 'export') return rest ? { kind, year: rest } : { kind };
      if (kind === 'join') return rest ? { kind, code: rest } : { kind };
      return rest ? { kind, name: rest } : { kind };
    }
  }
  return { kind: 'unknown', text: cleaned };
}

/** «1 000 000», «1.000.000», «250000 kr»: the amount is whatever number ends the message. */
const AMOUNT = /^(.*?)\s*(\d{1,3}(?:[ .\u00a0]\d{3})+|\d+)\s*(?:kr|kroner|nok)?\.?$/i;

function costCommand(rest: string): Command {
  const match = AMOUNT.exec(rest);
  if (!match) return rest ? { kind: 'cost', name: rest } : { kind: 'cost' };
  const amount = Number(match[2].replace(/[ .\u00a0]/g, ''));
  return { kind: 'cost', ...(match[1] ? { name: match[1] } : {}), amount };
}
