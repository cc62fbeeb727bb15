import type { ParsedPeriod } from '../domain/period';
import type { AnswerErrorCode } from '../domain/answers';
import type { AuditAction } from '../domain/audit';
import type { ProblemCode } from '../domain/network';
import type { QuestionKind } from '../domain/template';
import type { RevisionProblemCode } from '../domain/templateRevision';
import type { Cadence, Colour, Economy, Phase, Role } from '../domain/types';

/**
 * Norsk bokmål, the default catalogue. Every user-facing string lives here; the reports'
 * own words are used where they fit (DOMAIN.md).
 */
const MONTHS = [
  'januar', 'februar', 'mars', 'april', 'mai', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'desember'
];

export const nb = {
  period: ({ year, cadence, index }: ParsedPeriod) =>
    cadence === 'monthly'
      ? `${MONTHS[index - 1]} ${year}`
      : `${index}. ${cadence === 'quarterly' ? 'kvartal' : 'tertial'} ${year}`,
  periodShort: ({ year, cadence, index }: ParsedPeriod) =>
    `${cadence === 'monthly' ? MONTHS[index - 1].slice(0, 3) : `${cadence === 'quarterly' ? 'K' : 'T'}${index}`} ${String(year).slice(2)}`,
  date: (iso: string) => new Date(iso).toLocaleDateString('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' }),

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
    unknownCommand: (text: string) => `Jeg forstod ikke «${text}». Dette kan jeg hjelpe med:`,
    tooLong: 'Meldingen er for lang. Skriv en kort kommando, for eksempel «status».',
    failed: 'Noe gikk galt hos meg, og ingenting ble endret. Prøv igjen, eller skriv «hjelp».'
  },

  help: {
    welcomeTitle: 'Velkommen til Sampuls',
    sharedIntro:
      'Sampuls gir samarbeidene en fast rytme for statusrapportering. Koble denne kanalen til samarbeidet prosjektgruppen følger, så kommer en oppsummering hit hver gang lederen sjekker inn. Skriv for eksempel «@Sampuls koble lønn».',
    welcomeIntro:
      'Sampuls gjør jevnlig statusrapportering i interkommunale samarbeid til en enkel rutine. Lederne sjekker inn her i chatten, prosjektgruppene får en oppsummering i sin kanal, og kommunedirektørene kan når som helst spørre om status.',
    helpTitle: 'Dette kan jeg hjelpe med',
    commands: [
      { word: 'sjekk inn', text: 'Svar på statusmalen for et samarbeid du leder («sjekk inn lønn» går rett dit).' },
      { word: 'status', text: 'Oversikt over samarbeidene i nettverket ditt («status barnevern» viser ett samarbeid).' },
      { word: 'koble lønn', text: 'Skrives i prosjektgruppens kanal (nevn @Sampuls): oppsummeringer etter hver innsjekk for samarbeidet kommer dit.' },
      { word: 'hva er rødt?', text: 'Samarbeid med rød status. Spør også «hva trenger beslutning?» og «hva kan vi feire?».' },
      { word: 'trend tillit', text: 'Ett spørsmål i statusmalen på tvers av alle samarbeid, svakest først.' },
      { word: 'status Lierne', text: 'Samarbeidene én kommune deltar i, med kommunens andel av kostnadene.' },
      { word: 'kostnad lønn 1 000 000', text: 'Hvor mye hver kommune betaler etter kostnadsnøkkelen.' },
      { word: 'årshjul', text: 'Når innsjekk, påminnelser, frister og sammendrag kommer – og hvem som ikke kan nås. Administratorer kan endre det.' },
      { word: 'eksport 2026', text: 'Last ned alle innsjekker og snitt per periode (Excel og CSV) til årsmeldingen.' },
      { word: 'logg', text: 'For administratorer: de siste endringene i oppsett, roller og maler – hvem, når og hva.' },
      { word: 'mine data', text: 'Alt Sampuls har lagret om deg, til nedlasting. «slett mine data» fjerner navnet ditt fra svarene og sletter profilen.' },
      { word: 'admin', text: 'For administratorer: sett opp og endre nettverket – kommuner, samarbeid med fase, og roller for personer i teamet.' },
      { word: 'mal', text: 'For administratorer: spørsmålene i statusmalen. Omformuler, ta ut eller legg til spørsmål; endringene gjelder fra neste periode.' },
      { word: 'hjelp', text: 'Viser denne oversikten.' }
    ],
    englishNote: 'Engelske kommandoer virker også: check in, status, link, help.',
    buttonCheckIn: 'Sjekk inn',
    buttonStatus: 'Status',
    buttonHelp: 'Hjelp',
    commandCheckIn: 'sjekk inn',
    commandStatus: 'status',
    commandHelp: 'hjelp'
  },

  names: {
    notFound: (query: string) => `Jeg fant ikke noe samarbeid som heter «${query}».`,
    didYouMean: 'Mente du et av disse?',
    several: (query: string) => `Flere samarbeid passer «${query}». Hvilket mener du?`
  },

  checkIn: {
    leadsNone:
      'Du står ikke som leder for noe samarbeid, så du har ingen innsjekk å svare på. Skriv «status» for å se hvordan samarbeidene går.',
    choose: 'Hvilket samarbeid vil du sjekke inn for?',
    notLeader: (name: string) => `Bare lederne for ${name} kan sjekke inn for samarbeidet.`,
    title: (name: string) => `Sjekk inn: ${name}`,
    subtitle: (period: string, network: string) => `Status for ${period} · ${network}`,
    intro: 'Spørsmål merket med * må besvares. Skalaen går fra 1 (i svært liten grad) til 5 (i svært stor grad).',
    alreadyAnswered: (date: string) =>
      `Du sjekket inn for denne perioden ${date}. Sender du på nytt, oppdateres svaret ditt.`,
    decisionToggle: 'Ja, vi trenger en beslutning eller avklaring',
    choosePlaceholder: 'Velg …',
    textPlaceholder: 'Skriv her …',
    submit: 'Send inn',
    errorRequired: 'Svar på dette spørsmålet.',
    errorRequiredWhen: 'Påkrevd med det svaret du har gitt over.',
    notSavedTitle: 'Svaret ble ikke lagret. Rett opp dette og send inn igjen:',
    moreErrors: (count: number) => `… og ${count.toLocaleString('nb-NO')} til`,
    errorCode: {
      required: 'mangler svar',
      invalid: 'ugyldig verdi',
      tooLong: 'for lang tekst',
      unknown: 'ukjent felt'
    } satisfies Record<AnswerErrorCode, string>,
    stalePeriod: (period: string) =>
      `Skjemaet gjelder ${period}, som ikke lenger er åpen for svar. Skriv «sjekk inn» for å få et nytt skjema.`,
    savedTitle: 'Takk! Innsjekken er lagret',
    updatedTitle: 'Innsjekken er oppdatert',
    receiptSubtitle: (name: string, period: string) => `${name} · ${period}`,
    summarySent: (channel: string) => `Oppsummeringen er sendt til kanalen «${channel}».`,
    noChannel: (name: string) =>
      `${name} har ingen kanal ennå. Skriv «@Sampuls koble ${name.toLocaleLowerCase('nb-NO')}» i prosjektgruppens kanal, så kommer oppsummeringene dit.`,
    summaryFailed: 'Svaret er lagret, men oppsummeringen kunne ikke sendes til kanalen nå.',
    saveFailed:
      'Svaret ble ikke lagret fordi lagringen ikke svarer. Svarene dine står fortsatt i kortet – trykk «Send inn» igjen om litt.',
    statusPending: 'Svaret er lagret, men statusen viser det ikke ennå. Det kommer med i løpet av noen minutter.',
    alreadyReceived: 'Dette svaret var allerede mottatt, så oppsummeringen sendes ikke til kanalen en gang til.'
  },

  summary: {
    title: (name: string) => `Ny status: ${name}`,
    subtitle: (who: string, period: string) => `${who} har sjekket inn for ${period}`,
    updatedSubtitle: (who: string, period: string) => `${who} har oppdatert innsjekken for ${period}`,
    decision: 'Trenger beslutning eller avklaring',
    risks: 'Risikoer og hindringer',
    celebrate: 'Resultater å feire',
    economy: 'Om økonomien',
    comment: 'Begrunnelse',
    showStatus: 'Vis status'
  },

  status: {
    overviewTitle: (network: string) => `Status – ${network}`,
    counts: (total: number, red: number, yellow: number, overdue: number) =>
      `${total} samarbeid · ${red} røde · ${yellow} gule · ${overdue} forsinket`,
    overdue: 'Forsinket',
    never: 'Ingen innsjekk ennå',
    last: (period: string) => `Sist: ${period}`,
    decision: 'Trenger beslutning',
    falling: 'Fallende trend',
    trendTitle: 'Utvikling (snitt per periode, 1–5)',
    colourHistory: 'Fargehistorikk',
    period: 'Periode',
    mismatch: 'Grønn, men lave svar',
    sector: (sector: string) => sector.charAt(0).toLocaleUpperCase('nb-NO') + sector.slice(1),
    detailTitle: (name: string) => `Status: ${name}`,
    detailSubtitle: (network: string, period: string, respondents: number) =>
      `${network} · ${period} · ${respondents} svar`,
    noCheckIns: (name: string) => `${name} har ingen innsjekk ennå.`,
    question: 'Spørsmål',
    now: 'Nå',
    previous: 'Forrige',
    overall: 'Samlet status',
    economy: 'Økonomi',
    comments: 'Fra lederne',
    open: 'Åpne',
    refresh: 'Oppdater'
  },

  questions: {
    title: { red: 'Røde samarbeid', decision: 'Trenger beslutning eller avklaring', celebrate: 'Resultater å feire' },
    none: {
      red: 'Ingen samarbeid har rød status nå.',
      decision: 'Ingen samarbeid ber om en beslutning eller avklaring nå.',
      celebrate: 'Ingen har meldt inn resultater å feire i siste periode ennå.'
    },
    count: (n: number) => `${n} samarbeid`,
    trendTitle: (dimension: string) => `Trend: ${dimension}`,
    trendSubtitle: 'Siste snitt mot forrige periode, svakest først (1–5)',
    trendNeedsName: (examples: string) => `Hvilket spørsmål vil du se trenden for? For eksempel: ${examples}.`,
    trendUnknown: (name: string, examples: string) => `Jeg kjenner ikke spørsmålet «${name}». Prøv for eksempel: ${examples}.`,
    collaboration: 'Samarbeid'
  },

  cost: {
    needsName: 'Hvilket samarbeid, og hvor mye? Skriv for eksempel «kostnad lønn 1 000 000».',
    needsAmount: (name: string) => `Hvor mye skal fordeles? Skriv for eksempel «kostnad ${name.toLocaleLowerCase('nb-NO')} 1 000 000».`,
    title: (name: string) => `Kostnadsfordeling: ${name}`,
    key: (fixedShare: number) =>
      `${Math.round(fixedShare * 100)} % fordeles likt, ${Math.round((1 - fixedShare) * 100)} % etter innbyggertall`,
    keyLine: (text: string) => `Kostnadsnøkkel: ${text}`,
    municipality: 'Kommune',
    population: 'Innbyggere',
    fixed: 'Likt',
    byPopulation: 'Etter innbyggere',
    sum: 'Sum',
    total: 'Totalt',
    kroner: (amount: number) => `${Math.round(amount).toLocaleString('nb-NO')} kr`,
    share: (percent: number) => `${percent.toLocaleString('nb-NO', { maximumFractionDigits: 1 })} %`
  },

  export: {
    title: (year: number) => `Eksport for ${year}`,
    intro: (minutes: number) =>
      `Alle innsjekker og snitt per periode for samarbeidene i nettverkene dine, klare til årsmeldingen. Lenkene virker i ${minutes} minutter og bare for nettverkene du er med i.`,
    xlsx: 'Last ned Excel (XLSX)',
    csv: 'Last ned CSV',
    badYear: 'Skriv et årstall, for eksempel «eksport 2026».',
    checkInSheet: 'Innsjekker',
    periodSheet: 'Perioder',
    network: 'Nettverk',
    collaboration: 'Samarbeid',
    period: 'Periode',
    respondent: 'Leder',
    submitted: 'Levert',
    respondents: 'Antall svar'
  },

  municipality: {
    title: (name: string) => `Status for ${name}`,
    subtitle: (count: number) => `Deltar i ${count} samarbeid · andel av kostnadene etter kostnadsnøkkelen`,
    none: (name: string) => `${name} deltar ikke i noe samarbeid i nettverket ennå.`
  },

  schedule: {
    invitation: (period: string, deadline: string) =>
      `Det er tid for statusrapport for ${period}. Det tar et par minutter. Fristen er ${deadline}.`,
    reminder: (period: string, deadline: string) =>
      `Påminnelse: vi mangler fortsatt innsjekken din for ${period}. Fristen er ${deadline}.`,
    deadline: (iso: string) =>
      new Date(iso).toLocaleDateString('nb-NO', { timeZone: 'Europe/Oslo', weekday: 'long', day: 'numeric', month: 'long' }),
    escalationTitle: (network: string) => `Forsinket rapportering – ${network}`,
    escalationIntro: (period: string, count: number) =>
      `${count === 1 ? 'Ett samarbeid' : `${count} samarbeid`} har ikke sjekket inn for ${period}, og fristen er ute. Ta kontakt med lederne.`,
    leaders: (names: string) => `Leder: ${names}`,
    noLeader: 'Ingen leder er registrert',
    digestTitle: (network: string, period: string) => `Sammendrag ${period} – ${network}`,
    digestIntro: (total: number, red: number, yellow: number, missing: number) =>
      `${total} samarbeid · ${red} røde · ${yellow} gule · ${missing} har ikke rapportert`,
    collaboration: 'Samarbeid',
    colour: 'Status',
    change: 'Snitt (endring)',
    changedColour: (from: string, to: string) => `${from} → ${to}`,
    decisions: 'Trenger beslutning eller avklaring',
    celebrate: 'Resultater å feire',
    notReported: 'Har ikke rapportert',
    allReported: 'Alle samarbeid har rapportert for perioden.',
    noticeTitle: (network: string) => `Noen kan ikke nås – ${network}`,
    noticeIntro: (what: string) => `Da jeg sendte ${what}, kom jeg ikke fram til disse:`,
    noticeWhat: {
      invitation: 'invitasjonene til å sjekke inn',
      reminder: 'påminnelsene',
      escalation: 'varselet om forsinket rapportering',
      digest: 'sammendraget',
      notice: 'varselet'
    },
    noticeAdvice:
      'Personer må installere Sampuls i Teams (eller fjerne blokkeringen) før jeg kan skrive til dem. For sammendraget: skriv «@Sampuls årshjul» i ledelsens kanal og velg «Send sammendraget hit».',
    unreachablePerson: (name: string) => `${name || 'En leder'} – kan ikke nås i Teams`,
    noChannel: 'Sammendraget – nettverket har ingen kanal for det',
    unreachableChannel: (name: string) => `Kanalen «${name}» – Sampuls er fjernet eller blokkert der`,
    cycleTitle: (network: string) => `Årshjul – ${network}`,
    cycleSummary: (opens: number, reminders: string, closes: number, hour: number) =>
      `Innsjekken åpner ${opens}. siste arbeidsdag i perioden, påminnelser ${reminders} arbeidsdager etter, og fristen er ${closes}. arbeidsdag i neste periode. Meldinger sendes kl. ${String(hour).padStart(2, '0')}.00 på hverdager som ikke er helligdager.`,
    noReminders: 'ingen',
    digestLine: (cadence: string, day: number, channel: string | undefined) =>
      `Sammendrag per ${cadence} på ${day}. arbeidsdag etter periodeslutt${channel ? ` i kanalen «${channel}»` : ', men ingen kanal er valgt ennå'}.`,
    cadenceName: { monthly: 'måned', quarterly: 'kvartal', tertial: 'tertial' },
    upcoming: 'Det som kommer',
    event: {
      open: (period: string) => `Innsjekk åpner for ${period}`,
      reminder: (period: string) => `Påminnelse for ${period}`,
      close: (period: string) => `Frist for ${period}; forsinkede varsles`,
      digest: (period: string) => `Sammendrag for ${period}`
    },
    when: (iso: string) =>
      new Date(iso).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    unreachableTitle: 'Kan ikke nås',
    editTitle: 'Endre årshjulet',
    opensLabel: 'Innsjekken åpner (arbeidsdager før periodeslutt, 1 = siste arbeidsdag)',
    remindersLabel: 'Påminnelser (arbeidsdager etter åpning, skilt med komma)',
    closesLabel: 'Frist (arbeidsdag i neste periode)',
    digestCadenceLabel: 'Sammendrag per',
    digestDayLabel: 'Sammendrag (arbeidsdag i neste periode)',
    hourLabel: 'Klokkeslett for utsending (8–15)',
    save: 'Lagre årshjulet',
    useChannel: 'Send sammendraget hit',
    saved: (network: string) => `Årshjulet for ${network} er lagret. Endringen gjelder fra neste hendelse.`,
    channelSet: (network: string, channel: string) => `Sammendraget for ${network} sendes heretter til kanalen «${channel}».`,
    onlyAdmins: (network: string) => `Bare administratorer i ${network} kan endre årshjulet.`,
    channelOnlyInChannel: 'Sammendraget kan bare sendes til en kanal i et team. Skriv «@Sampuls årshjul» i kanalen.',
    invalid: {
      opensBefore: 'Åpning må være et helt tall fra 1 til 15.',
      reminders: 'Påminnelsene må være stigende hele tall, høyst tre, og før fristen.',
      closesAfter: 'Fristen må være et helt tall fra 1 til 15.',
      digest: 'Sammendraget må komme på en arbeidsdag fra 1 til 15.',
      sendHour: 'Klokkeslettet må være et helt tall fra 8 til 15.'
    },
    notSaved: 'Årshjulet ble ikke lagret:'
  },

  privacy: {
    title: 'Dette har Sampuls lagret om deg',
    intro: 'Svarene dine hører til samarbeidets historikk. Du kan laste ned alt, eller slette opplysningene om deg.',
    name: 'Navn',
    objectId: 'Microsoft 365-ID',
    tenant: 'Organisasjon (tenant)',
    chat: 'Chat med Sampuls',
    team: 'Kjent fra et team',
    yes: 'Ja',
    no: 'Nei',
    nothing: 'Ingenting',
    roles: 'Roller',
    role: { admin: 'administrator', kommunedirektør: 'kommunedirektør', member: 'medlem' } satisfies Record<Role, string>,
    leads: 'Leder for',
    answersTitle: 'Svar',
    answers: (count: number, first: string, last: string) =>
      count === 1 ? `Én innsjekk, levert ${first}.` : `${count} innsjekker, levert fra ${first} til ${last}.`,
    messages: 'Meldinger fra årshjulet',
    messageCount: (count: number) => `${count} invitasjoner, påminnelser og varsler er registrert.`,
    retention: 'Nettverket bestemmer hvor lenge svarene lagres. Loggen over endringer i oppsettet beholdes.',
    download: 'Last ned alt (JSON)',
    eraseButton: 'Slett mine data',
    eraseCommand: 'slett mine data',
    eraseTitle: 'Slette opplysningene om deg?',
    eraseWarning:
      'Navnet ditt fjernes fra alle svar du har gitt; svarene blir stående som samarbeidets historikk uten navn. Profilen din med roller, chatter og innstillinger slettes, og du får ingen flere påminnelser. Dette kan ikke angres. Administratorene ser i loggen at en person har slettet dataene sine, men ikke hvem.',
    eraseConfirm: 'Ja, slett mine data',
    erased: (answers: number) =>
      `Opplysningene om deg er slettet. ${answers === 1 ? 'Ett svar' : `${answers} svar`} står igjen i samarbeidenes historikk uten navn. Skriv til meg igjen når som helst.`
  },

  audit: {
    title: (network: string) => `Logg – ${network}`,
    empty: 'Ingen endringer er logget ennå.',
    onlyAdmins: 'Loggen viser endringer i oppsett, roller og maler. Bare administratorer i et nettverk kan se den.',
    commandLine: 'Kommandolinjen',
    erasedPerson: (tag: string) => `Slettet person ${tag}`,
    when: (iso: string) =>
      new Date(iso).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
    action: {
      'cycle.changed': (subject: string) => `Endret årshjulet for ${subject}`,
      'digestChannel.set': (subject: string) => `Valgte kanal for sammendraget for ${subject}`,
      'channel.linked': (subject: string) => `Koblet en kanal til ${subject}`,
      'network.imported': (subject: string) => `Importerte nettverksdefinisjonen for ${subject}`,
      'person.erased': (subject: string) => `En person i ${subject} slettet opplysningene om seg selv`,
      'network.created': (subject: string) => `Opprettet nettverket ${subject}`,
      'network.changed': (subject: string) => `Endret innstillingene for ${subject}`,
      'municipality.added': (subject: string) => `La til kommunen ${subject}`,
      'municipality.changed': (subject: string) => `Endret kommunen ${subject}`,
      'municipality.removed': (subject: string) => `Fjernet kommunen ${subject}`,
      'collaboration.added': (subject: string) => `Opprettet samarbeidet ${subject}`,
      'collaboration.changed': (subject: string) => `Endret samarbeidet ${subject}`,
      'role.granted': (subject: string) => `Ga ${subject} en rolle`,
      'role.revoked': (subject: string) => `Fjernet en rolle fra ${subject}`,
      'template.changed': (subject: string) => `Endret malen ${subject}`,
      'tenant.invited': (subject: string) => `Inviterte en organisasjon til ${subject}`,
      'tenant.joined': (subject: string) => `En invitert organisasjon ble med i ${subject}`
    } satisfies Record<AuditAction, (subject: string) => string>,
    change: (field: string, before: string, after: string) => `${field ? `${field}: ` : ''}${before} → ${after}`,
    field: {
      opensBefore: 'Åpner',
      reminders: 'Påminnelser',
      closesAfter: 'Frist',
      digest: 'Sammendrag',
      sendHour: 'Klokkeslett',
      channel: 'Kanal',
      collaborations: 'Samarbeid',
      municipalities: 'Kommuner',
      people: 'Roller',
      name: 'Navn',
      tenantIds: 'Tenanter',
      language: 'Språk',
      retention: 'Oppbevaring',
      number: 'Kommunenummer',
      population: 'Innbyggere',
      sector: 'Sektor',
      legalForm: 'Organisering',
      hostMunicipalityId: 'Vertskommune',
      participantIds: 'Deltakere',
      cadence: 'Rapportering',
      costKey: 'Kostnadsnøkkel',
      goals: 'Mål',
      phase: 'Fase',
      aliases: 'Andre navn',
      roles: 'Roller',
      municipalityId: 'Kommune',
      leaders: 'Ledere',
      questions: 'Spørsmål',
      validFrom: 'Gjelder fra',
      invited: 'Inviterte tenanter'
    } as Record<string, string>
  },

  admin: {
    onlyAdmins: (network: string) => `Bare administratorer i ${network} kan endre oppsettet.`,
    onlyAdminsAny: 'Administrasjon er for administratorene i et nettverk. Be sekretariatet om å gi deg rollen hvis du skal sette opp nettverket.',
    firstNetwork: 'Det finnes ikke noe nettverk i Sampuls ennå. Opprett det første her; du blir administrator for det.',
    noNetworkYet:
      'Sampuls har ikke noe nettverk ennå, og det første settes opp av dem som drifter Sampuls hos dere (IT-avdelingen eller sekretariatet). Be dem gjøre deg til administrator.',
    invited: (tenant: string, code: string) =>
      `Tenanten ${tenant} er invitert, men er ikke med ennå. Gi koden ${code} til en administrator der; når hen skriver «bli med ${code}» til Sampuls, er organisasjonen med. Koden gjelder i 14 dager og kan brukes én gang.`,
    joinUsage: 'Skriv «bli med» og koden du fikk av administratoren som inviterte dere.',
    joinUnknown: 'Koden stemmer ikke, eller den er allerede brukt. Be administratoren som inviterte dere, om en ny kode.',
    joinExpired: 'Koden har gått ut (en kode gjelder i 14 dager). Be administratoren som inviterte dere, om en ny kode.',
    joined: (network: string) =>
      `Organisasjonen din er nå med i ${network}, og du er administrator der. Skriv «admin» for å gi folk fra teamene deres roller.`,
    overviewTitle: (network: string) => `Administrasjon – ${network}`,
    counts: (municipalities: number, collaborations: number, people: number) =>
      `${municipalities} kommuner · ${collaborations} samarbeid · ${people} personer med roller`,
    settings: 'Innstillinger',
    municipalities: 'Kommuner',
    collaborations: 'Samarbeid',
    roles: 'Roller',
    newNetwork: 'Opprett et nytt nettverk',
    networkTitle: (network: string | undefined) => (network ? `Innstillinger – ${network}` : 'Nytt nettverk'),
    nameLabel: 'Navn',
    tenantsLabel: 'Microsoft 365-tenanter som er med (tenant-ID-er, atskilt med komma)',
    languageLabel: 'Språk i meldinger fra Sampuls',
    languageName: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' } as Record<'nb' | 'nn' | 'en', string>,
    retentionLabel: 'Slett svarene etter så mange måneder (tomt: behold dem)',
    retentionKept: 'Svarene beholdes',
    retentionMonths: (months: number) => `Svarene slettes etter ${months} måneder`,
    save: 'Lagre',
    required: 'Må fylles ut.',
    notSaved: 'Ingenting ble lagret:',
    ownTenant: 'Tenanter må også omfatte din egen organisasjon, ellers mister du tilgangen.',
    saved: (name: string) => `${name} er lagret.`,
    conflict: 'Noen andre endret dette samtidig. Ingenting ble lagret; åpne skjemaet på nytt og prøv igjen.',
    municipalitiesTitle: (network: string) => `Kommuner – ${network}`,
    noMunicipalities: 'Ingen kommuner ennå.',
    municipalityLine: (number: string, population: string) => `${number} · ${population} innbyggere`,
    addMunicipality: 'Legg til kommune',
    edit: 'Endre',
    municipalityTitle: (name: string | undefined) => (name ? `Kommune – ${name}` : 'Ny kommune'),
    numberLabel: 'Kommunenummer',
    populationLabel: 'Innbyggere',
    removeMunicipality: 'Fjern kommunen',
    removed: (name: string) => `${name} er fjernet fra nettverket.`,
    municipalityLeaders: (name: string) => `${name} har fortsatt en kommunedirektør i Sampuls. Fjern rollen først.`,
    collaborationsTitle: (network: string) => `Samarbeid – ${network}`,
    noCollaborations: 'Ingen samarbeid ennå.',
    needsMunicipalities: 'Legg til kommunene først; et samarbeid trenger deltakere.',
    addCollaboration: 'Nytt samarbeid',
    collaborationTitle: (name: string | undefined) => (name ? `Samarbeid – ${name}` : 'Nytt samarbeid'),
    aliasesLabel: 'Andre navn folk bruker (atskilt med komma)',
    sectorLabel: 'Sektor',
    legalFormLabel: 'Organisering',
    hostLabel: 'Vertskommune',
    noHost: 'Ingen vertskommune',
    participantsLabel: 'Deltakerkommuner',
    cadenceLabel: 'Rapportering',
    cadence: { monthly: 'Hver måned', quarterly: 'Hvert kvartal', tertial: 'Hvert tertial' } satisfies Record<Cadence, string>,
    cadenceFixed: (name: string) => `${name} har allerede innsjekker per periode, så rapporteringen kan ikke endres uten at historikken blir usammenlignbar. Opprett heller et nytt samarbeid.`,
    fixedShareLabel: 'Fast andel av kostnadene i prosent, delt likt (tomt: 20)',
    goalsLabel: 'Felles mål (ett per linje)',
    phaseLabel: 'Fase',
    phase: {
      idé: 'Idé',
      utredning: 'Utredning',
      vedtak: 'Vedtak',
      etablering: 'Etablering',
      drift: 'Drift',
      evaluering: 'Evaluering',
      avvikling: 'Avvikling'
    } satisfies Record<Phase, string>,
    collaborationLine: (phase: string, leaders: string) => `${phase} · ${leaders}`,
    noLeaders: 'ingen leder',
    rolesTitle: (network: string) => `Roller – ${network}`,
    noRoles: 'Ingen har roller ennå.',
    remove: 'Fjern',
    leaderOf: (collaboration: string) => `leder for ${collaboration}`,
    kommunedirektørOf: (municipality: string) => `kommunedirektør i ${municipality}`,
    grantRole: 'Gi en person en rolle',
    peopleTitle: (team: string) => `Velg fra teamet ${team}`,
    otherTeam: (team: string) => `Vis ${team}`,
    nextPage: 'Flere personer',
    personLabel: 'Person',
    roleLabel: 'Rolle',
    roleName: { admin: 'Administrator', kommunedirektør: 'Kommunedirektør', member: 'Medlem (leser status)', leader: 'Leder for et samarbeid' } as Record<string, string>,
    municipalityLabel: 'Kommune (for kommunedirektør)',
    collaborationLabel: 'Samarbeid (for leder)',
    grant: 'Gi rollen',
    noTeam: 'Jeg er ikke lagt til i noe team i nettverkets organisasjoner ennå. Legg Sampuls til i teamet der de som skal ha roller er med, så kan du velge dem derfra.',
    rosterUnavailable: 'Jeg fikk ikke hentet medlemmene i teamet fra Teams akkurat nå. Prøv igjen om litt.',
    choosePerson: 'Velg en person fra listen.',
    chooseRole: 'Velg hvilken rolle personen skal ha.',
    chooseMunicipality: 'En kommunedirektør hører til en kommune: velg kommunen.',
    chooseCollaboration: 'Velg hvilket samarbeid personen skal lede.',
    granted: (person: string, role: string) => `${person} har nå rollen: ${role}.`,
    already: (person: string, role: string) => `${person} har allerede rollen: ${role}.`,
    revoked: (person: string, role: string) => `${person} har ikke lenger rollen: ${role}.`,
    lastAdmin: 'Nettverket må ha minst én administrator. Gi rollen til en annen først.',
    stillLeads: (person: string) => `${person} leder fortsatt et samarbeid og må være medlem. Fjern lederrollen først.`
  },

  templates: {
    onlyAdmins: 'Bare administratorer i et nettverk kan endre malene for innsjekk. Be sekretariatet om rollen hvis du skal endre spørsmålene.',
    onlyAdminsOf: (network: string) => `Bare administratorer i ${network} kan endre malene.`,
    noTemplates: (network: string) => `Ingen samarbeid i ${network} bruker en mal ennå.`,
    title: (template: string, network: string) => `${template} – ${network}`,
    inUse: (version: number, collaborations: number) => `Versjon ${version} gjelder nå og brukes av ${collaborations} samarbeid.`,
    pending: (version: number, date: string) => `Versjon ${version} er lagret og gjelder fra ${date}. Skjemaet under bygger på den.`,
    intro:
      'Endringer lagres som en ny versjon som gjelder fra neste periode. Perioder som alt er i gang, beholder spørsmålene sine. Et omformulert spørsmål sammenlignes fortsatt med svarene fra før, og et spørsmål som tas ut, står fortsatt i historikken og eksporten.',
    question: (number: number, kind: string) => `Spørsmål ${number} · ${kind}`,
    kind: {
      colour: 'Grønn, gul eller rød',
      scale: 'Skala fra 1 til 5',
      economy: 'Økonomi',
      text: 'Fritekst',
      yesno: 'Ja eller nei'
    } satisfies Record<QuestionKind, string>,
    shortInput: (number: number) => `Kortnavn for spørsmål ${number} (brukes i tabeller og oversikter)`,
    retireLabel: (number: number) => `Spørsmål ${number} i neste versjon`,
    retire: 'Ta ut spørsmålet',
    essential: 'Kan ikke tas ut: statusen bygger på dette spørsmålet.',
    addTitle: 'Legg til et spørsmål (valgfritt)',
    kindInput: 'Type svar',
    newLabelInput: 'Det nye spørsmålet',
    newShortInput: 'Kortnavn for det nye spørsmålet (brukes i tabeller og oversikter)',
    requiredLabel: 'Påkrevd svar',
    requiredToggle: 'Ja, det nye spørsmålet må besvares',
    save: 'Lagre ny versjon',
    saved: (version: number, template: string, date: string) =>
      `Ny versjon ${version} av ${template} er lagret. Den gjelder fra ${date}: perioder som begynner da eller senere, får de nye spørsmålene, mens perioder som alt er i gang, beholder sine.`,
    notSaved: 'Ingenting ble lagret:',
    problem: {
      labelRequired: 'mangler spørsmålstekst',
      labelTooLong: 'har en spørsmålstekst på over 300 tegn',
      shortRequired: 'mangler kortnavn',
      shortTooLong: 'har et kortnavn på over 40 tegn',
      shortTaken: 'har samme kortnavn som et annet spørsmål',
      essential: 'kan ikke tas ut, fordi statusen bygger på det'
    } satisfies Record<RevisionProblemCode, string>,
    about: (question: string, problem: string) => `«${question}» ${problem}.`,
    aboutNew: (problem: string) => `Det nye spørsmålet ${problem}.`,
    unchanged: 'Du har ikke endret noe, så ingen ny versjon ble lagret.',
    noQuestions: 'Malen må ha minst ett spørsmål, så ingenting ble lagret.',
    changedMeanwhile: 'Noen andre har endret malen siden skjemaet ble åpnet, så ingenting ble lagret. Skriv «mal» for å se den nye versjonen.',
    staleForm: (period: string) =>
      `Spørsmålene for ${period} er ikke de samme som i dette skjemaet, så svaret ble ikke lagret. Skriv «sjekk inn» for å få et nytt skjema.`
  },

  networkFile: {
    usage:
      'Bruk:\n  npm run network -- import <fil> [--replace]  leser inn nettverksdefinisjonen i filen; et nettverk som\n                                               finnes, endres bare med --replace\n  npm run network -- export <nettverk>         skriver definisjonen av nettverket (id-en) som YAML',
    header: (network: string) =>
      `Sampuls: nettverksdefinisjon for ${network}.\nLes inn med «npm run network -- import <fil>». Filen beskriver hele nettverket: et valgfritt felt som\nmangler, får standardverdien, og personer som mangler, mister rollene sine i nettverket. Samarbeid som\nmangler, blir beholdt med historikken sin. Kommuner og samarbeid nevnes med id-en sin.`,
    error: (line: number, field: string, problem: string) => (field ? `linje ${line}, ${field}: ${problem}` : `linje ${line}: ${problem}`),
    notImported: (count: number) => `Filen ble ikke importert: ${count === 1 ? 'én feil' : `${count} feil`}. Ingenting er endret.`,
    cannotRead: (file: string) => `Fant ikke filen «${file}», eller den kunne ikke leses.`,
    badSettings: 'Innstillingene i miljøet er ugyldige:',
    imported: (network: string, id: string) => `Importerte nettverket ${network} (${id}).`,
    wouldChange: (network: string, id: string) => `Nettverket ${network} (${id}) finnes allerede. Importen ville gjort disse endringene:`,
    replaceNeeded: 'Ingenting er endret. Kjør kommandoen igjen med --replace for å gjøre endringene.',
    noChanges: (network: string) => `Ingen endringer: ${network} er allerede slik filen beskriver.`,
    section: { network: 'Nettverket', municipalities: 'Kommuner', collaborations: 'Samarbeid', people: 'Personer med roller' },
    added: (section: string, names: string) => `${section} – nye: ${names}`,
    changed: (section: string, names: string) => `${section} – endret: ${names}`,
    removed: (section: string, names: string) => `${section} – fjernet: ${names}`,
    kept: (names: string) => `Samarbeid som ikke står i filen, er beholdt med historikken sin: ${names}`,
    unknownNetwork: (id: string, known: string) =>
      `Fant ikke nettverket «${id}». ${known ? `Nettverkene som finnes: ${known}.` : 'Det finnes ingen nettverk ennå.'}`,
    waiting: 'Får ikke kontakt med databasen ennå. Prøver igjen …',
    storeLocked: (dataDir: string) =>
      `Datamappen «${dataDir}» er i bruk av boten eller en annen prosess. Stopp boten og prøv igjen, eller sett COSMOS_ENDPOINT, så bruker kommandoen samme database som boten. Ingenting er endret.`,
    storeUnavailable: (detail: string) => `Fikk ikke kontakt med databasen (${detail}). Ingenting er endret.`,
    interrupted: 'Databasen sluttet å svare underveis, så importen er kanskje ikke fullført. Kjør den samme kommandoen igjen når databasen svarer: den skriver det som mangler.',
    problem: {
      text: 'må være tekst',
      number: 'må være et tall',
      integer: 'må være et helt tall',
      list: 'må være en liste',
      fields: 'må være en gruppe med felt (navn: verdi)',
      oneOf: (allowed: string) => `må være en av disse: ${allowed}`,
      unknownField: 'er ikke et felt her',
      didYouMean: (field: string) => `er ikke et felt her. Mente du «${field}»?`,
      naming: (problem: string, value: string) => `${problem}: «${value}»`,
      date: 'må være en dato på formen ÅÅÅÅ-MM-DD',
      id: 'må bestå av små bokstaver (a–z), sifre og bindestrek',
      repeated: 'står flere ganger i filen',
      unknownTenant: 'er ikke en av tenantene i network.tenantIds',
      unknownTemplate: 'er ikke en mal i nettverket',
      noAdmin: 'må ha minst én person med rollen admin, ellers kan ingen endre nettverket i Teams',
      stillInUse: (municipality: string, collaboration: string) =>
        `kommunen ${municipality} er fjernet fra filen, men er fortsatt med i samarbeidet ${collaboration}, som ikke står i filen`,
      yaml: 'er ikke gyldig YAML. Sjekk innrykk, kolon og klammer',
      duplicateKey: 'feltet står to ganger',
      tab: 'innrykk må lages med mellomrom, ikke tabulator',
      documents: 'filen kan bare inneholde ett YAML-dokument',
      empty: 'filen er tom',
      tooDeep: 'har for mange nivåer inni hverandre (mer enn 20)',
      aliases: 'bruker alias (*navn) så mange ganger at filen ikke kan leses inn',
      control: 'inneholder kontrolltegn (som NUL, tabulator eller linjeskift)'
    }
  },

  definition: {
    problem: {
      required: 'må fylles ut',
      tooLong: 'er for langt',
      municipalityNumber: 'må være et kommunenummer med fire sifre',
      population: 'må være et helt tall, 0 eller mer',
      duplicate: 'finnes allerede i nettverket',
      unknownMunicipality: 'nevner en kommune som ikke er med i nettverket',
      noParticipants: 'må ha minst én deltakerkommune',
      hostNotParticipant: 'må også være deltaker',
      fixedShare: 'må ha en fast andel mellom 0 og 100 %',
      tenantId: 'må være tenant-ID-er fra Microsoft 365 (GUID)',
      retention: 'må være mellom 12 og 120 måneder',
      inUse: 'er fortsatt med i et samarbeid'
    } satisfies Record<ProblemCode, string>,
    line: (field: string, problem: string) => `${field} ${problem}.`
  },

  link: {
    onlyInChannel:
      'Skriv «@Sampuls koble» og navnet på samarbeidet i kanalen til prosjektgruppen, for eksempel «@Sampuls koble lønn». Da sender jeg oppsummeringene dit.',
    needsName: 'Hvilket samarbeid skal kanalen kobles til? Skriv for eksempel «koble lønn».',
    linked: (name: string) => `Kanalen er koblet til ${name}. Oppsummeringen etter hver innsjekk kommer hit.`,
    unnamedChannel: 'prosjektgruppens kanal',
    generalChannel: 'Generelt',
    notAllowed: (name: string) => `Bare lederne for ${name} og administratorer i nettverket kan koble en kanal til samarbeidet.`
  }
};

export type Catalogue = typeof nb;
