import type { Agreement } from '../../domain/prioritisation';
import type { Language } from '../../core/module';

const nb = {
  prioritise: {
    helpEntries: [
      { word: 'prioriter', text: 'Prioriteringsrunde: hver gruppe gir kandidatområdene poeng for potensial og gjennomførbarhet (1–10), og områdene rangeres etter snittet av potensial × gjennomførbarhet.' }
    ],
    nothing: 'Det er ingen prioriteringsrunder i nettverkene dine ennå. En administrator starter en med «prioriter».',
    resultTitle: (round: string) => `Prioritering – ${round}`,
    resultSubtitle: (network: string, scored: number, groups: number) => `${network} · ${scored} av ${groups} grupper har gitt poeng`,
    noScores: 'Ingen grupper har gitt poeng ennå.',
    waiting: (groups: string) => `Venter på: ${groups}`,
    rank: 'Nr.',
    area: 'Område',
    score: 'Potensial × gjennomførbarhet',
    potential: 'Potensial',
    feasibility: 'Gjennomførbarhet',
    agreementLabel: 'Enighet',
    agreement: { high: 'Stor', some: 'Noe', low: 'Liten' } satisfies Record<Agreement, string>,
    oneGroup: 'Én gruppe',
    spread: (spread: string, lowest: number, highest: number) => `spredning ${spread} (${lowest}–${highest})`,
    chartTitle: 'Potensial og gjennomførbarhet per område (snitt)',
    chartValue: (potential: string, feasibility: string) => `potensial ${potential} · gjennomførbarhet ${feasibility}`,
    everythingHigh: (groups: string) => `${groups} ga alle områdene 8 eller mer på begge skalaene. Poengene skiller ikke mellom områdene, så rangeringen bygger mest på de andre gruppene.`,
    adopted: (area: string, collaboration: string) => `${area} er blitt samarbeidet ${collaboration}.`,
    adoptInput: 'Område som skal bli et samarbeid',
    adopt: 'Gjør til samarbeid (fase idé)',
    scoreTitle: (round: string) => `Gi poeng – ${round}`,
    scoreIntro: (group: string) => `Du svarer for ${group}. Gi hvert område poeng fra 1 (lite) til 10 (mye) for potensial og for gjennomførbarhet.`,
    potentialInput: (area: string) => `${area}: potensial (1–10)`,
    feasibilityInput: (area: string) => `${area}: gjennomførbarhet (1–10)`,
    scoreError: 'Skriv et helt tall fra 1 til 10.',
    send: 'Send inn poengene',
    scored: (group: string, round: string) => `Poengene fra ${group} i ${round} er lagret.`,
    notYourGroup: 'Du svarer ikke for den gruppen, så poengene ble ikke lagret.',
    missing: 'Alle områdene må ha poeng for både potensial og gjennomførbarhet, så ingenting ble lagret.',
    outOfRange: 'Poengene må være hele tall fra 1 til 10, så ingenting ble lagret.',
    newTitle: (network: string) => `Ny prioriteringsrunde – ${network}`,
    newIntro: 'Skriv kandidatområdene, ett per linje, og gruppene som skal gi poeng, hver med en person som svarer for gruppen.',
    nameInput: 'Navn på runden',
    areasInput: 'Kandidatområder (ett per linje, 2–30)',
    groupNameInput: (n: number) => `Gruppe ${n}: navn`,
    groupRepInput: (n: number) => `Gruppe ${n}: svarer for gruppen`,
    nobody: 'Velg en person',
    create: 'Start runden',
    created: (round: string, groups: number) => `Runden ${round} er startet. ${groups === 1 ? 'Én person' : `${groups} personer`} kan nå gi poeng med «prioriter».`,
    onlyAdmins: (network: string) => `Bare administratorer i ${network} kan starte en prioriteringsrunde eller gjøre et område til et samarbeid.`,
    badAreas: 'Runden må ha 2–30 ulike kandidatområder på høyst 100 tegn, så ingenting ble lagret.',
    badGroups: 'Hver gruppe trenger et navn på høyst 80 tegn og en person med en rolle i nettverket, og minst én gruppe må fylles ut. Ingenting ble lagret.',
    badName: 'Runden trenger et navn på høyst 100 tegn, så ingenting ble lagret.',
    alreadyAdopted: (area: string) => `${area} er allerede gjort til et samarbeid.`,
    nameTaken: (area: string) => `Nettverket har allerede et samarbeid som heter ${area}, så ingenting ble opprettet.`,
    sector: 'ikke satt'
  }
};

const nn: typeof nb = {
  prioritise: {
    helpEntries: [
      { word: 'prioriter', text: 'Prioriteringsrunde: kvar gruppe gir kandidatområda poeng for potensial og gjennomførbarheit (1–10), og områda blir rangerte etter snittet av potensial × gjennomførbarheit.' }
    ],
    nothing: 'Det er ingen prioriteringsrundar i nettverka dine enno. Ein administrator startar ein med «prioriter».',
    resultTitle: (round: string) => `Prioritering – ${round}`,
    resultSubtitle: (network: string, scored: number, groups: number) => `${network} · ${scored} av ${groups} grupper har gitt poeng`,
    noScores: 'Ingen grupper har gitt poeng enno.',
    waiting: (groups: string) => `Ventar på: ${groups}`,
    rank: 'Nr.',
    area: 'Område',
    score: 'Potensial × gjennomførbarheit',
    potential: 'Potensial',
    feasibility: 'Gjennomførbarheit',
    agreementLabel: 'Semje',
    agreement: { high: 'Stor', some: 'Noko', low: 'Lita' },
    oneGroup: 'Éi gruppe',
    spread: (spread: string, lowest: number, highest: number) => `spreiing ${spread} (${lowest}–${highest})`,
    chartTitle: 'Potensial og gjennomførbarheit per område (snitt)',
    chartValue: (potential: string, feasibility: string) => `potensial ${potential} · gjennomførbarheit ${feasibility}`,
    everythingHigh: (groups: string) => `${groups} gav alle områda 8 eller meir på begge skalaene. Poenga skil ikkje mellom områda, så rangeringa byggjer mest på dei andre gruppene.`,
    adopted: (area: string, collaboration: string) => `${area} har vorte samarbeidet ${collaboration}.`,
    adoptInput: 'Område som skal bli eit samarbeid',
    adopt: 'Gjer til samarbeid (fase idé)',
    scoreTitle: (round: string) => `Gi poeng – ${round}`,
    scoreIntro: (group: string) => `Du svarar for ${group}. Gi kvart område poeng frå 1 (lite) til 10 (mykje) for potensial og for gjennomførbarheit.`,
    potentialInput: (area: string) => `${area}: potensial (1–10)`,
    feasibilityInput: (area: string) => `${area}: gjennomførbarheit (1–10)`,
    scoreError: 'Skriv eit heilt tal frå 1 til 10.',
    send: 'Send inn poenga',
    scored: (group: string, round: string) => `Poenga frå ${group} i ${round} er lagra.`,
    notYourGroup: 'Du svarar ikkje for den gruppa, så poenga vart ikkje lagra.',
    missing: 'Alle områda må ha poeng for både potensial og gjennomførbarheit, så ingenting vart lagra.',
    outOfRange: 'Poenga må vere heile tal frå 1 til 10, så ingenting vart lagra.',
    newTitle: (network: string) => `Ny prioriteringsrunde – ${network}`,
    newIntro: 'Skriv kandidatområda, eitt per linje, og gruppene som skal gi poeng, kvar med ein person som svarar for gruppa.',
    nameInput: 'Namn på runden',
    areasInput: 'Kandidatområde (eitt per linje, 2–30)',
    groupNameInput: (n: number) => `Gruppe ${n}: namn`,
    groupRepInput: (n: number) => `Gruppe ${n}: svarar for gruppa`,
    nobody: 'Vel ein person',
    create: 'Start runden',
    created: (round: string, groups: number) => `Runden ${round} er starta. ${groups === 1 ? 'Éin person' : `${groups} personar`} kan no gi poeng med «prioriter».`,
    onlyAdmins: (network: string) => `Berre administratorar i ${network} kan starte ein prioriteringsrunde eller gjere eit område til eit samarbeid.`,
    badAreas: 'Runden må ha 2–30 ulike kandidatområde på høgst 100 teikn, så ingenting vart lagra.',
    badGroups: 'Kvar gruppe treng eit namn på høgst 80 teikn og ein person med ei rolle i nettverket, og minst éi gruppe må fyllast ut. Ingenting vart lagra.',
    badName: 'Runden treng eit namn på høgst 100 teikn, så ingenting vart lagra.',
    alreadyAdopted: (area: string) => `${area} er alt gjort til eit samarbeid.`,
    nameTaken: (area: string) => `Nettverket har alt eit samarbeid som heiter ${area}, så ingenting vart oppretta.`,
    sector: 'ikkje sett'
  }
};

const en: typeof nb = {
  prioritise: {
    helpEntries: [
      { word: 'prioritise', text: 'Prioritisation round: each group scores the candidate areas on potential and feasibility (1–10), and the areas are ranked by the mean of potential × feasibility.' }
    ],
    nothing: 'There are no prioritisation rounds in your networks yet. An administrator starts one with ‘prioritise’.',
    resultTitle: (round: string) => `Prioritisation – ${round}`,
    resultSubtitle: (network: string, scored: number, groups: number) => `${network} · ${scored} of ${groups} groups have scored`,
    noScores: 'No group has scored yet.',
    waiting: (groups: string) => `Waiting for: ${groups}`,
    rank: 'No.',
    area: 'Area',
    score: 'Potential × feasibility',
    potential: 'Potential',
    feasibility: 'Feasibility',
    agreementLabel: 'Agreement',
    agreement: { high: 'High', some: 'Some', low: 'Low' },
    oneGroup: 'One group',
    spread: (spread: string, lowest: number, highest: number) => `spread ${spread} (${lowest} to ${highest})`,
    chartTitle: 'Potential and feasibility per area (mean)',
    chartValue: (potential: string, feasibility: string) => `potential ${potential} · feasibility ${feasibility}`,
    everythingHigh: (groups: string) => `${groups} gave every area 8 or more on both scales. Those scores do not tell the areas apart, so the ranking rests mostly on the other groups.`,
    adopted: (area: string, collaboration: string) => `${area} has become the collaboration ${collaboration}.`,
    adoptInput: 'Area to turn into a collaboration',
    adopt: 'Make it a collaboration (idea phase)',
    scoreTitle: (round: string) => `Score – ${round}`,
    scoreIntro: (group: string) => `You answer for ${group}. Score each area from 1 (little) to 10 (much) for potential and for feasibility.`,
    potentialInput: (area: string) => `${area}: potential (1 to 10)`,
    feasibilityInput: (area: string) => `${area}: feasibility (1 to 10)`,
    scoreError: 'Enter a whole number from 1 to 10.',
    send: 'Send the scores',
    scored: (group: string, round: string) => `The scores of ${group} in ${round} are saved.`,
    notYourGroup: 'You do not answer for that group, so the scores were not saved.',
    missing: 'Every area needs scores for both potential and feasibility, so nothing was saved.',
    outOfRange: 'Scores must be whole numbers from 1 to 10, so nothing was saved.',
    newTitle: (network: string) => `New prioritisation round – ${network}`,
    newIntro: 'Write the candidate areas, one per line, and the groups that score them, each with a person who answers for the group.',
    nameInput: 'Name of the round',
    areasInput: 'Candidate areas (one per line, 2 to 30)',
    groupNameInput: (n: number) => `Group ${n}: name`,
    groupRepInput: (n: number) => `Group ${n}: answered for by`,
    nobody: 'Choose a person',
    create: 'Start the round',
    created: (round: string, groups: number) => `The round ${round} has started. ${groups === 1 ? 'One person' : `${groups} people`} can now score with ‘prioritise’.`,
    onlyAdmins: (network: string) => `Only administrators in ${network} can start a prioritisation round or turn an area into a collaboration.`,
    badAreas: 'The round needs 2 to 30 different candidate areas of at most 100 characters, so nothing was saved.',
    badGroups: 'Each group needs a name of at most 80 characters and a person with a role in the network, and at least one group must be filled in. Nothing was saved.',
    badName: 'The round needs a name of at most 100 characters, so nothing was saved.',
    alreadyAdopted: (area: string) => `${area} has already been made a collaboration.`,
    nameTaken: (area: string) => `The network already has a collaboration called ${area}, so nothing was created.`,
    sector: 'not set'
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
