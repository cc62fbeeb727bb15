import type { ParsedPeriod } from '../domain/period';
import type { AnswerErrorCode } from '../domain/answers';
import type { AuditAction } from '../domain/audit';
import type { ProblemCode } from '../domain/network';
import type { Colour, Economy, Role } from '../domain/types';
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
      'Organisasjonen din er ikkje med i noko nettverk i Sampuls, så eg kan ikkje svare deg. Ta kontakt med sekretariatet i samarbeidet dersom organisasjonen skal vere med.',
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
      'Svaret vart ikkje lagra fordi lagringa ikkje svarar. Svara dine står framleis i kortet – trykk «Send inn» igjen om litt.'
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
      'template.changed': (subject: string) => `Endra malen ${subject}`
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
      validFrom: 'Gjeld frå'
    } as Record<string, string>
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
