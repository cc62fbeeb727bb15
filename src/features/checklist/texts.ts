import type { ItemState, RevisionProblem } from '../../domain/checklist';
import type { Language } from '../../core/module';

const nb = {
  checklist: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      {
        word: 'sjekkliste <samarbeid>',
        text: 'Sjekklisten fra idé til drift: forankring, utredning og vedtak i hver kommune, med ansvarlig, frist og saksnummer. Flytt samarbeidet til neste fase.'
      },
      { word: 'sjekklistemal', text: 'For administratorer: endre punktene i sjekklisten; nye sjekklister bruker den nye versjonen.' }
    ],
    needsName: 'Hvilket samarbeid? Skriv for eksempel «sjekkliste lønn».',
    title: (collaboration: string) => `Sjekkliste – ${collaboration}`,
    subtitle: (network: string, phase: string, done: number, total: number) => `${network} · fase: ${phase} · ${done} av ${total} punkter ferdige`,
    phaseHeading: (phase: string, done: number, total: number) => `${phase} (${done} av ${total})`,
    currentPhase: 'nåværende fase',
    missingAnchoring: 'Mangler forankring: punkter om forankring i denne eller en tidligere fase er ikke ferdige.',
    state: { notStarted: 'Ikke startet', inProgress: 'Pågår', done: 'Ferdig', notApplicable: 'Ikke aktuelt' } satisfies Record<ItemState, string>,
    owner: (name: string) => `ansvarlig: ${name}`,
    due: (date: string) => `frist ${date}`,
    overdue: (date: string) => `frist ${date} – passert`,
    reference: (reference: string) => `ref.: ${reference}`,
    itemInput: 'Punkt å endre',
    edit: 'Endre punktet',
    reasonInput: 'Begrunnelse for å gå videre med åpne punkter (kommer i loggen)',
    move: (phase: string) => `Flytt til fase: ${phase}`,
    lastPhase: 'Samarbeidet er i siste fase.',
    itemSubtitle: (collaboration: string, phase: string) => `${collaboration} · fase: ${phase}`,
    stateInput: 'Status',
    ownerInput: 'Ansvarlig (blant personene med en rolle i nettverket)',
    noOwner: 'Ingen ansvarlig',
    dueInput: 'Frist',
    referenceInput: 'Referanse: saksnummer eller lenke',
    save: 'Lagre punktet',
    onlyState: 'Som kommunedirektør kan du krysse av punktene for din kommune, men ansvarlig, frist og referanse endres av samarbeidets leder eller en administrator.',
    notAllowed: (collaboration: string) => `Bare lederne av ${collaboration} og administratorer kan endre sjekklisten. En kommunedirektør kan krysse av punktene for sin egen kommune.`,
    notOnRoster: 'Den ansvarlige må være en person med en rolle i nettverket, så ingenting ble lagret.',
    badDate: 'Fristen må være en gyldig dato mellom år 2000 og 2100, så ingenting ble lagret.',
    unchanged: 'Du har ikke endret noe.',
    saved: (label: string, state: string) => `Lagret: «${label}» – ${state}.`,
    reasonNeeded: (count: number, phase: string) =>
      `${count === 1 ? 'Ett punkt' : `${count} punkter`} i fasen ${phase} er ikke ferdige. Skriv en begrunnelse for å gå videre likevel; den kommer i loggen.`,
    moved: (collaboration: string, phase: string) => `${collaboration} er nå i fasen ${phase}.`,
    changedMeanwhile: 'Noen andre har flyttet samarbeidet til en annen fase siden kortet ble vist, så ingenting ble endret. Skriv «sjekkliste» og navnet for å se det nå.',
    reminderTitle: 'Sjekklistepunkter med passert frist',
    reminderIntro: (count: number) => `Du er ansvarlig for ${count === 1 ? 'ett punkt' : `${count} punkter`} der fristen har gått ut:`,
    reminderLine: (collaboration: string, label: string, date: string) => `${collaboration}: ${label} (frist ${date})`,
    reminderAdvice: 'Skriv «sjekkliste» og navnet på samarbeidet for å oppdatere punktet.',
    statusLine: (done: number, total: number, phase: string) => `Sjekkliste: ${done} av ${total} punkter ferdige · fase: ${phase}`,
    flag: 'Mangler forankring',
    templateTitle: (network: string) => `Sjekklistemal – ${network}`,
    templateIntro: (version: number) =>
      `Versjon ${version}. En ny versjon gjelder sjekklister som startes fra i dag; sjekklister som er i gang, beholder punktene sine.`,
    pointInput: (phase: string, n: number) => `${phase}, punkt ${n}`,
    retireInput: 'Fjerne punktet?',
    retire: 'Fjern punktet fra malen',
    newPoint: 'Nytt punkt (valgfritt)',
    newLabelInput: 'Tekst for det nye punktet',
    newPhaseInput: 'Fase for det nye punktet',
    perMunicipalityInput: 'Ett punkt per deltakerkommune?',
    anchoringInput: 'Gjelder punktet forankring?',
    saveTemplate: 'Lagre ny versjon',
    templateOnlyAdmins: 'Bare administratorer i et nettverk kan endre sjekklistemalen.',
    templateSaved: (version: number) => `Lagret versjon ${version} av sjekklistemalen. Nye sjekklister bruker den fra i dag.`,
    templateProblem: {
      stale: 'Malen er endret av noen andre siden kortet ble vist, så ingenting ble lagret. Skriv «sjekklistemal» for å se den nå.',
      unknownPoint: 'Kortet nevnte et punkt som ikke finnes i malen, så ingenting ble lagret.',
      label: 'Et punkt kan ikke være tomt eller lengre enn 200 tegn, så ingenting ble lagret.',
      noPoints: 'Malen må ha minst ett punkt, så ingenting ble lagret.',
      unchanged: 'Du har ikke endret noe.'
    } satisfies Record<RevisionProblem, string>
  }
};

const nn: typeof nb = {
  checklist: {
    helpEntries: [
      {
        word: 'sjekkliste <samarbeid>',
        text: 'Sjekklista frå idé til drift: forankring, utgreiing og vedtak i kvar kommune, med ansvarleg, frist og saksnummer. Flytt samarbeidet til neste fase.'
      },
      { word: 'sjekklistemal', text: 'For administratorar: endre punkta i sjekklista; nye sjekklister brukar den nye versjonen.' }
    ],
    needsName: 'Kva for eit samarbeid? Skriv til dømes «sjekkliste lønn».',
    title: (collaboration: string) => `Sjekkliste – ${collaboration}`,
    subtitle: (network: string, phase: string, done: number, total: number) => `${network} · fase: ${phase} · ${done} av ${total} punkt ferdige`,
    phaseHeading: (phase: string, done: number, total: number) => `${phase} (${done} av ${total})`,
    currentPhase: 'noverande fase',
    missingAnchoring: 'Manglar forankring: punkt om forankring i denne eller ein tidlegare fase er ikkje ferdige.',
    state: { notStarted: 'Ikkje starta', inProgress: 'Pågår', done: 'Ferdig', notApplicable: 'Ikkje aktuelt' },
    owner: (name: string) => `ansvarleg: ${name}`,
    due: (date: string) => `frist ${date}`,
    overdue: (date: string) => `frist ${date} – passert`,
    reference: (reference: string) => `ref.: ${reference}`,
    itemInput: 'Punktet du vil endre',
    edit: 'Endre punktet',
    reasonInput: 'Grunngiving for å gå vidare med opne punkt (kjem i loggen)',
    move: (phase: string) => `Flytt til fase: ${phase}`,
    lastPhase: 'Samarbeidet er no i siste fase.',
    itemSubtitle: (collaboration: string, phase: string) => `${collaboration} · fase: ${phase}`,
    stateInput: 'Status',
    ownerInput: 'Ansvarleg (blant personane med ei rolle i nettverket)',
    noOwner: 'Ingen ansvarleg',
    dueInput: 'Frist',
    referenceInput: 'Referanse: saksnummer eller lenkje',
    save: 'Lagre punktet',
    onlyState: 'Som kommunedirektør kan du kryssa av punkta for kommunen din, men ansvarleg, frist og referanse blir endra av leiaren for samarbeidet eller ein administrator.',
    notAllowed: (collaboration: string) => `Berre leiarane av ${collaboration} og administratorar kan endre sjekklista. Ein kommunedirektør kan kryssa av punkta for sin eigen kommune.`,
    notOnRoster: 'Den ansvarlege må vere ein person med ei rolle i nettverket, så ingenting vart lagra.',
    badDate: 'Fristen må vere ein gyldig dato mellom år 2000 og 2100, så ingenting vart lagra.',
    unchanged: 'Du har ikkje endra noko.',
    saved: (label: string, state: string) => `Lagra: «${label}» – ${state}.`,
    reasonNeeded: (count: number, phase: string) =>
      `${count === 1 ? 'Eitt punkt' : `${count} punkt`} i fasen ${phase} er ikkje ferdige. Skriv ei grunngiving for å gå vidare likevel; ho kjem i loggen.`,
    moved: (collaboration: string, phase: string) => `${collaboration} er no i fasen ${phase}.`,
    changedMeanwhile: 'Nokon andre har flytta samarbeidet til ein annan fase sidan kortet vart vist, så ingenting vart endra. Skriv «sjekkliste» og namnet for å sjå det no.',
    reminderTitle: 'Sjekklistepunkt med passert frist',
    reminderIntro: (count: number) => `Du er ansvarleg for ${count === 1 ? 'eitt punkt' : `${count} punkt`} der fristen har gått ut:`,
    reminderLine: (collaboration: string, label: string, date: string) => `${collaboration}: ${label} (frist ${date})`,
    reminderAdvice: 'Skriv «sjekkliste» og namnet på samarbeidet for å oppdatere punktet.',
    statusLine: (done: number, total: number, phase: string) => `Sjekkliste: ${done} av ${total} punkt ferdige · fase: ${phase}`,
    flag: 'Manglar forankring',
    templateTitle: (network: string) => `Sjekklistemal – ${network}`,
    templateIntro: (version: number) =>
      `Versjon ${version}. Ein ny versjon gjeld sjekklister som vert starta frå i dag; sjekklister som er i gang, held på punkta sine.`,
    pointInput: (phase: string, n: number) => `${phase}, punkt ${n}`,
    retireInput: 'Fjerne punktet?',
    retire: 'Fjern punktet frå malen',
    newPoint: 'Nytt punkt (valfritt)',
    newLabelInput: 'Tekst for det nye punktet',
    newPhaseInput: 'Fase for det nye punktet',
    perMunicipalityInput: 'Eitt punkt per deltakarkommune?',
    anchoringInput: 'Gjeld punktet forankring?',
    saveTemplate: 'Lagre ny versjon',
    templateOnlyAdmins: 'Berre administratorar i eit nettverk kan endre sjekklistemalen.',
    templateSaved: (version: number) => `Lagra versjon ${version} av sjekklistemalen. Nye sjekklister brukar han frå i dag.`,
    templateProblem: {
      stale: 'Malen er endra av nokon andre sidan kortet vart vist, så ingenting vart lagra. Skriv «sjekklistemal» for å sjå han no.',
      unknownPoint: 'Kortet nemnde eit punkt som ikkje finst i malen, så ingenting vart lagra.',
      label: 'Eit punkt kan ikkje vere tomt eller lengre enn 200 teikn, så ingenting vart lagra.',
      noPoints: 'Malen må ha minst eitt punkt, så ingenting vart lagra.',
      unchanged: 'Du har ikkje endra noko.'
    }
  }
};

const en: typeof nb = {
  checklist: {
    helpEntries: [
      {
        word: 'checklist <collaboration>',
        text: 'The checklist from idea to operation: anchoring, study and decision in every municipality, with owner, due date and case number. Move the collaboration to its next phase.'
      },
      { word: 'checklist template', text: 'For administrators: change the checklist’s items; new checklists use the new version.' }
    ],
    needsName: 'Which collaboration? Type for example ‘checklist payroll’.',
    title: (collaboration: string) => `Checklist – ${collaboration}`,
    subtitle: (network: string, phase: string, done: number, total: number) => `${network} · phase: ${phase} · ${done} of ${total} items done`,
    phaseHeading: (phase: string, done: number, total: number) => `${phase} (${done} of ${total})`,
    currentPhase: 'current phase',
    missingAnchoring: 'Anchoring missing: anchoring items of this or an earlier phase are not done.',
    state: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done', notApplicable: 'Not applicable' },
    owner: (name: string) => `owner: ${name}`,
    due: (date: string) => `due ${date}`,
    overdue: (date: string) => `due ${date} – overdue`,
    reference: (reference: string) => `reference: ${reference}`,
    itemInput: 'Item to change',
    edit: 'Change the item',
    reasonInput: 'Reason for moving on with open items (goes to the audit log)',
    move: (phase: string) => `Move to phase: ${phase}`,
    lastPhase: 'The collaboration is in its last phase.',
    itemSubtitle: (collaboration: string, phase: string) => `${collaboration} · phase: ${phase}`,
    stateInput: 'State',
    ownerInput: 'Owner (among the people with a role in the network)',
    noOwner: 'No owner',
    dueInput: 'Due date',
    referenceInput: 'Reference: case number or link',
    save: 'Save the item',
    onlyState: 'As chief executive you can tick off your municipality’s items, but the owner, due date and reference are changed by the collaboration’s leader or an administrator.',
    notAllowed: (collaboration: string) => `Only the leaders of ${collaboration} and administrators can change the checklist. A chief executive can tick off the items of their own municipality.`,
    notOnRoster: 'The owner must be someone with a role in the network, so nothing was saved.',
    badDate: 'The due date must be a valid date between the years 2000 and 2100, so nothing was saved.',
    unchanged: 'You have not changed anything.',
    saved: (label: string, state: string) => `Saved: ‘${label}’ – ${state}.`,
    reasonNeeded: (count: number, phase: string) =>
      `${count === 1 ? 'One item' : `${count} items`} of the ${phase} phase ${count === 1 ? 'is' : 'are'} not done. Write a reason to move on anyway; it goes to the audit log.`,
    moved: (collaboration: string, phase: string) => `${collaboration} is now in the ${phase} phase.`,
    changedMeanwhile: 'Someone else moved the collaboration to another phase after the card was shown, so nothing was changed. Type ‘checklist’ and the name to see it now.',
    reminderTitle: 'Checklist items past their due date',
    reminderIntro: (count: number) => `You own ${count === 1 ? 'one item' : `${count} items`} past the due date:`,
    reminderLine: (collaboration: string, label: string, date: string) => `${collaboration}: ${label} (due ${date})`,
    reminderAdvice: 'Type ‘checklist’ and the collaboration’s name to update the item.',
    statusLine: (done: number, total: number, phase: string) => `Checklist: ${done} of ${total} items done · phase: ${phase}`,
    flag: 'Anchoring missing',
    templateTitle: (network: string) => `Checklist template – ${network}`,
    templateIntro: (version: number) =>
      `Version ${version}. A new version applies to checklists started from today; checklists under way keep their items.`,
    pointInput: (phase: string, n: number) => `${phase}, item ${n}`,
    retireInput: 'Remove the item?',
    retire: 'Remove the item from the template',
    newPoint: 'New item (optional)',
    newLabelInput: 'Text of the new item',
    newPhaseInput: 'Phase of the new item',
    perMunicipalityInput: 'One item per participating municipality?',
    anchoringInput: 'Is the item about anchoring?',
    saveTemplate: 'Save a new version',
    templateOnlyAdmins: 'Only administrators of a network can change the checklist template.',
    templateSaved: (version: number) => `Saved version ${version} of the checklist template. New checklists use it from today.`,
    templateProblem: {
      stale: 'Someone else changed the template after the card was shown, so nothing was saved. Type ‘checklist template’ to see it now.',
      unknownPoint: 'The card named an item the template does not have, so nothing was saved.',
      label: 'An item cannot be empty or longer than 200 characters, so nothing was saved.',
      noPoints: 'The template must keep at least one item, so nothing was saved.',
      unchanged: 'You have not changed anything.'
    }
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
