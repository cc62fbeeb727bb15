import type { QuestionKind } from '../../domain/template';
import type { RevisionProblemCode } from '../../domain/templateRevision';
import type { Language } from '../../core/module';

const nb = {
  templates: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'mal', text: 'For administratorer: spørsmålene i statusmalen. Omformuler, ta ut eller legg til spørsmål; endringene gjelder fra neste periode.' },
      { word: 'mal undersøkelse', text: 'For administratorer: spørsmålene i tillitsbarometeret og den årlige evalueringen, som nye versjoner fra neste runde.' }
    ],
    onlyAdmins: 'Bare administratorer i et nettverk kan endre malene for innsjekk. Be sekretariatet om rollen hvis du skal endre spørsmålene.',
    onlyAdminsOf: (network: string) => `Bare administratorer i ${network} kan endre malene.`,
    noTemplates: (network: string) => `Ingen samarbeid i ${network} bruker en mal ennå.`,
    title: (template: string, network: string) => `${template} – ${network}`,
    inUse: (version: number, collaborations: number) => `Versjon ${version} gjelder nå og brukes av ${collaborations} samarbeid.`,
    inSurvey: (version: number) => `Versjon ${version} gjelder nå og brukes når neste runde starter.`,
    surveyIntro:
      'Endringer lagres som en ny versjon som gjelder fra neste runde. En runde som alt er i gang, beholder spørsmålene sine. Et omformulert spørsmål sammenlignes fortsatt med året før; bruk bare skala- og tekstspørsmål.',
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
  }
};

const nn: typeof nb = {
  templates: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'mal', text: 'For administratorar: spørsmåla i statusmalen. Omformuler, ta ut eller legg til spørsmål; endringane gjeld frå neste periode.' },
      { word: 'mal undersøking', text: 'For administratorar: spørsmåla i tillitsbarometeret og den årlege evalueringa, som nye versjonar frå neste runde.' }
    ],
    onlyAdmins: 'Berre administratorar i eit nettverk kan endre malane for innsjekk. Be sekretariatet om rolla viss du skal endre spørsmåla.',
    onlyAdminsOf: (network: string) => `Berre administratorar i ${network} kan endre malane.`,
    noTemplates: (network: string) => `Ingen samarbeid i ${network} brukar ein mal enno.`,
    title: (template: string, network: string) => `${template} – ${network}`,
    inUse: (version: number, collaborations: number) => `Versjon ${version} gjeld no og blir brukt av ${collaborations} samarbeid.`,
    inSurvey: (version: number) => `Versjon ${version} gjeld no og blir brukt når neste runde startar.`,
    surveyIntro:
      'Endringar blir lagra som ein ny versjon som gjeld frå neste runde. Ein runde som alt er i gang, held på spørsmåla sine. Eit omformulert spørsmål blir framleis samanlikna med året før; bruk berre skala- og tekstspørsmål.',
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
  }
};

const en: typeof nb = {
  templates: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'template', text: 'For administrators: the questions of the status template. Reword, retire or add questions; changes apply from the next period.' },
      { word: 'template survey', text: 'For administrators: the questions of the trust barometer and the yearly evaluation, as new versions from the next round.' }
    ],
    onlyAdmins: 'Only administrators in a network can change the check-in templates. Ask the secretariat for the role if you are to change the questions.',
    onlyAdminsOf: (network: string) => `Only administrators in ${network} can change the templates.`,
    noTemplates: (network: string) => `No collaboration in ${network} uses a template yet.`,
    title: (template: string, network: string) => `${template} – ${network}`,
    inUse: (version: number, collaborations: number) =>
      `Version ${version} applies now and is used by ${collaborations === 1 ? 'one collaboration' : `${collaborations} collaborations`}.`,
    inSurvey: (version: number) => `Version ${version} applies now and is used when the next round starts.`,
    surveyIntro:
      'Changes are saved as a new version that applies from the next round. A round already running keeps its questions. A reworded question is still compared with the year before; use scale and text questions only.',
    pending: (version: number, date: string) => `Version ${version} is saved and applies from ${date}. The form below builds on it.`,
    intro:
      'Changes are saved as a new version that applies from the next period. Periods already under way keep their questions. A reworded question is still compared with earlier answers, and a retired question stays in the history and the export.',
    question: (number: number, kind: string) => `Question ${number} · ${kind}`,
    kind: {
      colour: 'Green, yellow or red',
      scale: 'Scale from 1 to 5',
      economy: 'Finances',
      text: 'Free text',
      yesno: 'Yes or no'
    },
    shortInput: (number: number) => `Short name for question ${number} (used in tables and overviews)`,
    retireLabel: (number: number) => `Question ${number} in the next version`,
    retire: 'Retire the question',
    essential: 'Cannot be retired: the status depends on this question.',
    addTitle: 'Add a question (optional)',
    kindInput: 'Kind of answer',
    newLabelInput: 'The new question',
    newShortInput: 'Short name for the new question (used in tables and overviews)',
    requiredLabel: 'Required answer',
    requiredToggle: 'Yes, the new question must be answered',
    save: 'Save new version',
    saved: (version: number, template: string, date: string) =>
      `New version ${version} of ${template} is saved. It applies from ${date}: periods starting then or later get the new questions, while periods already under way keep theirs.`,
    notSaved: 'Nothing was saved:',
    problem: {
      labelRequired: 'has no question text',
      labelTooLong: 'has a question text longer than 300 characters',
      shortRequired: 'has no short name',
      shortTooLong: 'has a short name longer than 40 characters',
      shortTaken: 'has the same short name as another question',
      essential: 'cannot be retired, because the status depends on it'
    },
    about: (question: string, problem: string) => `‘${question}’ ${problem}.`,
    aboutNew: (problem: string) => `The new question ${problem}.`,
    unchanged: 'You have not changed anything, so no new version was saved.',
    noQuestions: 'The template must have at least one question, so nothing was saved.',
    changedMeanwhile: 'Someone else changed the template after the form was opened, so nothing was saved. Type ‘template’ to see the new version.',
    staleForm: (period: string) =>
      `The questions for ${period} are not the ones in this form, so the answer was not saved. Type ‘check in’ to get a new form.`
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
