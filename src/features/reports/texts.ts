import { englishCount } from '../../core/i18n/format';
import type { Language } from '../../core/module';
import type { Direction } from '../../domain/status';

const nb = {
  reports: {
    helpEntries: [
      { word: 'rapport', text: 'Tertialrapport, oversikt for en kommune og årsrapport for et samarbeid, som Word-dokumenter til saksbehandling.' },
      { word: 'rapport møte 10.12.2026', text: 'Tertialrapporten til et møte, laget av dataene per fristen og arkivert uendret.' }
    ],
    cardTitle: 'Rapporter',
    cardIntro: (minutes: number) => `Word-dokumenter til møtene i styringsorganene. Lenkene virker i ${minutes} minutter og bare for deg.`,
    annualHint: 'Skriv «rapport» og navnet på et samarbeid for årsrapporten til det, for eksempel «rapport lønn».',
    tertialLink: (network: string) => `Tertialrapport – ${network}`,
    overviewLink: (municipality: string) => `Samarbeidene til ${municipality}`,
    annualLink: (name: string, year: number) => `Årsrapport ${year} – ${name}`,
    tertialTitle: (network: string) => `Tertialrapport for ${network}`,
    tertialSubtitle: (tertial: string, date: string) => `Status for samarbeidene, ${tertial}. Laget ${date}.`,
    summary: 'Oppsummering',
    summaryLine: (total: number, red: number, yellow: number, decisions: number, overdue: number) =>
      `${total} samarbeid: ${red} røde, ${yellow} gule, ${decisions} trenger beslutning, ${overdue} har ikke rapportert i tide.`,
    statusTable: 'Status per samarbeid',
    columns: { collaboration: 'Samarbeid', sector: 'Tjenesteområde', colour: 'Status', trend: 'Trend', economy: 'Økonomi', decision: 'Trenger beslutning', lastPeriod: 'Sist rapportert' },
    trend: { up: '↑ bedre', down: '↓ svakere', same: '→ uendret' } satisfies Record<Direction, string>,
    decisionsHeading: 'Saker som trenger beslutning',
    celebrateHeading: 'Resultater å feire',
    overdueHeading: 'Forsinket rapportering',
    overdueLine: (name: string, last: string) => `${name} – sist rapportert: ${last}`,
    never: 'aldri',
    none: 'Ingen.',
    trendHeading: 'Utvikling',
    trendChart: 'Snittet av alle svar på skalaen 1–5 per tertial, for samarbeidene i rapporten.',
    annualTitle: (name: string, year: number) => `Årsrapport ${year}: ${name}`,
    annualSubtitle: (network: string, date: string) => `${network}. Til kommunenes årsmeldinger. Laget ${date}.`,
    facts: 'Om samarbeidet',
    legalForm: 'Organisering',
    host: 'Vertskommune',
    participants: 'Deltakerkommuner',
    phase: 'Fase',
    goals: 'Felles mål',
    noGoals: 'Ingen felles mål er registrert.',
    history: 'Status gjennom året',
    historyColumns: { period: 'Periode', colour: 'Status', economy: 'Økonomi', score: 'Snitt (1–5)', respondents: 'Svar' },
    noHistory: 'Ingen rapporter dette året.',
    annualChart: 'Snittet av svarene på skalaen 1–5 per periode; prikkens farge er periodens status.',
    overviewTitle: (municipality: string) => `Samarbeidene til ${municipality}`,
    overviewSubtitle: (network: string, date: string) => `${network}. Oversikt for folkevalgte. Laget ${date}.`,
    overviewIntro: (count: number) => `Kommunen er vertskommune for eller deltaker i ${count} samarbeid.`,
    overviewColumns: { collaboration: 'Samarbeid', legalForm: 'Organisering', host: 'Vertskommune', participants: 'Deltakere', costKey: 'Kostnadsnøkkel', share: 'Kommunens andel', phase: 'Fase' },
    costKey: (equal: number, population: number) => `${equal} % likt, ${population} % etter innbyggertall`,
    notAParticipant: 'deltar ikke',
    noHost: '–',
    meetingLink: (network: string, date: string) => `Tertialrapport til møtet ${date} – ${network}`,
    bodyMeetingLink: (body: string, date: string) => `${body} – møtet ${date}`,
    meetingSubtitle: (cutoff: string, meeting: string) => `Status for samarbeidene per ${cutoff}, til møtet ${meeting}. Arkivert uendret.`,
    meetingIntro: (minutes: number) => `Rapporten til møtet lages én gang, av dataene per fristen, og arkiveres uendret. Lenkene virker i ${minutes} minutter og bare for deg.`,
    badMeeting: 'Skriv datoen for møtet, for eksempel «rapport møte 10.12.2026».',
    notYet: (meeting: string, ready: string) => `Rapporten til møtet ${meeting} blir klar ${ready}, når fristen for dataene er nådd.`,
    decimal: (value: number) => value.toLocaleString('nb-NO', { maximumFractionDigits: 1 })
  }
};

const nn: typeof nb = {
  reports: {
    helpEntries: [
      { word: 'rapport', text: 'Tertialrapport, oversikt for ein kommune og årsrapport for eit samarbeid, som Word-dokument til sakshandsaming.' },
      { word: 'rapport møte 10.12.2026', text: 'Tertialrapporten til eit møte, laga av dataa per fristen og arkivert uendra.' }
    ],
    cardTitle: 'Rapportar',
    cardIntro: (minutes: number) => `Word-dokument til møta i styringsorgana. Lenkjene verkar i ${minutes} minutt og berre for deg.`,
    annualHint: 'Skriv «rapport» og namnet på eit samarbeid for årsrapporten til det, til dømes «rapport lønn».',
    tertialLink: (network: string) => `Tertialrapport – ${network}`,
    overviewLink: (municipality: string) => `Samarbeida til ${municipality}`,
    annualLink: (name: string, year: number) => `Årsrapport ${year} – ${name}`,
    tertialTitle: (network: string) => `Tertialrapport for ${network}`,
    tertialSubtitle: (tertial: string, date: string) => `Status for samarbeida, ${tertial}. Laga ${date}.`,
    summary: 'Oppsummering',
    summaryLine: (total: number, red: number, yellow: number, decisions: number, overdue: number) =>
      `${total} samarbeid: ${red} raude, ${yellow} gule, ${decisions} treng avgjerd, ${overdue} har ikkje rapportert i tide.`,
    statusTable: 'Status per samarbeid',
    columns: { collaboration: 'Samarbeid', sector: 'Tenesteområde', colour: 'Status', trend: 'Trend', economy: 'Økonomi', decision: 'Treng avgjerd', lastPeriod: 'Sist rapportert' },
    trend: { up: '↑ betre', down: '↓ svakare', same: '→ uendra' },
    decisionsHeading: 'Saker som treng avgjerd',
    celebrateHeading: 'Resultat å feire',
    overdueHeading: 'Forseinka rapportering',
    overdueLine: (name: string, last: string) => `${name} – sist rapportert: ${last}`,
    never: 'aldri',
    none: 'Ingen.',
    trendHeading: 'Utvikling',
    trendChart: 'Snittet av alle svar på skalaen 1–5 per tertial, for samarbeida i rapporten.',
    annualTitle: (name: string, year: number) => `Årsrapport ${year}: ${name}`,
    annualSubtitle: (network: string, date: string) => `${network}. Til årsmeldingane til kommunane. Laga ${date}.`,
    facts: 'Om samarbeidet',
    legalForm: 'Organisering',
    host: 'Vertskommune',
    participants: 'Deltakarkommunar',
    phase: 'Fase',
    goals: 'Felles mål',
    noGoals: 'Ingen felles mål er registrerte.',
    history: 'Status gjennom året',
    historyColumns: { period: 'Periode', colour: 'Status', economy: 'Økonomi', score: 'Snitt (1–5)', respondents: 'Svar' },
    noHistory: 'Ingen rapportar dette året.',
    annualChart: 'Snittet av svara på skalaen 1–5 per periode; fargen på prikken er statusen i perioden.',
    overviewTitle: (municipality: string) => `Samarbeida til ${municipality}`,
    overviewSubtitle: (network: string, date: string) => `${network}. Oversikt for folkevalde. Laga ${date}.`,
    overviewIntro: (count: number) => `Kommunen er vertskommune for eller deltakar i ${count} samarbeid.`,
    overviewColumns: { collaboration: 'Samarbeid', legalForm: 'Organisering', host: 'Vertskommune', participants: 'Deltakarar', costKey: 'Kostnadsnøkkel', share: 'Delen til kommunen', phase: 'Fase' },
    costKey: (equal: number, population: number) => `${equal} % likt, ${population} % etter innbyggjartal`,
    notAParticipant: 'deltek ikkje',
    noHost: '–',
    meetingLink: (network: string, date: string) => `Tertialrapport til møtet ${date} – ${network}`,
    bodyMeetingLink: (body: string, date: string) => `${body} – møtet ${date}`,
    meetingSubtitle: (cutoff: string, meeting: string) => `Status for samarbeida per ${cutoff}, til møtet ${meeting}. Arkivert uendra.`,
    meetingIntro: (minutes: number) => `Rapporten til møtet vert laga éin gong, av dataa per fristen, og arkivert uendra. Lenkjene verkar i ${minutes} minutt og berre for deg.`,
    badMeeting: 'Skriv datoen for møtet, til dømes «rapport møte 10.12.2026».',
    notYet: (meeting: string, ready: string) => `Rapporten til møtet ${meeting} vert klar ${ready}, når fristen for dataa er nådd.`,
    decimal: (value: number) => value.toLocaleString('nn-NO', { maximumFractionDigits: 1 })
  }
};

const en: typeof nb = {
  reports: {
    helpEntries: [
      { word: 'reports', text: 'Tertial report, overview for a municipality and annual report for a collaboration, as Word documents for case handling.' },
      { word: 'reports meeting 10.12.2026', text: 'The tertial report for a meeting, made from the data as of the cut-off and filed unchanged.' }
    ],
    cardTitle: 'Reports',
    cardIntro: (minutes: number) => `Word documents for the governing bodies' meetings. The links work for ${englishCount(minutes, 'minute', 'minutes')}, and only for you.`,
    annualHint: 'Type ‘reports’ and a collaboration’s name for its annual report, for example ‘reports payroll’.',
    tertialLink: (network: string) => `Tertial report – ${network}`,
    overviewLink: (municipality: string) => `${municipality}’s collaborations`,
    annualLink: (name: string, year: number) => `Annual report ${year} – ${name}`,
    tertialTitle: (network: string) => `Tertial report for ${network}`,
    tertialSubtitle: (tertial: string, date: string) => `Status of the collaborations, ${tertial}. Made ${date}.`,
    summary: 'Summary',
    summaryLine: (total: number, red: number, yellow: number, decisions: number, overdue: number) =>
      `${englishCount(total, 'collaboration', 'collaborations')}: ${red} red, ${yellow} yellow, ${decisions} needing a decision, ${overdue} not reported on time.`,
    statusTable: 'Status per collaboration',
    columns: { collaboration: 'Collaboration', sector: 'Service area', colour: 'Status', trend: 'Trend', economy: 'Economy', decision: 'Needs a decision', lastPeriod: 'Last reported' },
    trend: { up: '↑ better', down: '↓ weaker', same: '→ unchanged' },
    decisionsHeading: 'Matters needing a decision',
    celebrateHeading: 'Results to celebrate',
    overdueHeading: 'Overdue reporting',
    overdueLine: (name: string, last: string) => `${name} – last reported: ${last}`,
    never: 'never',
    none: 'None.',
    trendHeading: 'Development',
    trendChart: 'The mean of all answers on the 1–5 scale per tertial, for the collaborations in the report.',
    annualTitle: (name: string, year: number) => `Annual report ${year}: ${name}`,
    annualSubtitle: (network: string, date: string) => `${network}. For the municipalities’ annual reports. Made ${date}.`,
    facts: 'About the collaboration',
    legalForm: 'Legal form',
    host: 'Host municipality',
    participants: 'Participating municipalities',
    phase: 'Phase',
    goals: 'Shared goals',
    noGoals: 'No shared goals are recorded.',
    history: 'Status through the year',
    historyColumns: { period: 'Period', colour: 'Status', economy: 'Economy', score: 'Mean (1–5)', respondents: 'Answers' },
    noHistory: 'No reports this year.',
    annualChart: 'The mean of the answers on the 1–5 scale per period; the dot’s colour is the period’s status.',
    overviewTitle: (municipality: string) => `${municipality}’s collaborations`,
    overviewSubtitle: (network: string, date: string) => `${network}. Overview for elected officials. Made ${date}.`,
    overviewIntro: (count: number) => `The municipality hosts or takes part in ${englishCount(count, 'collaboration', 'collaborations')}.`,
    overviewColumns: { collaboration: 'Collaboration', legalForm: 'Legal form', host: 'Host', participants: 'Participants', costKey: 'Cost key', share: 'Municipality’s share', phase: 'Phase' },
    costKey: (equal: number, population: number) => `${equal} % equally, ${population} % by population`,
    notAParticipant: 'not a participant',
    noHost: '–',
    meetingLink: (network: string, date: string) => `Tertial report for the meeting on ${date} – ${network}`,
    bodyMeetingLink: (body: string, date: string) => `${body} – the meeting on ${date}`,
    meetingSubtitle: (cutoff: string, meeting: string) => `Status of the collaborations as of ${cutoff}, for the meeting on ${meeting}. Filed unchanged.`,
    meetingIntro: (minutes: number) => `The meeting’s report is made once, from the data as of the cut-off, and filed unchanged. The links work for ${englishCount(minutes, 'minute', 'minutes')}, and only for you.`,
    badMeeting: 'Please type the meeting’s date, for example ‘reports meeting 10.12.2026’.',
    notYet: (meeting: string, ready: string) => `The report for the meeting on ${meeting} will be ready on ${ready}, when the cut-off for its data is reached.`,
    decimal: (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 })
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
