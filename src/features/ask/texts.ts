import type { Language } from '../../core/module';

const nb = {
  ask: {
    helpEntries: [{ word: 'spør sampuls', text: 'Om spørsmål med egne ord kan gå til en språkmodell, hva som sendes og hvor. Administratorer slår det på og av.' }],
    title: (network: string) => `Spør Sampuls – ${network}`,
    on: 'På: spørsmål ingen kommando forstår, går til språkmodellen',
    off: 'Av: spørsmål ingen kommando forstår, får forslag til kommandoer',
    notConfigured: 'Denne installasjonen har ingen språkmodell satt opp, så funksjonen kan ikke slås på.',
    whatIsSent:
      'Når det er på, sendes spørsmålet og det spørsmålsstilleren selv kan se (status, farger, snitt og ledernes kommentarer, uten navn på personer) til Azure OpenAI i installasjonens Azure-konto, i EU (Norge øst der modellen tilbys). Microsoft lagrer ikke dataene og bruker dem ikke til å trene modeller. Modellen kan bare lese det personen selv kan spørre om, og kan ikke endre noe. Svaret merkes som KI-generert.',
    where: (region: string) => `Språkmodell: ${region}`,
    turnOn: 'Slå på',
    turnOff: 'Slå av',
    onlyAdmins: (network: string) => `Bare administratorer i ${network} kan slå «Spør Sampuls» på eller av.`,
    turnedOn: (network: string) => `«Spør Sampuls» er slått på for ${network}.`,
    turnedOff: (network: string) => `«Spør Sampuls» er slått av for ${network}.`,
    /** The model is told to answer in this language. */
    languageName: 'norsk bokmål',
    unavailable: {
      timeout: 'Språkmodellen svarte ikke i tide, så her er det vanlige svaret i stedet.',
      rateLimited: 'Språkmodellen er opptatt akkurat nå, så her er det vanlige svaret i stedet. Prøv igjen om litt.',
      contentFilter: 'Språkmodellen avviste spørsmålet, så her er det vanlige svaret i stedet.',
      unreachable: 'Fikk ikke kontakt med språkmodellen, så her er det vanlige svaret i stedet.',
      failed: 'Språkmodellen ga ikke noe svar, så her er det vanlige svaret i stedet.'
    },
    citation: (network: string, colour: string) => `${network} · ${colour}`
  }
};

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}

const nn: Texts = {
  ask: {
    helpEntries: [{ word: 'spør sampuls', text: 'Om spørsmål med eigne ord kan gå til ein språkmodell, kva som blir sendt og kvar. Administratorar slår det på og av.' }],
    title: (network) => `Spør Sampuls – ${network}`,
    on: 'På: spørsmål som ingen kommando forstår, går til språkmodellen',
    off: 'Av: spørsmål som ingen kommando forstår, får forslag til kommandoar',
    notConfigured: 'Denne installasjonen har ingen språkmodell sett opp, så funksjonen kan ikkje slåast på.',
    whatIsSent:
      'Når det er på, blir spørsmålet og det den som spør sjølv kan sjå (status, fargar, snitt og kommentarane til leiarane, utan namn på personar) sendt til Azure OpenAI i Azure-kontoen til installasjonen, i EU (Noreg aust der modellen finst). Microsoft lagrar ikkje dataa og brukar dei ikkje til å trene modellar. Modellen kan berre lese det personen sjølv kan spørje om, og kan ikkje endre noko. Svaret blir merkt som KI-generert.',
    where: (region) => `Språkmodellen ligg hos: ${region}`,
    turnOn: 'Slå på',
    turnOff: 'Slå av',
    onlyAdmins: (network) => `Berre administratorar i ${network} kan slå «Spør Sampuls» på eller av.`,
    turnedOn: (network) => `«Spør Sampuls» er no slått på for ${network}.`,
    turnedOff: (network) => `«Spør Sampuls» er no slått av for ${network}.`,
    languageName: 'norsk nynorsk',
    unavailable: {
      timeout: 'Språkmodellen svarte ikkje i tide, så her er det vanlege svaret i staden.',
      rateLimited: 'Språkmodellen er oppteken akkurat no, så her er det vanlege svaret i staden. Prøv igjen om litt.',
      contentFilter: 'Språkmodellen avviste spørsmålet, så her er det vanlege svaret i staden.',
      unreachable: 'Fekk ikkje kontakt med språkmodellen, så her er det vanlege svaret i staden.',
      failed: 'Språkmodellen gav ikkje noko svar, så her er det vanlege svaret i staden.'
    },
    citation: (network, colour) => `${network} · ${colour}`
  }
};

const en: Texts = {
  ask: {
    helpEntries: [{ word: 'ask sampuls', text: 'Whether questions in your own words may go to a language model, what is sent and where. Admins turn it on and off.' }],
    title: (network) => `Ask Sampuls – ${network}`,
    on: 'On: questions no command understands go to the language model',
    off: 'Off: questions no command understands get suggested commands',
    notConfigured: 'This installation has no language model set up, so the feature cannot be turned on.',
    whatIsSent:
      'When on, the question and what the person asking may see themselves (status, colours, averages and the leaders’ comments, without names of people) are sent to Azure OpenAI in the installation’s Azure account, in the EU (Norway East where the model is offered). Microsoft does not store the data or use it to train models. The model can only read what the person could ask for, and cannot change anything. The answer is labelled as AI-generated.',
    where: (region) => `Language model: ${region}`,
    turnOn: 'Turn on',
    turnOff: 'Turn off',
    onlyAdmins: (network) => `Only admins of ${network} can turn «Ask Sampuls» on or off.`,
    turnedOn: (network) => `«Ask Sampuls» is on for ${network}.`,
    turnedOff: (network) => `«Ask Sampuls» is off for ${network}.`,
    languageName: 'English',
    unavailable: {
      timeout: 'The language model did not answer in time, so here is the usual answer instead.',
      rateLimited: 'The language model is busy right now, so here is the usual answer instead. Try again in a little while.',
      contentFilter: 'The language model refused the question, so here is the usual answer instead.',
      unreachable: 'Could not reach the language model, so here is the usual answer instead.',
      failed: 'The language model gave no answer, so here is the usual answer instead.'
    },
    citation: (network, colour) => `${network} · ${colour}`
  }
};

export const texts: Record<Language, Texts> = { nb, nn, en };
