import type { ParsedPeriod } from '../../domain/period';
import { monthName } from './format';
import type { Colour, Economy } from '../../domain/types';
import type { nb } from './nb';

/** Norsk nynorsk: the shared texts of nb.ts, in the same places. Each feature keeps its own texts beside it. */
export const nn: typeof nb = {
  period: ({ year, cadence, index }: ParsedPeriod) =>
    cadence === 'monthly'
      ? `${monthName('nn-NO', index)} ${year}`
      : `${index}. ${cadence === 'quarterly' ? 'kvartal' : 'tertial'} ${year}`,

  periodShort: ({ year, cadence, index }: ParsedPeriod) =>
    `${cadence === 'monthly' ? monthName('nn-NO', index).slice(0, 3) : `${cadence === 'quarterly' ? 'K' : 'T'}${index}`} ${String(year).slice(2)}`,

  date: (iso: string) => new Date(iso).toLocaleDateString('nn-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' }),

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
    tooLong: 'Meldinga er for lang. Skriv ein kort kommando, til dømes «status».',
    failed: 'Noko gjekk gale hos meg, og ingenting vart endra. Prøv igjen, eller skriv «hjelp».'
  },

  names: {
    notFound: (query: string) => `Eg fann ikkje noko samarbeid som heiter «${query}».`,
    didYouMean: 'Meinte du eitt av desse?',
    several: (query: string) => `Fleire samarbeid passar til «${query}». Kva for eitt meiner du?`
  }
};
