import type { ParsedPeriod } from '../../domain/period';
import { counted, dateTime, decimal, englishOrdinal, listOf, longDate, monthName } from './format';
import type { Colour, Economy } from '../../domain/types';
import type { nb } from './nb';

const LOCALE = 'en-GB';

/** British English: the shared texts of nb.ts, in the same places. Each feature keeps its own texts beside it. */
export const en: typeof nb = {
  /** The BCP 47 locale every number, date and list of this language is formatted in. */
  locale: LOCALE,

  period: ({ year, cadence, index }: ParsedPeriod) =>
    cadence === 'monthly'
      ? `${monthName(LOCALE, index)} ${year}`
      : `${englishOrdinal(index)} ${cadence === 'quarterly' ? 'quarter' : 'tertial'} ${year}`,

  periodShort: ({ year, cadence, index }: ParsedPeriod) =>
    `${cadence === 'monthly' ? monthName(LOCALE, index).slice(0, 3) : `${cadence === 'quarterly' ? 'Q' : 'T'}${index}`} ${String(year).slice(2)}`,

  date: (iso: string) => longDate(LOCALE, iso),

  /** A moment in Oslo time, the one way every card writes it. */
  dateTime: (iso: string) => dateTime(LOCALE, iso),

  /** A mean on the 1–5 scale, always with one decimal. */
  score: (value: number) => decimal(LOCALE, value),

  /** A count with the word in the form the number asks for. */
  count: (n: number, one: string, other: string) => counted(LOCALE, n, one, other),

  /** Names or numbers joined as the language does. */
  list: (items: readonly string[]) => listOf(LOCALE, items),

  colour: { green: 'Green', yellow: 'Yellow', red: 'Red' } satisfies Record<Colour, string>,

  colourMeaning: {
    green: 'Green – on track',
    yellow: 'Yellow – challenges under control',
    red: 'Red – needs action or a decision'
  } satisfies Record<Colour, string>,

  economy: { within: 'Within budget', minor: 'Minor deviation', major: 'Significant deviation' } satisfies Record<Economy, string>,

  scale: ['To a very small extent', 'To a small extent', 'To some extent', 'To a large extent', 'To a very large extent'],

  dontKnow: 'Don’t know',

  yes: 'Yes',

  no: 'No',

  notAnswered: '–',

  general: {
    notIdentified:
      'I can’t see who you are in Microsoft 365, so I can’t show anything here. Please use Sampuls from Teams in your organisation.',
    tenantRefused:
      'Your organisation isn’t part of any network in Sampuls, so I can’t answer you. Please contact the collaboration’s secretariat if it should be included. If you were given an invitation code, write ‘join’ and the code.',
    notMember:
      'You’re not part of any network in Sampuls yet. Ask your network’s secretariat to add you.',
    storeUnavailable: 'I can’t reach the storage right now. Please try again in a moment – nothing has been changed.',
    unknownAction: 'I don’t recognise this button. Type ‘help’ to see what I can do.',
    invalidAction: 'The card contained invalid data, so nothing was changed. Type ‘help’ to start again.',
    unknownCommand: (text: string) => `I didn’t understand ‘${text}’.`,
    tooLarge: 'The answer is too large for Teams to show. Ask for something narrower, for example ‘status’ and the name of one collaboration.',
    tooLong: 'That message is too long. Type a short command, for example ‘status’.',
    failed: 'Something went wrong on my side, and nothing was changed. Try again, or type ‘help’.'
  },

  networkPicker: { label: 'Network', show: 'Show network' },

  names: {
    notFound: (query: string) => `I couldn’t find a collaboration called ‘${query}’.`,
    didYouMean: 'Did you mean one of these?',
    several: (query: string) => `Several collaborations match ‘${query}’. Which one do you mean?`
  }
};
