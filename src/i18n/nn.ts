import type { ParsedPeriod } from '../domain/period';
import type { AnswerErrorCode } from '../domain/answers';
import type { AuditAction } from '../domain/audit';
import type { ProblemCode } from '../domain/network';
import type { Cadence, Colour, Economy, Phase, Role } from '../domain/types';
import type { Catalogue } from './nb';

/**
 * Norsk nynorsk: the same catalogue as nb.ts, word for word in the same places. Command words
 * the bot parses («sjekk inn», «koble», «årshjul», «hva er rødt?» …) stay as the parser knows
 * them, also inside the prose; everything around them is nynorsk.
 */
const MONTHS = [
  'januar', 'februar', 'mars', 'april', 'mai', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'desember'
];

/** What the årshjul card passes as `reminders` when there are none. */
const NO_REMINDERS = 'ingen';

export const nn: Catalogue = {
  period: ({ year, cadence, index }: ParsedPeriod) =>
    cadence === 'monthly'
      ? `${MONTHS[index - 1]} ${year}`
      : `${index}. ${cadence === 'quarterly' ? 'kvartal' : 'tertial'} ${year}`,
  periodShort: ({ year, cadence, index }: ParsedPeriod) =>
    `${cadence === 'monthly' ? MONTHS[index - 1].slice(0, 3) : `${cadence === 'quarterly' ? 'K' : 'T'}${index}`} ${String(year).slice(2)}`,
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
    unknownCommand: (text: string) => `Eg forstod ikkje «${text}». Dette kan eg hjelpe med:`,
    tooLong: 'Meldinga er for lang. Skriv ein kort kommando, til dømes «status».',
    failed: 'Noko gjekk gale hos meg, og ingenting vart endra. Prøv igjen, eller skriv «hjelp».'
  },

  help: {
    welcomeTitle: 'Velkomen til Sampuls',
    sharedIntro:
      'Sampuls gir samarbeida ein fast rytme for statusrapportering. Kople denne kanalen til samarbeidet som prosjektgruppa følgjer, så kjem det ei oppsummering hit kvar gong leiaren sjekkar inn. Skriv til dømes «@Sampuls koble lønn».',
    welcomeIntro:
      'Sampuls gjer jamleg statusrapportering i interkommunale samarbeid til ein enkel rutine. Leiarane sjekkar inn her i chatten, prosjektgruppene får ei oppsummering i kanalen sin, og kommunedirektørane kan når som helst spørje om status.',
    helpTitle: 'Dette kan eg hjelpe med',
    commands: [
      { word: 'sjekk inn', text: 'Svar på statusmalen for eit samarbeid du leier («sjekk inn lønn» går rett dit).' },
      { word: 'status', text: 'Oversikt over samarbeida i nettverket ditt («status barnevern» viser eitt samarbeid).' },
      { word: 'koble lønn', text: 'Skriv dette i kanalen til prosjektgruppa (nemn @Sampuls): oppsummeringar etter kvar innsjekk for samarbeidet kjem dit.' },
      { word: 'hva er rødt?', text: 'Samarbeid med raud status. Spør òg «hva trenger beslutning?» og «hva kan vi feire?».' },
      { word: 'trend tillit', text: 'Eitt spørsmål i statusmalen på tvers av alle samarbeid, svakast først.' },
      { word: 'status Lierne', text: 'Samarbeida som éin kommune deltek i, med kostnadsdelen til kommunen.' },
      { word: 'kostnad lønn 1 000 000', text: 'Kor mykje kvar kommune betaler etter kostnadsnøkkelen.' },
      { word: 'årshjul', text: 'Når innsjekk, påminningar, fristar og samandrag kjem – og kven som ikkje kan nåast. Administratorar kan endre det.' },
      { word: 'eksport 2026', text: 'Last ned alle innsjekkar og snitt per periode (Excel og CSV) til årsmeldinga.' },
      { word: 'logg', text: 'For administratorar: dei siste endringane i oppsett, roller og malar – kven, når og kva.' },
      { word: 'mine data', text: 'Alt Sampuls har lagra om deg, til nedlasting. «slett mine data» fjernar namnet ditt frå svara og slettar profilen.' },
      { word: 'admin', text: 'For administratorar: set opp og endre nettverket – kommunar, samarbeid med fase, og roller for personar i teamet.' },
      { word: 'mal', text: 'For administratorar: spørsmåla i statusmalen. Omformuler, ta ut eller legg til spørsmål; endringane gjeld frå neste periode.' },
      { word: 'hjelp', text: 'Viser denne hjelpeteksten.' }
    ],
    englishNote: 'Engelske kommandoar fungerer òg: check in, status, link, help.',
    buttonCheckIn: 'Sjekk inn',
    buttonStatus: 'Status',
    buttonHelp: 'Hjelp',
    commandCheckIn: 'sjekk inn',
    commandStatus: 'status',
    commandHelp: 'hjelp'
  },

  names: {
    notFound: (query: string) => `Eg fann ikkje noko samarbeid som heiter «${query}».`,
    didYouMean: 'Meinte du eitt av desse?',
    several: (query: string) => `Fleire samarbeid passar til «${query}». Kva for eitt meiner du?`
  },

  checkIn: {
    leadsNone:
      'Du står ikkje som leiar for noko samarbeid, så du har ingen innsjekk å svare på. Skriv «status» for å sjå korleis det går med samarbeida.',
    choose: 'Kva samarbeid vil du sjekke inn for?',
    notLeader: (name: string) => `Berre leiarane for ${name} kan sjekke inn for samarbeidet.`,
    title: (name: string) => `Sjekk inn: ${name}`,
    subtitle: (period: string, network: string) => `Status for ${period} · ${network}`,
    intro: 'Spørsmål merkte med * må svarast på. Skalaen går frå 1 (i svært liten grad) til 5 (i svært stor grad).',
    alreadyAnswered: (date: string) =>
      `Du sjekka inn for denne perioden ${date}. Sender du på nytt, blir svaret ditt oppdatert.`,
    decisionToggle: 'Ja, vi treng eit vedtak eller ei avklaring',
    choosePlaceholder: 'Vel …',
    textPlaceholder: 'Skriv her …',
    submit: 'Send inn',
    errorRequired: 'Svar på dette spørsmålet.',
    errorRequiredWhen: 'Du må svare på dette ut frå svaret du har gitt over.',
    notSavedTitle: 'Svaret vart ikkje lagra. Rett opp dette og send inn igjen:',
    moreErrors: (count: number) => `… og ${count.toLocaleString('nn-NO')} fleire`,
    errorCode: {
      required: 'manglar svar',
      invalid: 'ugyldig verdi',
      tooLong: 'for lang tekst',
      unknown: 'ukjend felt'
    } satisfies Record<AnswerErrorCode, string>,
    stalePeriod: (period: string) =>
      `Skjemaet gjeld ${period}, som ikkje lenger er open for svar. Skriv «sjekk inn» for å få eit nytt skjema.`,
    savedTitle: 'Takk! Innsjekken er lagra',
    updatedTitle: 'Innsjekken er oppdatert',
    receiptSubtitle: (name: string, period: string) => `${name} · ${period}`,
    summarySent: (channel: string) => `Oppsummeringa er sendt til kanalen «${channel}».`,
    noChannel: (name: string) =>
      `${name} har ingen kanal enno. Skriv «@Sampuls koble ${name.toLocaleLowerCase('nn-NO')}» i kanalen til prosjektgruppa, så kjem oppsummeringane dit.`,
    summaryFailed: 'Svaret er lagra, men oppsummeringa kunne ikkje sendast til kanalen no.',
    saveFailed:
      'Svaret vart ikkje lagra fordi lagringa ikkje svarar. Svara dine står framleis i kortet – trykk «Send inn» igjen om litt.',
    statusPending: 'Svaret er lagra, men statusen viser det ikkje enno. Det kjem med i løpet av nokre minutt.',
    alreadyReceived: 'Dette svaret var alt motteke, så oppsummeringa blir ikkje send til kanalen ein gong til.'
  },

  summary: {
    title: (name: string) => `Ny status: ${name}`,
    subtitle: (who: string, period: string) => `${who} har sjekka inn for ${period}`,
    updatedSubtitle: (who: string, period: string) => `${who} har oppdatert innsjekken for ${period}`,
    decision: 'Treng vedtak eller avklaring',
    risks: 'Risikoar og hindringar',
    celebrate: 'Resultat å feire',
    economy: 'Om økonomien',
    comment: 'Grunngjeving',
    showStatus: 'Vis status'
  },

  status: {
    overviewTitle: (network: string) => `Status – ${network}`,
    counts: (total: number, red: number, yellow: number, overdue: number) =>
      `${total} samarbeid · ${red} raude · ${yellow} gule · ${overdue} forseinka`,
    overdue: 'Forseinka',
    never: 'Ingen innsjekk enno',
    last: (period: string) => `Sist: ${period}`,
    decision: 'Treng vedtak',
    falling: 'Fallande trend',
    trendTitle: 'Utvikling (snitt per periode, 1–5)',
    colourHistory: 'Fargehistorikk',
    period: 'Periode',
    mismatch: 'Grøn, men låge svar',
    sector: (sector: string) => sector.charAt(0).toLocaleUpperCase('nn-NO') + sector.slice(1),
    detailTitle: (name: string) => `Status: ${name}`,
    detailSubtitle: (network: string, period: string, respondents: number) =>
      `${network} · ${period} · ${respondents} svar`,
    noCheckIns: (name: string) => `${name} har ingen innsjekk enno.`,
    question: 'Spørsmål',
    now: 'No',
    previous: 'Førre',
    overall: 'Samla status',
    economy: 'Økonomi',
    comments: 'Frå leiarane',
    open: 'Opne',
    refresh: 'Oppdater'
  },

  questions: {
    title: { red: 'Raude samarbeid', decision: 'Treng vedtak eller avklaring', celebrate: 'Resultat å feire' },
    none: {
      red: 'Ingen samarbeid har raud status no.',
      decision: 'Ingen samarbeid ber om vedtak eller avklaring no.',
      celebrate: 'Ingen har meldt inn resultat å feire i siste periode enno.'
    },
    count: (n: number) => `${n} samarbeid`,
    trendTitle: (dimension: string) => `Trend: ${dimension}`,
    trendSubtitle: 'Siste snitt mot førre periode, svakast først (1–5)',
    trendNeedsName: (examples: string) => `Kva spørsmål vil du sjå trenden for? Til dømes: ${examples}.`,
    trendUnknown: (name: string, examples: string) => `Eg kjenner ikkje spørsmålet «${name}». Prøv til dømes: ${examples}.`,
    collaboration: 'Samarbeid'
  },

  cost: {
    needsName: 'Kva samarbeid, og kor mykje? Skriv til dømes «kostnad lønn 1 000 000».',
    needsAmount: (name: string) => `Kor mykje skal fordelast? Skriv til dømes «kostnad ${name.toLocaleLowerCase('nn-NO')} 1 000 000».`,
    title: (name: string) => `Kostnadsfordeling: ${name}`,
    key: (fixedShare: number) =>
      `${Math.round(fixedShare * 100)} % blir fordelt likt, ${Math.round((1 - fixedShare) * 100)} % etter innbyggjartal`,
    keyLine: (text: string) => `Kostnadsnøkkel: ${text}`,
    municipality: 'Kommune',
    population: 'Innbyggjarar',
    fixed: 'Likt',
    byPopulation: 'Etter innbyggjarar',
    sum: 'Sum',
    total: 'Totalt',
    kroner: (amount: number) => `${Math.round(amount).toLocaleString('nn-NO')} kr`,
    share: (percent: number) => `${percent.toLocaleString('nn-NO', { maximumFractionDigits: 1 })} %`
  },

  export: {
    title: (year: number) => `Eksport for ${year}`,
    intro: (minutes: number) =>
      `Alle innsjekkar og snitt per periode for samarbeida i nettverka dine, klare til årsmeldinga. Lenkjene verkar i ${minutes} minutt og berre for nettverka du er med i.`,
    xlsx: 'Last ned Excel (XLSX)',
    csv: 'Last ned CSV',
    badYear: 'Skriv eit årstal, til dømes «eksport 2026».',
    checkInSheet: 'Innsjekkar',
    periodSheet: 'Periodar',
    network: 'Nettverk',
    collaboration: 'Samarbeid',
    period: 'Periode',
    respondent: 'Leiar',
    submitted: 'Levert',
    respondents: 'Tal på svar'
  },

  municipality: {
    title: (name: string) => `Status for ${name}`,
    subtitle: (count: number) => `Deltek i ${count} samarbeid · del av kostnadene etter kostnadsnøkkelen`,
    none: (name: string) => `${name} deltek ikkje i noko samarbeid i nettverket enno.`
  },

  schedule: {
    invitation: (period: string, deadline: string) =>
      `Det er tid for statusrapport for ${period}. Det tek eit par minutt. Fristen er ${deadline}.`,
    reminder: (period: string, deadline: string) =>
      `Påminning: vi manglar framleis innsjekken din for ${period}. Fristen er ${deadline}.`,
    deadline: (iso: string) =>
      new Date(iso).toLocaleDateString('nn-NO', { timeZone: 'Europe/Oslo', weekday: 'long', day: 'numeric', month: 'long' }),
    escalationTitle: (network: string) => `Forseinka rapportering – ${network}`,
    escalationIntro: (period: string, count: number) =>
      `${count === 1 ? 'Eitt samarbeid' : `${count} samarbeid`} har ikkje sjekka inn for ${period}, og fristen er ute. Ta kontakt med leiarane.`,
    leaders: (names: string) => `Leiar: ${names}`,
    noLeader: 'Ingen leiar er registrert',
    digestTitle: (network: string, period: string) => `Samandrag ${period} – ${network}`,
    digestIntro: (total: number, red: number, yellow: number, missing: number) =>
      `${total} samarbeid · ${red} raude · ${yellow} gule · ${missing} har ikkje rapportert`,
    collaboration: 'Samarbeid',
    colour: 'Status',
    change: 'Snitt (endring)',
    changedColour: (from: string, to: string) => `${from} → ${to}`,
    decisions: 'Treng vedtak eller avklaring',
    celebrate: 'Resultat å feire',
    notReported: 'Har ikkje rapportert',
    allReported: 'Alle samarbeida har rapportert for perioden.',
    noticeTitle: (network: string) => `Nokon kan ikkje nåast – ${network}`,
    noticeIntro: (what: string) => `Då eg sende ${what}, kom eg ikkje fram til desse:`,
    noticeWhat: {
      invitation: 'invitasjonane til å sjekke inn',
      reminder: 'påminningane',
      escalation: 'varselet om forseinka rapportering',
      digest: 'samandraget',
      notice: 'varselet'
    },
    noticeAdvice:
      'Personar må installere Sampuls i Teams (eller fjerne blokkeringa) før eg kan skrive til dei. For samandraget: skriv «@Sampuls årshjul» i kanalen til leiinga og vel «Send samandraget hit».',
    unreachablePerson: (name: string) => `${name || 'Ein leiar'} – kan ikkje nåast i Teams`,
    noChannel: 'Samandraget – nettverket har ingen kanal for det',
    unreachableChannel: (name: string) => `Kanalen «${name}» – Sampuls er fjerna eller blokkert der`,
    cycleTitle: (network: string) => `Årshjul – ${network}`,
    cycleSummary: (opens: number, reminders: string, closes: number, hour: number) =>
      `Innsjekken opnar ${opens}. siste arbeidsdag i perioden, ${
        reminders === NO_REMINDERS
          ? 'ingen påminningar'
          : `påminningar ${reminders} ${reminders.trim() === '1' ? 'arbeidsdag' : 'arbeidsdagar'} etter`
      }, og fristen er ${closes}. arbeidsdag i neste periode. Meldingane går ut kl. ${String(hour).padStart(2, '0')}.00 på kvardagar som ikkje er heilagdagar.`,
    noReminders: NO_REMINDERS,
    digestLine: (cadence: string, day: number, channel: string | undefined) =>
      `Samandrag per ${cadence} på ${day}. arbeidsdag etter periodeslutt${channel ? ` i kanalen «${channel}»` : ', men ingen kanal er vald enno'}.`,
    cadenceName: { monthly: 'månad', quarterly: 'kvartal', tertial: 'tertial' },
    upcoming: 'Det som kjem',
    event: {
      open: (period: string) => `Innsjekken opnar for ${period}`,
      reminder: (period: string) => `Påminning for ${period}`,
      close: (period: string) => `Frist for ${period}; forseinkingar blir varsla`,
      digest: (period: string) => `Samandrag for ${period}`
    },
    when: (iso: string) =>
      new Date(iso).toLocaleString('nn-NO', { timeZone: 'Europe/Oslo', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    unreachableTitle: 'Kan ikkje nåast',
    editTitle: 'Endre årshjulet',
    opensLabel: 'Innsjekken opnar (arbeidsdagar før periodeslutt, 1 = siste arbeidsdag)',
    remindersLabel: 'Påminningar (arbeidsdagar etter opning, skilde med komma)',
    closesLabel: 'Frist (arbeidsdag i neste periode)',
    digestCadenceLabel: 'Samandrag per',
    digestDayLabel: 'Samandrag (arbeidsdag i neste periode)',
    hourLabel: 'Klokkeslett for utsending (8–15)',
    save: 'Lagre årshjulet',
    useChannel: 'Send samandraget hit',
    saved: (network: string) => `Årshjulet for ${network} er lagra. Endringa gjeld frå neste hending.`,
    channelSet: (network: string, channel: string) => `Samandraget for ${network} blir sendt til kanalen «${channel}» frå no av.`,
    onlyAdmins: (network: string) => `Berre administratorar i ${network} kan endre årshjulet.`,
    channelOnlyInChannel: 'Samandraget kan berre sendast til ein kanal i eit team. Skriv «@Sampuls årshjul» i kanalen.',
    invalid: {
      opensBefore: 'Opninga må vere eit heilt tal frå 1 til 15.',
      reminders: 'Påminningane må vere stigande heile tal, høgst tre, og før fristen.',
      closesAfter: 'Fristen må vere eit heilt tal frå 1 til 15.',
      digest: 'Samandraget må kome på ein arbeidsdag frå 1 til 15.',
      sendHour: 'Klokkeslettet må vere eit heilt tal frå 8 til 15.'
    },
    notSaved: 'Årshjulet vart ikkje lagra:'
  },

  privacy: {
    title: 'Dette har Sampuls lagra om deg',
    intro: 'Svara dine høyrer til historikken til samarbeidet. Du kan laste ned alt, eller slette opplysningane om deg.',
    name: 'Namn',
    objectId: 'Microsoft 365-ID',
    tenant: 'Organisasjon (tenant)',
    chat: 'Chat med Sampuls',
    team: 'Kjend frå eit team',
    yes: 'Ja',
    no: 'Nei',
    nothing: 'Ingenting',
    roles: 'Roller',
    role: { admin: 'administrator', kommunedirektør: 'kommunedirektør', member: 'medlem' } satisfies Record<Role, string>,
    leads: 'Leiar for',
    answersTitle: 'Svar',
    answers: (count: number, first: string, last: string) =>
      count === 1 ? `Éin innsjekk, levert ${first}.` : `${count} innsjekkar, leverte frå ${first} til ${last}.`,
    messages: 'Meldingar frå årshjulet',
    messageCount: (count: number) =>
      count === 1
        ? 'Éi melding (invitasjon, påminning eller varsel) er registrert.'
        : `${count} meldingar (invitasjonar, påminningar og varsel) er registrerte.`,
    retention: 'Nettverket bestemmer kor lenge svara blir lagra. Loggen over endringar i oppsettet blir ståande.',
    download: 'Last ned alt (JSON)',
    eraseButton: 'Slett opplysningane mine',
    eraseCommand: 'slett mine data',
    eraseTitle: 'Slette opplysningane om deg?',
    eraseWarning:
      'Namnet ditt blir fjerna frå alle svar du har gitt; svara blir ståande utan namn i historikken til samarbeidet. Profilen din med roller, chattar og innstillingar blir sletta, og du får ingen fleire påminningar. Dette kan ikkje angrast. Administratorane ser i loggen at ein person har sletta opplysningane sine, men ikkje kven.',
    eraseConfirm: 'Ja, slett opplysningane mine',
    erased: (answers: number) =>
      `Opplysningane om deg er sletta. ${answers === 1 ? 'Eitt svar' : `${answers} svar`} står att utan namn i historikken til samarbeida. Skriv til meg igjen når som helst.`
  },

  audit: {
    title: (network: string) => `Logg – ${network}`,
    empty: 'Ingen endringar er logga enno.',
    onlyAdmins: 'Loggen viser endringar i oppsett, roller og malar. Berre administratorar i eit nettverk kan sjå han.',
    commandLine: 'Kommandolinja',
    erasedPerson: (tag: string) => `Sletta person ${tag}`,
    when: (iso: string) =>
      new Date(iso).toLocaleString('nn-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
    action: {
      'cycle.changed': (subject: string) => `Endra årshjulet for ${subject}`,
      'digestChannel.set': (subject: string) => `Valde kanal for samandraget for ${subject}`,
      'channel.linked': (subject: string) => `Kopla ein kanal til ${subject}`,
      'network.imported': (subject: string) => `Importerte nettverksdefinisjonen for ${subject}`,
      'person.erased': (subject: string) => `Ein person i ${subject} sletta opplysningane om seg sjølv`,
      'network.created': (subject: string) => `Oppretta nettverket ${subject}`,
      'network.changed': (subject: string) => `Endra innstillingane for ${subject}`,
      'municipality.added': (subject: string) => `La til kommunen ${subject}`,
      'municipality.changed': (subject: string) => `Endra kommunen ${subject}`,
      'municipality.removed': (subject: string) => `Fjerna kommunen ${subject}`,
      'collaboration.added': (subject: string) => `Oppretta samarbeidet ${subject}`,
      'collaboration.changed': (subject: string) => `Endra samarbeidet ${subject}`,
      'role.granted': (subject: string) => `Gav ${subject} ei rolle`,
      'role.revoked': (subject: string) => `Fjerna ei rolle frå ${subject}`,
      'template.changed': (subject: string) => `Endra malen ${subject}`,
      'tenant.invited': (subject: string) => `Inviterte ein organisasjon til ${subject}`,
      'tenant.joined': (subject: string) => `Ein invitert organisasjon vart med i ${subject}`
    } satisfies Record<AuditAction, (subject: string) => string>,
    change: (field: string, before: string, after: string) => `${field ? `${field}: ` : ''}${before} → ${after}`,
    field: {
      opensBefore: 'Opnar',
      reminders: 'Påminningar',
      closesAfter: 'Frist',
      digest: 'Samandrag',
      sendHour: 'Klokkeslett',
      channel: 'Kanal',
      collaborations: 'Samarbeid',
      municipalities: 'Kommunar',
      people: 'Roller',
      name: 'Namn',
      tenantIds: 'Tenantar',
      language: 'Språk',
      retention: 'Oppbevaring',
      number: 'Kommunenummer',
      population: 'Innbyggjarar',
      sector: 'Sektor',
      legalForm: 'Organisering',
      hostMunicipalityId: 'Vertskommune',
      participantIds: 'Deltakarar',
      cadence: 'Rapportering',
      costKey: 'Kostnadsnøkkel',
      goals: 'Mål',
      phase: 'Fase',
      aliases: 'Andre namn',
      roles: 'Roller',
      municipalityId: 'Kommune',
      leaders: 'Leiarar',
      questions: 'Spørsmål',
      validFrom: 'Gjeld frå',
      invited: 'Inviterte tenantar'
    } as Record<string, string>
  },

  admin: {
    onlyAdmins: (network: string) => `Berre administratorar i ${network} kan endre oppsettet.`,
    onlyAdminsAny: 'Administrasjon er for administratorane i eit nettverk. Be sekretariatet om å gi deg rolla dersom du skal setje opp nettverket.',
    firstNetwork: 'Det finst ikkje noko nettverk i Sampuls enno. Opprett det første her; du blir administrator for det.',
    noNetworkYet:
      'Sampuls har ikkje noko nettverk enno, og det første blir sett opp av dei som driftar Sampuls hos dykk (IT-avdelinga eller sekretariatet). Be dei gjere deg til administrator.',
    invited: (tenant: string, code: string) =>
      `Tenanten ${tenant} er invitert, men er ikkje med enno. Gi koden ${code} til ein administrator der; når hen skriv «bli med ${code}» til Sampuls, er organisasjonen med. Koden gjeld i 14 dagar og kan brukast éin gong.`,
    joinUsage: 'Skriv «bli med» og koden du fekk av administratoren som inviterte dykk.',
    joinUnknown: 'Koden stemmer ikkje, eller han er alt brukt. Be administratoren som inviterte dykk, om ein ny kode.',
    joinExpired: 'Koden har gått ut (ein kode gjeld i 14 dagar). Be administratoren som inviterte dykk, om ein ny kode.',
    joined: (network: string) =>
      `Organisasjonen din er no med i ${network}, og du er administrator der. Skriv «admin» for å gi folk frå teama dykkar roller.`,
    overviewTitle: (network: string) => `Administrasjon – ${network}`,
    counts: (municipalities: number, collaborations: number, people: number) =>
      `${municipalities} kommunar · ${collaborations} samarbeid · ${people} personar med roller`,
    settings: 'Innstillingar',
    municipalities: 'Kommunar',
    collaborations: 'Samarbeid',
    roles: 'Roller',
    newNetwork: 'Opprett eit nytt nettverk',
    networkTitle: (network: string | undefined) => (network ? `Innstillingar – ${network}` : 'Nytt nettverk'),
    nameLabel: 'Namn',
    tenantsLabel: 'Microsoft 365-tenantar som er med (tenant-ID-ar, skilde med komma)',
    languageLabel: 'Språk i meldingar frå Sampuls',
    languageName: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' } as Record<'nb' | 'nn' | 'en', string>,
    retentionLabel: 'Slett svara etter så mange månader (tomt: ta vare på dei)',
    retentionKept: 'Svara blir tekne vare på',
    retentionMonths: (months: number) => `Svara blir sletta etter ${months} månader`,
    save: 'Lagre',
    required: 'Må fyllast ut.',
    notSaved: 'Ingenting vart lagra:',
    ownTenant: 'Tenantane må òg omfatte din eigen organisasjon, elles mistar du tilgangen.',
    saved: (name: string) => `${name} er lagra.`,
    conflict: 'Nokon andre endra dette samstundes. Ingenting vart lagra; opne skjemaet på nytt og prøv igjen.',
    municipalitiesTitle: (network: string) => `Kommunar – ${network}`,
    noMunicipalities: 'Ingen kommunar enno.',
    municipalityLine: (number: string, population: string) => `${number} · ${population} innbyggjarar`,
    addMunicipality: 'Legg til kommune',
    edit: 'Endre',
    municipalityTitle: (name: string | undefined) => (name ? `Kommune: ${name}` : 'Ny kommune'),
    numberLabel: 'Kommunenummer',
    populationLabel: 'Innbyggjarar',
    removeMunicipality: 'Fjern kommunen',
    removed: (name: string) => `${name} er fjerna frå nettverket.`,
    municipalityLeaders: (name: string) => `${name} har framleis ein kommunedirektør i Sampuls. Fjern rolla først.`,
    collaborationsTitle: (network: string) => `Samarbeid i ${network}`,
    noCollaborations: 'Ingen samarbeid enno.',
    needsMunicipalities: 'Legg til kommunane først; eit samarbeid treng deltakarar.',
    addCollaboration: 'Nytt samarbeid',
    collaborationTitle: (name: string | undefined) => (name ? `Samarbeidet ${name}` : 'Nytt samarbeid'),
    aliasesLabel: 'Andre namn folk brukar (skilde med komma)',
    sectorLabel: 'Sektor',
    legalFormLabel: 'Organisering',
    hostLabel: 'Vertskommune',
    noHost: 'Ingen vertskommune',
    participantsLabel: 'Deltakarkommunar',
    cadenceLabel: 'Rapportering',
    cadence: { monthly: 'Kvar månad', quarterly: 'Kvart kvartal', tertial: 'Kvart tertial' } satisfies Record<Cadence, string>,
    cadenceFixed: (name: string) => `${name} har alt innsjekkar per periode, så rapporteringa kan ikkje endrast utan at historikken blir usamanliknbar. Opprett heller eit nytt samarbeid.`,
    fixedShareLabel: 'Fast del av kostnadene i prosent, delt likt (tomt: 20)',
    goalsLabel: 'Felles mål (eitt per linje)',
    phaseLabel: 'Fase',
    phase: {
      idé: 'Idé',
      utredning: 'Utgreiing',
      vedtak: 'Vedtak',
      etablering: 'Etablering',
      drift: 'Drift',
      evaluering: 'Evaluering',
      avvikling: 'Avvikling'
    } satisfies Record<Phase, string>,
    collaborationLine: (phase: string, leaders: string) => `${phase}: ${leaders}`,
    noLeaders: 'ingen leiar',
    rolesTitle: (network: string) => `Roller i ${network}`,
    noRoles: 'Ingen har roller enno.',
    remove: 'Fjern',
    leaderOf: (collaboration: string) => `leiar for ${collaboration}`,
    kommunedirektørOf: (municipality: string) => `kommunedirektør i ${municipality}`,
    grantRole: 'Gi ein person ei rolle',
    peopleTitle: (team: string) => `Vel frå teamet ${team}`,
    otherTeam: (team: string) => `Vis ${team}`,
    nextPage: 'Fleire personar',
    personLabel: 'Person',
    roleLabel: 'Rolle',
    roleName: { admin: 'Administrator', kommunedirektør: 'Kommunedirektør', member: 'Medlem (les status)', leader: 'Leiar for eit samarbeid' } as Record<string, string>,
    municipalityLabel: 'Kommune (for kommunedirektør)',
    collaborationLabel: 'Samarbeid (for leiar)',
    grant: 'Gi rolla',
    noTeam: 'Eg er ikkje lagd til i noko team i organisasjonane i nettverket enno. Legg Sampuls til i teamet der dei som skal ha roller er med, så kan du velje dei derifrå.',
    rosterUnavailable: 'Eg fekk ikkje henta medlemene i teamet frå Teams akkurat no. Prøv igjen om litt.',
    choosePerson: 'Vel ein person frå lista.',
    chooseRole: 'Vel kva rolle personen skal ha.',
    chooseMunicipality: 'Ein kommunedirektør høyrer til ein kommune: vel kommunen.',
    chooseCollaboration: 'Vel kva samarbeid personen skal leie.',
    granted: (person: string, role: string) => `${person} har no rolla: ${role}.`,
    already: (person: string, role: string) => `${person} har alt rolla: ${role}.`,
    revoked: (person: string, role: string) => `${person} har ikkje lenger rolla: ${role}.`,
    lastAdmin: 'Nettverket må ha minst éin administrator. Gi rolla til ein annan først.',
    stillLeads: (person: string) => `${person} leier framleis eit samarbeid og må vere medlem. Fjern leiarrolla først.`
  },

  templates: {
    onlyAdmins: 'Berre administratorar i eit nettverk kan endre malane for innsjekk. Be sekretariatet om rolla viss du skal endre spørsmåla.',
    onlyAdminsOf: (network: string) => `Berre administratorar i ${network} kan endre malane.`,
    noTemplates: (network: string) => `Ingen samarbeid i ${network} brukar ein mal enno.`,
    title: (template: string, network: string) => `${template} – ${network}`,
    inUse: (version: number, collaborations: number) => `Versjon ${version} gjeld no og blir brukt av ${collaborations} samarbeid.`,
    pending: (version: number, date: string) => `Versjon ${version} er lagra og gjeld frå ${date}. Skjemaet under byggjer på han.`,
    intro:
      'Endringar blir lagra som ein ny versjon som gjeld frå neste periode. Periodar som alt er i gang, held på spørsmåla sine. Eit omformulert spørsmål blir framleis samanlikna med svara frå før, og eit spørsmål som blir teke ut, står framleis i historikken og eksporten.',
    question: (number: number, kind: string) => `Spørsmål ${number} · ${kind}`,
    kind: {
      colour: 'Grøn, gul eller raud',
      scale: 'Skala frå 1 til 5',
      economy: 'Økonomi',
      text: 'Fritekst',
      yesno: 'Ja eller nei'
    },
    shortInput: (number: number) => `Kortnamn for spørsmål ${number} (blir brukt i tabellar og oversikter)`,
    retireLabel: (number: number) => `Spørsmål ${number} i neste versjon`,
    retire: 'Ta ut spørsmålet',
    essential: 'Kan ikkje takast ut: statusen byggjer på dette spørsmålet.',
    addTitle: 'Legg til eit spørsmål (valfritt)',
    kindInput: 'Svartype',
    newLabelInput: 'Det nye spørsmålet',
    newShortInput: 'Kortnamn for det nye spørsmålet (blir brukt i tabellar og oversikter)',
    requiredLabel: 'Obligatorisk svar',
    requiredToggle: 'Ja, det nye spørsmålet må svarast på',
    save: 'Lagre ny versjon',
    saved: (version: number, template: string, date: string) =>
      `Ny versjon ${version} av ${template} er lagra. Han gjeld frå ${date}: periodar som byrjar då eller seinare, får dei nye spørsmåla, medan periodar som alt er i gang, held på sine.`,
    notSaved: 'Ingenting vart lagra:',
    problem: {
      labelRequired: 'manglar spørsmålstekst',
      labelTooLong: 'har ein spørsmålstekst på over 300 teikn',
      shortRequired: 'manglar kortnamn',
      shortTooLong: 'har eit kortnamn på over 40 teikn',
      shortTaken: 'har same kortnamn som eit anna spørsmål',
      essential: 'kan ikkje takast ut, fordi statusen byggjer på det'
    },
    about: (question: string, problem: string) => `«${question}» ${problem}.`,
    aboutNew: (problem: string) => `Det nye spørsmålet ${problem}.`,
    unchanged: 'Du har ikkje endra noko, så ingen ny versjon vart lagra.',
    noQuestions: 'Malen må ha minst eitt spørsmål, så ingenting vart lagra.',
    changedMeanwhile: 'Nokon andre har endra malen sidan skjemaet vart opna, så ingenting vart lagra. Skriv «mal» for å sjå den nye versjonen.',
    staleForm: (period: string) =>
      `Spørsmåla for ${period} er ikkje dei same som i dette skjemaet, så svaret vart ikkje lagra. Skriv «sjekk inn» for å få eit nytt skjema.`
  },

  networkFile: {
    usage:
      'Bruk:\n  npm run network -- import <fil> [--replace]  les inn nettverksdefinisjonen i fila; eit nettverk som\n                                               finst, blir berre endra med --replace\n  npm run network -- export <nettverk>         skriv definisjonen av nettverket (id-en) som YAML',
    header: (network: string) =>
      `Sampuls: nettverksdefinisjon for ${network}.\nLes inn med «npm run network -- import <fil>». Fila skildrar heile nettverket: eit valfritt felt som\nmanglar, får standardverdien, og personar som manglar, mistar rollene sine i nettverket. Samarbeid som\nmanglar, blir haldne ved lag med historikken sin. Kommunar og samarbeid blir nemnde med id-en sin.`,
    error: (line: number, field: string, problem: string) => (field ? `linje ${line}, ${field}: ${problem}` : `linje ${line}: ${problem}`),
    notImported: (count: number) => `Fila vart ikkje importert: ${count === 1 ? 'éin feil' : `${count} feil`}. Ingenting er endra.`,
    cannotRead: (file: string) => `Fann ikkje fila «${file}», eller ho kunne ikkje lesast.`,
    badSettings: 'Innstillingane i miljøet er ugyldige:',
    imported: (network: string, id: string) => `Nettverket ${network} (${id}) er importert.`,
    wouldChange: (network: string, id: string) => `Nettverket ${network} (${id}) finst allereie. Importen ville gjort desse endringane:`,
    replaceNeeded: 'Ingenting er endra. Køyr kommandoen på nytt med --replace for å gjere endringane.',
    noChanges: (network: string) => `Ingen endringar: ${network} er alt slik fila skildrar.`,
    section: { network: 'Nettverket', municipalities: 'Kommunar', collaborations: 'Samarbeid', people: 'Personar med roller' },
    added: (section: string, names: string) => `${section} – nye: ${names}`,
    changed: (section: string, names: string) => `${section} – endra: ${names}`,
    removed: (section: string, names: string) => `${section} – fjerna: ${names}`,
    kept: (names: string) => `Samarbeid som ikkje står i fila, er haldne ved lag med historikken sin: ${names}`,
    unknownNetwork: (id: string, known: string) =>
      `Fann ikkje nettverket «${id}». ${known ? `Nettverka som finst: ${known}.` : 'Det finst ingen nettverk enno.'}`,
    waiting: 'Får ikkje kontakt med databasen enno. Prøver igjen …',
    storeLocked: (dataDir: string) =>
      `Datamappa «${dataDir}» er i bruk av boten eller ein annan prosess. Stopp boten og prøv igjen, eller set COSMOS_ENDPOINT, så brukar kommandoen same database som boten. Ingenting er endra.`,
    storeUnavailable: (detail: string) => `Fekk ikkje kontakt med databasen (${detail}). Ingenting er endra.`,
    interrupted: 'Databasen slutta å svare undervegs, så importen er kanskje ikkje fullført. Køyr den same kommandoen igjen når databasen svarar: han skriv det som manglar.',
    problem: {
      text: 'må vere tekst',
      number: 'må vere eit tal',
      integer: 'må vere eit heilt tal',
      list: 'må vere ei liste',
      fields: 'må vere ei gruppe med felt (namn: verdi)',
      oneOf: (allowed: string) => `må vere ein av desse: ${allowed}`,
      unknownField: 'er ikkje eit felt her',
      didYouMean: (field: string) => `er ikkje eit felt her. Meinte du «${field}»?`,
      naming: (problem: string, value: string) => `${problem}: «${value}»`,
      date: 'må vere ein dato på forma ÅÅÅÅ-MM-DD',
      id: 'må berre innehalde små bokstavar (a–z), siffer og bindestrek',
      repeated: 'står fleire gonger i fila',
      unknownTenant: 'er ikkje ein av tenantane i network.tenantIds',
      unknownTemplate: 'er ikkje ein mal i nettverket',
      noAdmin: 'må ha minst éin person med rolla admin, elles kan ingen endre nettverket i Teams',
      stillInUse: (municipality: string, collaboration: string) =>
        `kommunen ${municipality} er fjerna frå fila, men er framleis med i samarbeidet ${collaboration}, som ikkje står i fila`,
      yaml: 'er ikkje gyldig YAML. Sjekk innrykk, kolon og klammer',
      duplicateKey: 'feltet står to gonger',
      tab: 'innrykk må lagast med mellomrom, ikkje tabulator',
      documents: 'fila kan berre innehalde eitt YAML-dokument',
      empty: 'fila er tom',
      tooDeep: 'har for mange nivå inni kvarandre (meir enn 20)',
      aliases: 'brukar alias (*namn) så mange gonger at fila ikkje kan lesast inn',
      control: 'inneheld kontrollteikn (som NUL, tabulator eller linjeskift)'
    }
  },

  definition: {
    problem: {
      required: 'må fyllast ut',
      tooLong: 'er for langt',
      municipalityNumber: 'må vere eit kommunenummer med fire siffer',
      population: 'må vere eit heilt tal, 0 eller meir',
      duplicate: 'finst allereie i nettverket',
      unknownMunicipality: 'nemner ein kommune som ikkje er med i nettverket',
      noParticipants: 'må ha minst éin deltakarkommune',
      hostNotParticipant: 'må òg vere deltakar',
      fixedShare: 'må ha ein fast del mellom 0 og 100 %',
      tenantId: 'må vere tenant-ID-ar frå Microsoft 365 (GUID)',
      retention: 'må vere mellom 12 og 120 månader',
      inUse: 'er framleis med i eit samarbeid'
    } satisfies Record<ProblemCode, string>,
    line: (field: string, problem: string) => `${field}: ${problem}.`
  },

  link: {
    onlyInChannel:
      'Skriv «@Sampuls koble» og namnet på samarbeidet i kanalen til prosjektgruppa, til dømes «@Sampuls koble lønn». Då sender eg oppsummeringane dit.',
    needsName: 'Kva samarbeid skal kanalen koplast til? Skriv til dømes «koble lønn».',
    linked: (name: string) => `Kanalen er kopla til ${name}. Oppsummeringa etter kvar innsjekk kjem hit.`,
    unnamedChannel: 'kanalen til prosjektgruppa',
    generalChannel: 'Generelt',
    notAllowed: (name: string) => `Berre leiarane for ${name} og administratorar i nettverket kan kople ein kanal til samarbeidet.`
  }
};
