import type { ParsedPeriod } from '../../domain/period';
import { counted, dateTime, decimal, listOf, longDate, monthName } from './format';
import type { Colour, Economy } from '../../domain/types';
import type { nb } from './nb';

const LOCALE = 'nn-NO';

/** Norsk nynorsk: the shared texts of nb.ts, in the same places. Each feature keeps its own texts beside it. */
export const nn: typeof nb = {
  /** The BCP 47 locale every number, date and list of this language is formatted in. */
  locale: LOCALE,

  period: ({ year, cadence, index }: ParsedPeriod) =>
    cadence === 'monthly'
      ? `${monthName(LOCALE, index)} ${year}`
      : `${index}. ${cadence === 'quarterly' ? 'kvartal' : 'tertial'} ${year}`,

  periodShort: ({ year, cadence, index }: ParsedPeriod) =>
    `${cadence === 'monthly' ? monthName(LOCALE, index).slice(0, 3) : `${cadence === 'quarterly' ? 'K' : 'T'}${index}`} ${String(year).slice(2)}`,

  date: (iso: string) => longDate(LOCALE, iso),

  /** A moment in Oslo time, the one way every card writes it. */
  dateTime: (iso: string) => dateTime(LOCALE, iso),

  /** A mean on the 1–5 scale, always with one decimal. */
  score: (value: number) => decimal(LOCALE, value),

  /** A count with the word in the form the number asks for. */
  count: (n: number, one: string, other: string) => counted(LOCALE, n, one, other),

  /** Names or numbers joined as the language does. */
  list: (items: readonly string[]) => listOf(LOCALE, items),

  colour: { green: 'Grøn', yellow: 'Gul', red: 'Raud' } satisfies Record<Colour, string>,

  colourMeaning: {
    green: 'Grøn – i rute',
    yellow: 'Gul – utfordringar under kontroll',
    red: 'Raud – krev tiltak eller vedtak'
  } satisfies Record<Colour, string>,

  economy: { within: 'Innanfor budsjett', minor: 'Mindre avvik', major: 'Vesentleg avvik' } satisfies Record<Economy, string>,

  scale: ['I svært liten grad', 'I liten grad', 'I nokon grad', 'I stor grad', 'I svært stor grad'],

  dontKnow: 'Veit ikkje',

  yes: 'Ja',

  no: 'Nei',

  notAnswered: '–',

  general: {
    notIdentified:
      'Eg ser ikkje kven du er i Microsoft 365, så eg kan ikkje vise noko her. Bruk Sampuls frå Teams i organisasjonen din.',
    tenantRefused:
      'Organisasjonen din er ikkje med i noko nettverk i Sampuls, så eg kan ikkje svare deg. Ta kontakt med sekretariatet i samarbeidet dersom organisasjonen skal vere med. Har de fått ein invitasjonskode, skriv du «bli med» og koden.',
    notMember:
      'Du er ikkje med i noko nettverk i Sampuls enno. Be sekretariatet i nettverket ditt om å leggje deg til.',
    storeUnavailable: 'Eg får ikkje kontakt med lagringa akkurat no. Prøv igjen om litt – ingenting er endra.',
    unknownAction: 'Denne knappen kjenner eg ikkje att. Skriv «hjelp» for å sjå kva eg kan.',
    invalidAction: 'Kortet inneheldt ugyldige data, så ingenting vart endra. Skriv «hjelp» for å byrje på nytt.',
    unknownCommand: (text: string) => `Eg forstod ikkje «${text}».`,
    tooLarge: 'Svaret vart for stort til at Teams kan vise det. Spør om noko smalare, til dømes «status» og namnet på eitt samarbeid.',
    tooLong: 'Meldinga er for lang. Skriv ein kort kommando, til dømes «status».',
    failed: 'Noko gjekk gale hos meg, og ingenting vart endra. Prøv igjen, eller skriv «hjelp».'
  },

  networkPicker: { label: 'Nettverk', show: 'Vis nettverket' },

  names: {
    notFound: (query: string) => `Eg fann ikkje noko samarbeid som heiter «${query}».`,
    didYouMean: 'Meinte du eitt av desse?',
    several: (query: string) => `Fleire samarbeid passar til «${query}». Kva for eitt meiner du?`
  }
};
