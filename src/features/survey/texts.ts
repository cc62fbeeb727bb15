import type { Language } from '../../core/module';

const nb = {
  survey: {
    helpEntries: [
      { word: 'undersøkelse', text: 'Tillitsbarometeret: svar anonymt. Administratorer starter det, ser svarprosenten og kan avslutte eller forlenge.' },
      { word: 'tillitsbarometer', text: 'Resultatene av siste tillitsbarometer, fordelt på administrativt og politisk nivå og på kommune.' }
    ],
    title: (network: string) => `Tillitsbarometer – ${network}`,
    anonymous: (threshold: number) =>
      `Svaret ditt er anonymt: det lagres uten navnet ditt, bare som tellere for grupper, og resultater vises bare for grupper med minst ${threshold} svar. Fritekst vises aldri med navn eller kommune.`,
    closes: (when: string) => `Undersøkelsen er åpen til ${when}.`,
    invitation: 'Det nettverket lurer på, er hvordan du opplever samarbeidet. Det tar fem minutter.',
    reminder: 'Påminnelse: vi har ikke fått svaret ditt på tillitsbarometeret ennå.',
    send: 'Send svaret',
    thanks: (network: string) => `Takk! Svaret ditt er talt med i tillitsbarometeret for ${network}, uten navnet ditt.`,
    already: 'Du har allerede svart på denne undersøkelsen. Hver person svarer én gang.',
    notOpen: 'Denne undersøkelsen er ikke åpen lenger.',
    notInvited: 'Du er ikke med i nettverket denne undersøkelsen gjelder.',
    refused: (problems: string) => `Svaret ble ikke lagret: ${problems}.`,
    problem: { unknown: (key: string) => `«${key}» er ikke et spørsmål her`, range: (key: string) => `svaret på «${key}» må være 1–5 eller «Vet ikke»`, length: (key: string) => `teksten i «${key}» er for lang` },
    notSaved: 'Jeg fikk ikke lagret svaret ditt. Prøv igjen om litt.',
    none: 'Det er ingen undersøkelse åpen i nettverket ditt nå.',
    startTitle: (network: string) => `Start tillitsbarometer – ${network}`,
    startIntro: (questions: number) => `Alle med en rolle i nettverket får ${questions} spørsmål i chat, på arbeidsdager, med påminnelser til dem som ikke har svart.`,
    weeksLabel: 'Hvor mange uker skal den være åpen?',
    thresholdLabel: 'Minste antall svar før en gruppe vises (minst 3)',
    start: 'Start undersøkelsen',
    started: (network: string, when: string) => `Tillitsbarometeret for ${network} er startet og er åpent til ${when}.`,
    alreadyRunning: (network: string) => `Det går allerede en undersøkelse i ${network}.`,
    badWindow: 'Velg mellom 1 og 8 uker, og en grense på minst 3 og høyst 20.',
    rateTitle: (network: string) => `Svarprosent – tillitsbarometer ${network}`,
    rateLine: (answered: number, invited: number) => `${answered} av ${invited} har svart`,
    municipality: 'Kommune',
    administrative: 'Administrativt',
    political: 'Politisk',
    noMunicipality: 'Uten kommune',
    closeNow: 'Avslutt nå',
    extend: 'Forleng en uke',
    closed: (network: string) => `Tillitsbarometeret for ${network} er avsluttet. Resultatene sendes til kommunedirektørene og ledelseskanalen.`,
    extended: (network: string, when: string) => `Tillitsbarometeret for ${network} er forlenget til ${when}.`,
    resultsTitle: (network: string) => `Tillitsbarometer – ${network}`,
    noResults: (network: string) => `${network} har ikke hatt noe tillitsbarometer ennå.`,
    running: (network: string, when: string, answered: number, threshold: number) =>
      `Tillitsbarometeret for ${network} er åpent til ${when}. ${answered} har svart så langt. Resultatene vises når det er avsluttet, og bare hvis minst ${threshold} har svart.`,
    withheld: (network: string, answered: number, threshold: number) =>
      `Resultatene for ${network} holdes tilbake: ${answered} svarte, og grensen er ${threshold}. Slik kan ingen kjennes igjen.`,
    respondents: (count: number, when: string) => `${count} svar, avsluttet ${when}.`,
    question: 'Spørsmål',
    agree: 'Enig (4–5)',
    disagree: 'Uenig (1–2)',
    all: 'Alle',
    gap: 'Forskjell mellom nivåene',
    change: 'Endring siden sist',
    points: (n: number) => `${n > 0 ? '+' : ''}${n} poeng`,
    shares: (agree: number, disagree: number, dontKnow: number) => `${agree} % enig · ${disagree} % uenig · ${dontKnow} % vet ikke`,
    hiddenGroups: (threshold: number) => `Grupper med færre enn ${threshold} svar, og grupper som kunne regnes ut av dem, vises ikke.`,
    comments: 'Kommentarer (uten navn, i alfabetisk rekkefølge)',
    chartTitle: 'Andel enige per nivå',
    receipt: (network: string) => `Du har svart på tillitsbarometeret i ${network} (hva du svarte, er ikke lagret med navnet ditt).`
  }
};

const nn: typeof nb = {
  survey: {
    helpEntries: [
      { word: 'undersøking', text: 'Tillitsbarometeret: svar anonymt. Administratorar startar det, ser svarprosenten og kan avslutte eller forlengje.' },
      { word: 'tillitsbarometer', text: 'Resultata av siste tillitsbarometer, fordelt på administrativt og politisk nivå og på kommune.' }
    ],
    title: (network: string) => `Tillitsbarometer – ${network}`,
    anonymous: (threshold: number) =>
      `Svaret ditt er anonymt: det blir lagra utan namnet ditt, berre som teljarar for grupper, og resultat blir berre viste for grupper med minst ${threshold} svar. Fritekst blir aldri vist med namn eller kommune.`,
    closes: (when: string) => `Undersøkinga er open til ${when}.`,
    invitation: 'Nettverket vil gjerne vite korleis du opplever samarbeidet. Det tek fem minutt.',
    reminder: 'Påminning: vi har ikkje fått svaret ditt på tillitsbarometeret enno.',
    send: 'Send svaret',
    thanks: (network: string) => `Takk! Svaret ditt er talt med i tillitsbarometeret for ${network}, utan namnet ditt.`,
    already: 'Du har alt svart på denne undersøkinga. Kvar person svarer éin gong.',
    notOpen: 'Denne undersøkinga er ikkje open lenger.',
    notInvited: 'Du er ikkje med i nettverket denne undersøkinga gjeld.',
    refused: (problems: string) => `Svaret vart ikkje lagra: ${problems}.`,
    problem: { unknown: (key: string) => `«${key}» er ikkje eit spørsmål her`, range: (key: string) => `svaret på «${key}» må vere 1–5 eller «Veit ikkje»`, length: (key: string) => `det står for mykje tekst i «${key}»` },
    notSaved: 'Eg fekk ikkje lagra svaret ditt. Prøv igjen om litt.',
    none: 'Det er inga undersøking open i nettverket ditt no.',
    startTitle: (network: string) => `Start tillitsbarometer – ${network}`,
    startIntro: (questions: number) => `Alle med ei rolle i nettverket får ${questions} spørsmål i chat, på arbeidsdagar, med påminningar til dei som ikkje har svart.`,
    weeksLabel: 'Kor mange veker skal ho vere open?',
    thresholdLabel: 'Minste tal på svar før ei gruppe blir vist (minst 3)',
    start: 'Start undersøkinga',
    started: (network: string, when: string) => `Tillitsbarometeret for ${network} er starta og er ope til ${when}.`,
    alreadyRunning: (network: string) => `Det går alt ei undersøking i ${network}.`,
    badWindow: 'Vel mellom 1 og 8 veker, og ei grense på minst 3 og høgst 20.',
    rateTitle: (network: string) => `Svarprosent – tillitsbarometer ${network}`,
    rateLine: (answered: number, invited: number) => `${answered} av ${invited} har svart`,
    municipality: 'Kommune',
    administrative: 'Administrativt',
    political: 'Politisk',
    noMunicipality: 'Utan kommune',
    closeNow: 'Avslutt no',
    extend: 'Forleng ei veke',
    closed: (network: string) => `Tillitsbarometeret for ${network} er avslutta. Resultata blir sende til kommunedirektørane og leiingskanalen.`,
    extended: (network: string, when: string) => `Tillitsbarometeret for ${network} er forlengt til ${when}.`,
    resultsTitle: (network: string) => `Tillitsbarometer – ${network}`,
    noResults: (network: string) => `${network} har ikkje hatt noko tillitsbarometer enno.`,
    running: (network: string, when: string, answered: number, threshold: number) =>
      `Tillitsbarometeret for ${network} er ope til ${when}. ${answered} har svart så langt. Resultata blir viste når det er avslutta, og berre om minst ${threshold} har svart.`,
    withheld: (network: string, answered: number, threshold: number) =>
      `Resultata for ${network} blir haldne tilbake: ${answered} svarte, og grensa er ${threshold}. Slik kan ingen kjennast att.`,
    respondents: (count: number, when: string) => `${count} svar, avslutta ${when}.`,
    question: 'Spørsmål',
    agree: 'Einig (4–5)',
    disagree: 'Ueinig (1–2)',
    all: 'Alle',
    gap: 'Skilnad mellom nivåa',
    change: 'Endring sidan sist',
    points: (n: number) => `${n > 0 ? '+' : ''}${n} poeng`,
    shares: (agree: number, disagree: number, dontKnow: number) => `${agree} % einig · ${disagree} % ueinig · ${dontKnow} % veit ikkje`,
    hiddenGroups: (threshold: number) => `Grupper med færre enn ${threshold} svar, og grupper som kunne reknast ut av dei, blir ikkje viste.`,
    comments: 'Kommentarar (utan namn, i alfabetisk rekkjefølgje)',
    chartTitle: 'Del einige per nivå',
    receipt: (network: string) => `Du har svart på tillitsbarometeret i ${network} (kva du svarte, er ikkje lagra med namnet ditt).`
  }
};

const en: typeof nb = {
  survey: {
    helpEntries: [
      { word: 'survey', text: 'The trust barometer: answer anonymously. Administrators start it, see the response rate and can close or extend it.' },
      { word: 'trust barometer', text: 'The results of the latest trust barometer, split by administrative and political level and by municipality.' }
    ],
    title: (network: string) => `Trust barometer – ${network}`,
    anonymous: (threshold: number) =>
      `Your answer is anonymous: it is stored without your name, only as counts for groups, and results are shown only for groups of at least ${threshold} answers. Free text is never shown with a name or municipality.`,
    closes: (when: string) => `The survey is open until ${when}.`,
    invitation: 'The network would like to know how you see the collaboration. It takes five minutes.',
    reminder: 'Reminder: we have not had your answer to the trust barometer yet.',
    send: 'Send my answer',
    thanks: (network: string) => `Thank you! Your answer is counted in the trust barometer of ${network}, without your name.`,
    already: 'You have already answered this survey. Everyone answers once.',
    notOpen: 'This survey is no longer open.',
    notInvited: 'You are not in the network this survey is for.',
    refused: (problems: string) => `Your answer was not stored: ${problems}.`,
    problem: { unknown: (key: string) => `‘${key}’ is not a question here`, range: (key: string) => `the answer to ‘${key}’ must be 1–5 or ‘Don’t know’`, length: (key: string) => `the text in ‘${key}’ is too long` },
    notSaved: 'I could not store your answer. Please try again shortly.',
    none: 'No survey is open in your network now.',
    startTitle: (network: string) => `Start a trust barometer – ${network}`,
    startIntro: (questions: number) => `Everyone with a role in the network gets ${questions} questions in chat, on working days, with reminders to those who have not answered.`,
    weeksLabel: 'How many weeks should it stay open?',
    thresholdLabel: 'Fewest answers before a group is shown (at least 3)',
    start: 'Start the survey',
    started: (network: string, when: string) => `The trust barometer of ${network} has started and is open until ${when}.`,
    alreadyRunning: (network: string) => `A survey is already running in ${network}.`,
    badWindow: 'Choose between 1 and 8 weeks, and a threshold of at least 3 and at most 20.',
    rateTitle: (network: string) => `Response rate – trust barometer ${network}`,
    rateLine: (answered: number, invited: number) => `${answered} of ${invited} have answered`,
    municipality: 'Municipality',
    administrative: 'Administrative',
    political: 'Political',
    noMunicipality: 'No municipality',
    closeNow: 'Close now',
    extend: 'Extend by a week',
    closed: (network: string) => `The trust barometer of ${network} is closed. The results go to the chief executives and the leadership channel.`,
    extended: (network: string, when: string) => `The trust barometer of ${network} is extended until ${when}.`,
    resultsTitle: (network: string) => `Trust barometer – ${network}`,
    noResults: (network: string) => `${network} has not had a trust barometer yet.`,
    running: (network: string, when: string, answered: number, threshold: number) =>
      `The trust barometer of ${network} is open until ${when}. ${answered} have answered so far. Results are shown once it has closed, and only if at least ${threshold} answered.`,
    withheld: (network: string, answered: number, threshold: number) =>
      `The results for ${network} are withheld: ${answered} answered, and the threshold is ${threshold}. That way nobody can be recognised.`,
    respondents: (count: number, when: string) => `${count} answers, closed ${when}.`,
    question: 'Question',
    agree: 'Agree (4–5)',
    disagree: 'Disagree (1–2)',
    all: 'Everyone',
    gap: 'Gap between the levels',
    change: 'Change since last time',
    points: (n: number) => `${n > 0 ? '+' : ''}${n} points`,
    shares: (agree: number, disagree: number, dontKnow: number) => `${agree} % agree · ${disagree} % disagree · ${dontKnow} % don’t know`,
    hiddenGroups: (threshold: number) => `Groups with fewer than ${threshold} answers, and groups that could be worked out from them, are not shown.`,
    comments: 'Comments (without names, in alphabetical order)',
    chartTitle: 'Share agreeing per level',
    receipt: (network: string) => `You have answered the trust barometer of ${network} (what you answered is not stored with your name).`
  }
};

/** This feature's texts in bokmål, nynorsk and English. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
