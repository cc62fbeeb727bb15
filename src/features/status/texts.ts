import type { Language } from '../../core/module';
import { counted, englishCount as counted_en, listOf } from '../../core/i18n/format';

const nbCount = (n: number, one: string, other: string) => counted('nb-NO', n, one, other);
const nnCount = (n: number, one: string, other: string) => counted('nn-NO', n, one, other);

const nb = {
  status: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'status', text: 'Oversikt over samarbeidene i nettverket ditt («status barnevern» viser ett samarbeid).' },
      { word: 'hva er rødt?', text: 'Samarbeid med rød status. Spør også «hva er gult?», «hva trenger beslutning?» og «hva kan vi feire?».' },
      { word: 'hvem har ikke sjekket inn?', text: 'Samarbeid som ikke har sjekket inn for forrige periode, og hvem som leder dem.' },
      { word: 'trend tillit', text: 'Ett spørsmål i statusmalen på tvers av alle samarbeid, svakest først.' },
      { word: 'status Lierne', text: 'Samarbeidene én kommune deltar i, med kommunens andel av kostnadene.' }
    ],
    overviewTitle: (network: string) => `Status – ${network}`,
    counts: (total: number, red: number, yellow: number, overdue: number) =>
      `${nbCount(total, 'samarbeid', 'samarbeid')} · ${nbCount(red, 'rød', 'røde')} · ${nbCount(yellow, 'gul', 'gule')} · ${nbCount(overdue, 'forsinket', 'forsinket')}`,
    overdue: 'Forsinket',
    never: 'Ingen innsjekk ennå',
    last: (period: string) => `Sist: ${period}`,
    decision: 'Trenger beslutning',
    falling: 'Fallende trend',
    trendTitle: 'Størst endring',
    trendSummary: (from: string, to: string, moves: string) =>
      `Spørsmålene som har endret seg mest fra ${from} til ${to}, som snitt på skalaen 1–5: ${moves}. Alle spørsmålene står i tabellen over.`,
    trendMove: (question: string, from: string, to: string) => `${question} fra ${from} til ${to}`,
    colourHistory: 'Fargehistorikk',
    period: 'Periode',
    mismatch: 'Grønn, men lave svar',
    sector: (sector: string) => sector.charAt(0).toLocaleUpperCase('nb-NO') + sector.slice(1),
    detailTitle: (name: string) => `Status: ${name}`,
    detailSubtitle: (network: string, period: string, respondents: number) =>
      `${network} · ${period} · ${nbCount(respondents, 'svar', 'svar')}`,
    noCheckIns: (name: string) => `${name} har ingen innsjekk ennå.`,
    question: 'Spørsmål',
    now: 'Nå',
    previous: 'Forrige',
    overall: 'Samlet status',
    economy: 'Økonomi',
    comments: 'Fra lederne',
    /** A card too large for Teams: the green collaborations without remarks on one line per sector, and what did not fit. */
    quietGreen: (names: string[]) => `Grønne uten merknader: ${listOf('nb-NO', names)}`,
    compacted: 'Grønne samarbeid uten merknader står samlet på én linje, så kortet får plass i Teams. Skriv «status» og navnet for å se ett av dem.',
    notShown: (n: number) => `${nbCount(n, 'samarbeid', 'samarbeid')} til får ikke plass på kortet, de minst presserende.`,
    notFitting: (n: number) => `${nbCount(n, 'samarbeid', 'samarbeid')} til får ikke plass på kortet. Skriv «status» og navnet for å se ett av dem.`,
    /** The name of a row that opens a collaboration's status: what it opens and the words the row shows. */
    open: (name: string) => `Åpne ${name}`,
    refresh: 'Oppdater'
  },

  questions: {
    title: { red: 'Røde samarbeid', yellow: 'Gule samarbeid', decision: 'Trenger beslutning eller avklaring', celebrate: 'Resultater å feire', overdue: 'Har ikke sjekket inn' },
    none: {
      red: 'Ingen samarbeid har rød status nå.',
      yellow: 'Ingen samarbeid har gul status nå.',
      decision: 'Ingen samarbeid ber om en beslutning eller avklaring nå.',
      celebrate: 'Ingen har meldt inn resultater å feire i siste periode ennå.',
      overdue: 'Alle samarbeidene dine har sjekket inn.'
    },
    count: (n: number) => nbCount(n, 'samarbeid', 'samarbeid'),
    ledBy: (names: string) => `Ledes av ${names}`,
    which: 'Meldingen nevner flere. Hvilken vil du se status for?',
    trendTitle: (dimension: string) => `Trend: ${dimension}`,
    trendSubtitle: 'Siste snitt mot forrige periode, svakest først (1–5)',
    trendNeedsName: (examples: string) => `Hvilket spørsmål vil du se trenden for? For eksempel: ${examples}.`,
    trendUnknown: (name: string, examples: string) => `Jeg kjenner ikke spørsmålet «${name}». Prøv for eksempel: ${examples}.`,
    collaboration: 'Samarbeid'
  },

  municipality: {
    title: (name: string) => `Status for ${name}`,
    subtitle: (count: number) => `Deltar i ${nbCount(count, 'samarbeid', 'samarbeid')} · andel av kostnadene etter kostnadsnøkkelen`,
    none: (name: string) => `${name} deltar ikke i noe samarbeid i nettverket ennå.`
  }
};

const nn: typeof nb = {
  status: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'status', text: 'Oversikt over samarbeida i nettverket ditt («status barnevern» viser eitt samarbeid).' },
      { word: 'kva er raudt?', text: 'Samarbeid med raud status. Spør òg «kva er gult?», «kva treng avgjerd?» og «kva kan vi feire?».' },
      { word: 'kven har ikkje sjekka inn?', text: 'Samarbeid som ikkje har sjekka inn for førre periode, og kven som leiar dei.' },
      { word: 'trend tillit', text: 'Eitt spørsmål i statusmalen på tvers av alle samarbeid, svakast først.' },
      { word: 'status Lierne', text: 'Samarbeida som éin kommune deltek i, med kostnadsdelen til kommunen.' }
    ],
    overviewTitle: (network: string) => `Status – ${network}`,
    counts: (total: number, red: number, yellow: number, overdue: number) =>
      `${nnCount(total, 'samarbeid', 'samarbeid')} · ${nnCount(red, 'raud', 'raude')} · ${nnCount(yellow, 'gul', 'gule')} · ${nnCount(overdue, 'forseinka', 'forseinka')}`,
    overdue: 'Forseinka',
    never: 'Ingen innsjekk enno',
    last: (period: string) => `Sist: ${period}`,
    decision: 'Treng vedtak',
    falling: 'Fallande trend',
    trendTitle: 'Størst endring',
    trendSummary: (from: string, to: string, moves: string) =>
      `Spørsmåla som har endra seg mest frå ${from} til ${to}, som snitt på skalaen 1–5: ${moves}. Alle spørsmåla står i tabellen over.`,
    trendMove: (question: string, from: string, to: string) => `${question} frå ${from} til ${to}`,
    colourHistory: 'Fargehistorikk',
    period: 'Periode',
    mismatch: 'Grøn, men låge svar',
    sector: (sector: string) => sector.charAt(0).toLocaleUpperCase('nn-NO') + sector.slice(1),
    detailTitle: (name: string) => `Status: ${name}`,
    detailSubtitle: (network: string, period: string, respondents: number) =>
      `${network} · ${period} · ${nnCount(respondents, 'svar', 'svar')}`,
    noCheckIns: (name: string) => `${name} har ingen innsjekk enno.`,
    question: 'Spørsmål',
    now: 'No',
    previous: 'Førre',
    overall: 'Samla status',
    economy: 'Økonomi',
    comments: 'Frå leiarane',
    quietGreen: (names: string[]) => `Grøne utan merknader: ${listOf('nn-NO', names)}`,
    compacted: 'Grøne samarbeid utan merknader står samla på éi linje, så kortet får plass i Teams. Skriv «status» og namnet for å sjå eitt av dei.',
    notShown: (n: number) => `${nnCount(n, 'samarbeid', 'samarbeid')} til får ikkje plass på kortet, dei minst pressande.`,
    notFitting: (n: number) => `${nnCount(n, 'samarbeid', 'samarbeid')} til får ikkje plass på kortet. Skriv «status» og namnet for å sjå eitt av dei.`,
    open: (name: string) => `Opne ${name}`,
    refresh: 'Oppdater'
  },

  questions: {
    title: { red: 'Raude samarbeid', yellow: 'Gule samarbeid', decision: 'Treng vedtak eller avklaring', celebrate: 'Resultat å feire', overdue: 'Har ikkje sjekka inn' },
    none: {
      red: 'Ingen samarbeid har raud status no.',
      yellow: 'Ingen samarbeid har gul status no.',
      decision: 'Ingen samarbeid ber om vedtak eller avklaring no.',
      celebrate: 'Ingen har meldt inn resultat å feire i siste periode enno.',
      overdue: 'Alle samarbeida dine har sjekka inn.'
    },
    count: (n: number) => nnCount(n, 'samarbeid', 'samarbeid'),
    ledBy: (names: string) => `Leiar: ${names}`,
    which: 'Meldinga nemner fleire. Kva for ein vil du sjå status for?',
    trendTitle: (dimension: string) => `Trend: ${dimension}`,
    trendSubtitle: 'Siste snitt mot førre periode, svakast først (1–5)',
    trendNeedsName: (examples: string) => `Kva spørsmål vil du sjå trenden for? Til dømes: ${examples}.`,
    trendUnknown: (name: string, examples: string) => `Eg kjenner ikkje spørsmålet «${name}». Prøv til dømes: ${examples}.`,
    collaboration: 'Samarbeid'
  },

  municipality: {
    title: (name: string) => `Status for ${name}`,
    subtitle: (count: number) => `Deltek i ${nnCount(count, 'samarbeid', 'samarbeid')} · del av kostnadene etter kostnadsnøkkelen`,
    none: (name: string) => `${name} deltek ikkje i noko samarbeid i nettverket enno.`
  }
};

const en: typeof nb = {
  status: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'status', text: 'Overview of the collaborations in your network (‘status barnevern’ shows a single collaboration).' },
      { word: 'what is red?', text: 'Collaborations with red status. You can also ask ‘what is yellow?’, ‘what needs a decision?’ and ‘what can we celebrate?’.' },
      { word: 'who hasn’t checked in?', text: 'Collaborations that have not checked in for the last period, and who leads them.' },
      { word: 'trend trust', text: 'One question in the status template across all collaborations, weakest first.' },
      { word: 'status Lierne', text: 'The collaborations one municipality takes part in, with the municipality’s share of the costs.' }
    ],
    overviewTitle: (network: string) => `Status – ${network}`,
    counts: (total: number, red: number, yellow: number, overdue: number) =>
      `${counted_en(total, 'collaboration', 'collaborations')} · ${red} red · ${yellow} yellow · ${overdue} overdue`,
    overdue: 'Overdue',
    never: 'No check-ins yet',
    last: (period: string) => `Latest: ${period}`,
    decision: 'Needs a decision',
    falling: 'Falling trend',
    trendTitle: 'Biggest changes',
    trendSummary: (from: string, to: string, moves: string) =>
      `The questions that changed most from ${from} to ${to}, as averages on the 1–5 scale: ${moves}. Every question is in the table above.`,
    trendMove: (question: string, from: string, to: string) => `${question} from ${from} to ${to}`,
    colourHistory: 'Colour history',
    period: 'Period',
    mismatch: 'Green, but low scores',
    sector: (sector: string) => sector.charAt(0).toLocaleUpperCase('en-GB') + sector.slice(1),
    detailTitle: (name: string) => `Status: ${name}`,
    detailSubtitle: (network: string, period: string, respondents: number) =>
      `${network} · ${period} · ${counted_en(respondents, 'answer', 'answers')}`,
    noCheckIns: (name: string) => `${name} has no check-ins yet.`,
    question: 'Question',
    now: 'Now',
    previous: 'Previous',
    overall: 'Overall status',
    economy: 'Finances',
    comments: 'From the leaders',
    quietGreen: (names: string[]) => `Green without remarks: ${listOf('en-GB', names)}`,
    compacted: 'Green collaborations without remarks are listed on one line so that the card fits in Teams. Type ‘status’ and the name to see one of them.',
    notShown: (n: number) => `${counted_en(n, 'more collaboration', 'more collaborations')}, the least urgent, did not fit on the card.`,
    notFitting: (n: number) => `${counted_en(n, 'more collaboration', 'more collaborations')} did not fit on the card. Type ‘status’ and the name to see one of them.`,
    open: (name: string) => `Open ${name}`,
    refresh: 'Refresh'
  },

  questions: {
    title: { red: 'Red collaborations', yellow: 'Yellow collaborations', decision: 'Needs a decision or clarification', celebrate: 'Results to celebrate', overdue: 'Not checked in' },
    none: {
      red: 'No collaborations have red status right now.',
      yellow: 'No collaborations have yellow status right now.',
      decision: 'No collaborations are asking for a decision or clarification right now.',
      celebrate: 'Nobody has reported results to celebrate in the latest period yet.',
      overdue: 'All your collaborations have checked in.'
    },
    count: (n: number) => counted_en(n, 'collaboration', 'collaborations'),
    ledBy: (names: string) => `Led by ${names}`,
    which: 'Your message names more than one. Which would you like to see the status of?',
    trendTitle: (dimension: string) => `Trend: ${dimension}`,
    trendSubtitle: 'Latest average compared with the previous period, weakest first (1–5)',
    trendNeedsName: (examples: string) => `Which question would you like to see the trend for? For example: ${examples}.`,
    trendUnknown: (name: string, examples: string) => `I don’t know the question ‘${name}’. Try, for example: ${examples}.`,
    collaboration: 'Collaboration'
  },

  municipality: {
    title: (name: string) => `Status for ${name}`,
    subtitle: (count: number) => `Takes part in ${counted_en(count, 'collaboration', 'collaborations')} · share of the costs under the cost-sharing key`,
    none: (name: string) => `${name} doesn’t take part in any collaboration in the network yet.`
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
