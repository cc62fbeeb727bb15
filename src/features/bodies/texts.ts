import { counted, englishCount, listOf } from '../../core/i18n/format';
import type { Language } from '../../core/module';
import type { BodyKind, BodyReport } from '../../domain/bodies';

const nb = {
  bodies: {
    helpEntries: [{ word: 'organ', text: 'Styringsorganene (KDU, regionråd, kommunestyrer …): medlemmer, kanal, møtedatoer og rapporten de får før hvert møte.' }],
    title: (network: string) => `Organ – ${network}`,
    intro: (prepare: number, report: number) =>
      `Før hvert møte får lederne for samarbeidene på sakslisten «Forbered status» ${prepare} arbeidsdager før, og organet får rapporten ${report} arbeidsdager før, laget av dataene per fristen og arkivert uendret.`,
    none: 'Nettverket har ingen organ ennå.',
    line: (kind: string, members: number, channel: string, next: string) => `${kind} · ${counted('nb-NO', members, 'medlem', 'medlemmer')} · ${channel} · ${next}`,
    noChannel: 'ingen kanal',
    nextMeeting: (date: string) => `neste møte ${date}`,
    noMeeting: 'ingen møter satt opp',
    kind: {
      kdu: 'Kommunedirektørutvalg (KDU)',
      regionråd: 'Regionråd / interkommunalt politisk råd',
      formannskap: 'Felles formannskap',
      kommunestyre: 'Kommunestyre',
      styringsgruppe: 'Styringsgruppe'
    } satisfies Record<BodyKind, string>,
    report: { tertial: 'Tertialrapport (status)', overview: 'Oversikt for kommunen', annual: 'Årsrapport for samarbeidet' } satisfies Record<BodyReport, string>,
    add: 'Nytt organ',
    edit: (name: string) => `Endre ${name}`,
    formTitle: (name?: string) => (name ? `Endre organet ${name}` : 'Nytt organ'),
    nameLabel: 'Navn',
    kindLabel: 'Type organ',
    municipalityLabel: 'Kommune (for et kommunestyre)',
    collaborationLabel: 'Samarbeid (for en styringsgruppe)',
    noChoice: '–',
    reportLabel: 'Rapport før møtene',
    membersLabel: 'Medlemmer (får rapporten i chat)',
    channelLabel: 'Kanal (får rapporten)',
    meetingsLabel: 'Møtedatoer',
    meetingsPlaceholder: '10.12.2026, 11.03.2027',
    agendaLabel: 'Samarbeid på sakslisten (ingen valgt: organets egne)',
    required: 'Må fylles ut',
    save: 'Lagre organet',
    remove: 'Fjern organet',
    saved: (name: string) => `Lagret: ${name}.`,
    removed: (name: string) => `Fjernet: ${name}.`,
    notSaved: 'Ikke lagret:',
    field: { name: 'Navnet', municipalityId: 'Kommunen', collaborationId: 'Samarbeidet', report: 'Rapporten', agenda: 'Sakslisten', meetings: 'Møtedatoene', members: 'Medlemslisten' } as Record<string, string>,
    badDate: (entry: string) => `«${entry}» er ikke en dato. Skriv møtedatoene som 10.12.2026, skilt med komma.`,
    unknownPerson: 'Medlemmene må være personer med en rolle i nettverket. Velg dem fra listen.',
    foreignChannel: 'Kanalen er ikke en kanal Sampuls er lagt til i hos dette nettverket. Velg en fra listen.',
    onlyAdmins: (network: string) => `Bare administratorene for ${network} kan endre organene.`,
    generalChannel: (team: string) => `${team} – Generelt`,
    leadTitle: 'Frister før møtene (arbeidsdager)',
    prepareLabel: '«Forbered status» så mange arbeidsdager før møtet',
    reportBeforeLabel: 'Rapporten så mange arbeidsdager før møtet',
    saveLead: 'Lagre fristene',
    leadSaved: (network: string) => `Fristene før møtene i ${network} er lagret.`,
    leadInvalid: {
      prepareBefore: '«Forbered status» må komme flere arbeidsdager før møtet enn rapporten, og høyst 30.',
      reportBefore: 'Rapporten må komme 1–30 arbeidsdager før møtet.'
    },
    prepareTitle: 'Forbered status',
    prepare: (collaboration: string, bodies: string[], meeting: string, cutoff: string) =>
      `${listOf('nb-NO', bodies)} har møte ${meeting}, og ${collaboration} står på sakslisten. Gjør statusen oppdatert før ${cutoff}: da lages rapporten av det som er registrert.`,
    lastReported: (period: string) => `Sist rapportert: ${period}.`,
    neverReported: 'Samarbeidet har ikke rapportert ennå.',
    prepareButton: 'Sjekk inn nå',
    reportTitle: (body: string, meeting: string) => `Rapport til møtet i ${body} ${meeting}`,
    reportIntro: (report: string, cutoff: string) => `${report}, laget av dataene per ${cutoff} og arkivert uendret. Word-dokumentet kan legges ved saken.`,
    reportLink: 'Åpne Word-dokumentet',
    linkExpires: (date: string) => `Lenken virker til ${date}.`,
    agendaCount: (count: number) => `${count} samarbeid på sakslisten.`
  }
};

const nn: typeof nb = {
  bodies: {
    helpEntries: [{ word: 'organ', text: 'Styringsorgana (KDU, regionråd, kommunestyre …): medlemmer, kanal, møtedatoar og rapporten dei får før kvart møte.' }],
    title: (network: string) => `Organ – ${network}`,
    intro: (prepare: number, report: number) =>
      `Før kvart møte får leiarane for samarbeida på sakslista «Førebu status» ${prepare} arbeidsdagar før, og organet får rapporten ${report} arbeidsdagar før, laga av dataa per fristen og arkivert uendra.`,
    none: 'Nettverket har ingen organ enno.',
    line: (kind: string, members: number, channel: string, next: string) => `${kind} · ${counted('nn-NO', members, 'medlem', 'medlemmer')} · ${channel} · ${next}`,
    noChannel: 'ingen kanal',
    nextMeeting: (date: string) => `neste møte ${date}`,
    noMeeting: 'ingen møte sette opp',
    kind: {
      kdu: 'Kommunedirektørutval (KDU)',
      regionråd: 'Regionråd / interkommunalt politisk råd',
      formannskap: 'Felles formannskap',
      kommunestyre: 'Kommunestyre',
      styringsgruppe: 'Styringsgruppe'
    },
    report: { tertial: 'Tertialrapport (status)', overview: 'Oversikt for kommunen', annual: 'Årsrapport for samarbeidet' },
    add: 'Nytt organ',
    edit: (name: string) => `Endre ${name}`,
    formTitle: (name?: string) => (name ? `Endre organet ${name}` : 'Nytt organ'),
    nameLabel: 'Namn',
    kindLabel: 'Type organ',
    municipalityLabel: 'Kommune (for eit kommunestyre)',
    collaborationLabel: 'Samarbeid (for ei styringsgruppe)',
    noChoice: '–',
    reportLabel: 'Rapport før møta',
    membersLabel: 'Medlemmer (får rapporten i chat)',
    channelLabel: 'Kanal (får rapporten)',
    meetingsLabel: 'Møtedatoar',
    meetingsPlaceholder: '10.12.2026, 11.03.2027',
    agendaLabel: 'Samarbeid på sakslista (ingen valt: dei som høyrer til organet)',
    required: 'Må fyllast ut',
    save: 'Lagre organet',
    remove: 'Fjern organet',
    saved: (name: string) => `Lagra: ${name}.`,
    removed: (name: string) => `Fjerna: ${name}.`,
    notSaved: 'Ikkje lagra:',
    field: { name: 'Namnet', municipalityId: 'Kommunen', collaborationId: 'Samarbeidet', report: 'Rapporten', agenda: 'Sakslista', meetings: 'Møtedatoane', members: 'Medlemslista' },
    badDate: (entry: string) => `«${entry}» er ikkje ein dato. Skriv møtedatoane som 10.12.2026, skilde med komma.`,
    unknownPerson: 'Medlemmene må vere personar med ei rolle i nettverket. Vel dei frå lista.',
    foreignChannel: 'Kanalen er ikkje ein kanal Sampuls er lagd til i hos dette nettverket. Vel ein frå lista.',
    onlyAdmins: (network: string) => `Berre administratorane for ${network} kan endre organa.`,
    generalChannel: (team: string) => `${team} – Generelt`,
    leadTitle: 'Fristar før møta (arbeidsdagar)',
    prepareLabel: '«Førebu status» så mange arbeidsdagar før møtet',
    reportBeforeLabel: 'Rapporten så mange arbeidsdagar før møtet',
    saveLead: 'Lagre fristane',
    leadSaved: (network: string) => `Fristane før møta i ${network} er lagra.`,
    leadInvalid: {
      prepareBefore: '«Førebu status» må kome fleire arbeidsdagar før møtet enn rapporten, og høgst 30.',
      reportBefore: 'Rapporten må kome 1–30 arbeidsdagar før møtet.'
    },
    prepareTitle: 'Førebu status',
    prepare: (collaboration: string, bodies: string[], meeting: string, cutoff: string) =>
      `${listOf('nn-NO', bodies)} har møte ${meeting}, og ${collaboration} står på sakslista. Gjer statusen oppdatert før ${cutoff}: då blir rapporten laga av det som er registrert.`,
    lastReported: (period: string) => `Sist rapportert: ${period}.`,
    neverReported: 'Samarbeidet har ikkje rapportert enno.',
    prepareButton: 'Sjekk inn no',
    reportTitle: (body: string, meeting: string) => `Rapport til møtet i ${body} ${meeting}`,
    reportIntro: (report: string, cutoff: string) => `${report}, laga av dataa per ${cutoff} og arkivert uendra. Word-dokumentet kan leggjast ved saka.`,
    reportLink: 'Opne Word-dokumentet',
    linkExpires: (date: string) => `Lenkja verkar til ${date}.`,
    agendaCount: (count: number) => `${count} samarbeid på sakslista.`
  }
};

const en: typeof nb = {
  bodies: {
    helpEntries: [{ word: 'bodies', text: 'The governing bodies (KDU, regional council, municipal councils …): members, channel, meeting dates and the report they get before each meeting.' }],
    title: (network: string) => `Governing bodies – ${network}`,
    intro: (prepare: number, report: number) =>
      `Before each meeting the leaders of the collaborations on the agenda get ‘Prepare status’ ${englishCount(prepare, 'working day', 'working days')} ahead, and the body gets its report ${englishCount(report, 'working day', 'working days')} ahead, made from the data as of the cut-off and filed unchanged.`,
    none: 'The network has no governing bodies yet.',
    line: (kind: string, members: number, channel: string, next: string) => `${kind} · ${englishCount(members, 'member', 'members')} · ${channel} · ${next}`,
    noChannel: 'no channel',
    nextMeeting: (date: string) => `next meeting ${date}`,
    noMeeting: 'no meetings scheduled',
    kind: {
      kdu: 'Chief executives’ council (KDU)',
      regionråd: 'Regional council',
      formannskap: 'Joint executive committee (formannskap)',
      kommunestyre: 'Municipal council',
      styringsgruppe: 'Steering group'
    },
    report: { tertial: 'Tertial report (status)', overview: 'Overview for the municipality', annual: 'Annual report of the collaboration' },
    add: 'New body',
    edit: (name: string) => `Edit ${name}`,
    formTitle: (name?: string) => (name ? `Edit the body ${name}` : 'New body'),
    nameLabel: 'Name',
    kindLabel: 'Kind of body',
    municipalityLabel: 'Municipality (for a municipal council)',
    collaborationLabel: 'Collaboration (for a steering group)',
    noChoice: '–',
    reportLabel: 'Report before the meetings',
    membersLabel: 'Members (get the report in chat)',
    channelLabel: 'Channel (gets the report)',
    meetingsLabel: 'Meeting dates',
    meetingsPlaceholder: '10.12.2026, 11.03.2027',
    agendaLabel: 'Collaborations on the agenda (none chosen: the body’s own)',
    required: 'Required',
    save: 'Save the body',
    remove: 'Remove the body',
    saved: (name: string) => `Saved: ${name}.`,
    removed: (name: string) => `Removed: ${name}.`,
    notSaved: 'Not saved:',
    field: { name: 'The name', municipalityId: 'The municipality', collaborationId: 'The collaboration', report: 'The report', agenda: 'The agenda', meetings: 'The meeting dates', members: 'The member list' },
    badDate: (entry: string) => `‘${entry}’ is not a date. Please type the meeting dates as 10.12.2026, separated by commas.`,
    unknownPerson: 'Members must be people with a role in the network. Please pick them from the list.',
    foreignChannel: 'That channel is not one Sampuls has been added to in this network. Please pick one from the list.',
    onlyAdmins: (network: string) => `Only the admins of ${network} can change its governing bodies.`,
    generalChannel: (team: string) => `${team} – General`,
    leadTitle: 'Lead times before the meetings (working days)',
    prepareLabel: '‘Prepare status’ this many working days before the meeting',
    reportBeforeLabel: 'The report this many working days before the meeting',
    saveLead: 'Save the lead times',
    leadSaved: (network: string) => `The lead times before ${network}’s meetings are saved.`,
    leadInvalid: {
      prepareBefore: '‘Prepare status’ must come more working days before the meeting than the report, and at most 30.',
      reportBefore: 'The report must come 1–30 working days before the meeting.'
    },
    prepareTitle: 'Prepare status',
    prepare: (collaboration: string, bodies: string[], meeting: string, cutoff: string) =>
      `${listOf('en-GB', bodies)} ${bodies.length > 1 ? 'meet' : 'meets'} on ${meeting}, and ${collaboration} is on ${bodies.length > 1 ? 'their agendas' : 'the agenda'}. Please bring its status up to date before ${cutoff}: the report is made from what is recorded then.`,
    lastReported: (period: string) => `Last reported: ${period}.`,
    neverReported: 'The collaboration has not reported yet.',
    prepareButton: 'Check in now',
    reportTitle: (body: string, meeting: string) => `Report for the meeting of ${body} on ${meeting}`,
    reportIntro: (report: string, cutoff: string) => `${report}, made from the data as of ${cutoff} and filed unchanged. The Word document can be attached to the case.`,
    reportLink: 'Open the Word document',
    linkExpires: (date: string) => `The link works until ${date}.`,
    agendaCount: (count: number) => `${englishCount(count, 'collaboration', 'collaborations')} on the agenda.`
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;
declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
