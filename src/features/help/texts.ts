import type { Language } from '../../core/module';

const nb = {
  help: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'hjelp', text: 'Viser denne oversikten.' }
    ],
    welcomeTitle: 'Velkommen til Sampuls',
    sharedIntro:
      'Sampuls gir samarbeidene en fast rytme for statusrapportering. Koble denne kanalen til samarbeidet prosjektgruppen følger, så kommer en oppsummering hit hver gang lederen sjekker inn. Skriv for eksempel «@Sampuls koble lønn».',
    welcomeIntro:
      'Sampuls gjør jevnlig statusrapportering i interkommunale samarbeid til en enkel rutine. Lederne sjekker inn her i chatten, prosjektgruppene får en oppsummering i sin kanal, og kommunedirektørene kan når som helst spørre om status.',
    helpTitle: 'Dette kan jeg hjelpe med',
    englishNote: 'Engelske kommandoer virker også: check in, status, link, help.',
    buttonCheckIn: 'Sjekk inn',
    buttonStatus: 'Status',
    buttonHelp: 'Hjelp',
    commandCheckIn: 'sjekk inn',
    commandStatus: 'status',
    commandHelp: 'hjelp',
    greeting: 'Hei! Spør meg for eksempel «status», «hva er rødt?» eller «hvordan går det med lønn?». «hjelp» viser alt jeg kan.',
    thanks: 'Bare hyggelig!',
    suggestions: 'Mente du en av disse? «hjelp» viser alt jeg kan.'
  }
};

const nn: typeof nb = {
  help: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'hjelp', text: 'Viser denne hjelpeteksten.' }
    ],
    welcomeTitle: 'Velkomen til Sampuls',
    sharedIntro:
      'Sampuls gir samarbeida ein fast rytme for statusrapportering. Kople denne kanalen til samarbeidet som prosjektgruppa følgjer, så kjem det ei oppsummering hit kvar gong leiaren sjekkar inn. Skriv til dømes «@Sampuls kople lønn».',
    welcomeIntro:
      'Sampuls gjer jamleg statusrapportering i interkommunale samarbeid til ein enkel rutine. Leiarane sjekkar inn her i chatten, prosjektgruppene får ei oppsummering i kanalen sin, og kommunedirektørane kan når som helst spørje om status.',
    helpTitle: 'Dette kan eg hjelpe med',
    englishNote: 'Engelske kommandoar fungerer òg: check in, status, link, help.',
    buttonCheckIn: 'Sjekk inn',
    buttonStatus: 'Status',
    buttonHelp: 'Hjelp',
    commandCheckIn: 'sjekk inn',
    commandStatus: 'status',
    commandHelp: 'hjelp',
    greeting: 'Hei! Spør meg til dømes «status», «kva er raudt?» eller «korleis går det med lønn?». «hjelp» viser alt eg kan.',
    thanks: 'Berre hyggeleg!',
    suggestions: 'Meinte du ein av desse? «hjelp» viser alt eg kan.'
  }
};

const en: typeof nb = {
  help: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'help', text: 'Shows this overview.' }
    ],
    welcomeTitle: 'Welcome to Sampuls',
    sharedIntro:
      'Sampuls gives collaborations a steady rhythm for status reporting. Link this channel to the collaboration the project group follows, and a summary will be posted here every time the leader checks in. For example, type ‘@Sampuls link lønn’.',
    welcomeIntro:
      'Sampuls turns regular status reporting in inter-municipal collaborations into a simple routine. Leaders check in here in the chat, project groups get a summary in their channel, and the chief executives (kommunedirektører) can ask for the status at any time.',
    helpTitle: 'Here’s what I can help with',
    englishNote: 'Norwegian commands work too: sjekk inn, status, koble, hjelp.',
    buttonCheckIn: 'Check in',
    buttonStatus: 'Status',
    buttonHelp: 'Help',
    commandCheckIn: 'check in',
    commandStatus: 'status',
    commandHelp: 'help',
    greeting: 'Hi! Ask me, for example, ‘status’, ‘what is red?’ or ‘how is Lønn doing?’. ‘help’ shows everything I can do.',
    thanks: 'You’re welcome!',
    suggestions: 'Did you mean one of these? ‘help’ shows everything I can do.'
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
