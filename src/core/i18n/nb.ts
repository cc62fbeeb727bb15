import type { ParsedPeriod } from '../../domain/period';
import { counted, dateTime, decimal, listOf, longDate, monthName } from './format';
import type { Colour, Economy } from '../../domain/types';

const LOCALE = 'nb-NO';

/**
 * Norsk bokmål, the default language: the texts every feature shares (general lines, colours,
 * periods, dates). Each feature keeps its own texts beside it (features/<name>/texts.ts).
 */
export const nb = {
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

  colour: { green: 'Grønn', yellow: 'Gul', red: 'Rød' } satisfies Record<Colour, string>,

  colourMeaning: {
    green: 'Grønn – i rute',
    yellow: 'Gul – utfordringer under kontroll',
    red: 'Rød – krever tiltak eller beslutning'
  } satisfies Record<Colour, string>,

  economy: { within: 'Innenfor budsjett', minor: 'Mindre avvik', major: 'Vesentlig avvik' } satisfies Record<Economy, string>,

  scale: ['I svært liten grad', 'I liten grad', 'I noen grad', 'I stor grad', 'I svært stor grad'],

  dontKnow: 'Vet ikke',

  yes: 'Ja',

  no: 'Nei',

  notAnswered: '–',

  general: {
    notIdentified:
      'Jeg ser ikke hvem du er i Microsoft 365, så jeg kan ikke vise noe her. Bruk Sampuls fra Teams i organisasjonen din.',
    tenantRefused:
      'Organisasjonen din er ikke med i noe nettverk i Sampuls, så jeg kan ikke svare deg. Ta kontakt med sekretariatet i samarbeidet hvis den skal være med. Har dere fått en invitasjonskode, skriver du «bli med» og koden.',
    notMember:
      'Du er ikke med i noe nettverk i Sampuls ennå. Be sekretariatet i nettverket ditt om å legge deg til.',
    storeUnavailable: 'Jeg får ikke kontakt med lagringen akkurat nå. Prøv igjen om litt – ingenting er endret.',
    unknownAction: 'Denne knappen kjenner jeg ikke igjen. Skriv «hjelp» for å se hva jeg kan.',
    invalidAction: 'Kortet inneholdt ugyldige data, så ingenting ble endret. Skriv «hjelp» for å begynne på nytt.',
    unknownCommand: (text: string) => `Jeg forstod ikke «${text}».`,
    tooLarge: 'Svaret ble for stort til at Teams kan vise det. Spør om noe smalere, for eksempel «status» og navnet på ett samarbeid.',
    tooLong: 'Meldingen er for lang. Skriv en kort kommando, for eksempel «status».',
    failed: 'Noe gikk galt hos meg, og ingenting ble endret. Prøv igjen, eller skriv «hjelp».'
  },

  networkPicker: { label: 'Nettverk', show: 'Vis nettverket' },

  names: {
    notFound: (query: string) => `Jeg fant ikke noe samarbeid som heter «${query}».`,
    didYouMean: 'Mente du et av disse?',
    several: (query: string) => `Flere samarbeid passer «${query}». Hvilket mener du?`
  }
};

