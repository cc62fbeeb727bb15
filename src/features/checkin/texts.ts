import type { AnswerErrorCode } from '../../domain/answers';
import type { Language } from '../../core/module';

const nb = {
  checkIn: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'sjekk inn', text: 'Svar på statusmalen for et samarbeid du leder («sjekk inn lønn» går rett dit).' }
    ],
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
  }
};

const nn: typeof nb = {
  checkIn: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'sjekk inn', text: 'Svar på statusmalen for eit samarbeid du leier («sjekk inn lønn» går rett dit).' }
    ],
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
      `${name} har ingen kanal enno. Skriv «@Sampuls kople ${name.toLocaleLowerCase('nn-NO')}» i kanalen til prosjektgruppa, så kjem oppsummeringane dit.`,
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
  }
};

const en: typeof nb = {
  checkIn: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'check in', text: 'Answer the status template for a collaboration you lead (‘check in lønn’ goes straight there).' }
    ],
    leadsNone:
      'You’re not listed as the leader of any collaboration, so you have no check-in to answer. Type ‘status’ to see how the collaborations are doing.',
    choose: 'Which collaboration would you like to check in for?',
    notLeader: (name: string) => `Only the leaders of ${name} can check in for this collaboration.`,
    title: (name: string) => `Check in: ${name}`,
    subtitle: (period: string, network: string) => `Status for ${period} · ${network}`,
    intro: 'Questions marked with * must be answered. The scale goes from 1 (to a very small extent) to 5 (to a very large extent).',
    alreadyAnswered: (date: string) =>
      `You checked in for this period on ${date}. If you submit again, your answer will be updated.`,
    decisionToggle: 'Yes, we need a decision or clarification',
    choosePlaceholder: 'Choose …',
    textPlaceholder: 'Type here …',
    submit: 'Submit',
    errorRequired: 'Please answer this question.',
    errorRequiredWhen: 'Required because of the answer you gave above.',
    notSavedTitle: 'Your answer wasn’t saved. Please correct the following and submit again:',
    moreErrors: (count: number) => `… and ${count.toLocaleString('en-GB')} more`,
    errorCode: {
      required: 'no answer',
      invalid: 'invalid value',
      tooLong: 'text too long',
      unknown: 'unknown field'
    } satisfies Record<AnswerErrorCode, string>,
    stalePeriod: (period: string) =>
      `This form is for ${period}, which is no longer open for answers. Type ‘check in’ to get a new form.`,
    savedTitle: 'Thank you! Your check-in has been saved',
    updatedTitle: 'Your check-in has been updated',
    receiptSubtitle: (name: string, period: string) => `${name} · ${period}`,
    summarySent: (channel: string) => `The summary has been sent to the channel ‘${channel}’.`,
    noChannel: (name: string) =>
      `${name} doesn’t have a channel yet. Type ‘@Sampuls link ${name.toLocaleLowerCase('en-GB')}’ in the project group’s channel, and the summaries will be posted there.`,
    summaryFailed: 'Your answer has been saved, but the summary couldn’t be sent to the channel just now.',
    saveFailed:
      'Your answer wasn’t saved because the storage isn’t responding. Your answers are still in the card – press ‘Submit’ again in a moment.',
    statusPending: 'Your answer has been saved, but the status doesn’t show it yet. It will within a few minutes.',
    alreadyReceived: 'This answer had already been received, so the summary isn’t posted to the channel again.'
  },

  summary: {
    title: (name: string) => `New status: ${name}`,
    subtitle: (who: string, period: string) => `${who} has checked in for ${period}`,
    updatedSubtitle: (who: string, period: string) => `${who} has updated the check-in for ${period}`,
    decision: 'Needs a decision or clarification',
    risks: 'Risks and obstacles',
    celebrate: 'Results to celebrate',
    economy: 'About the finances',
    comment: 'Explanation',
    showStatus: 'Show status'
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
