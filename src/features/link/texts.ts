import type { Language } from '../../core/module';

const nb = {
  link: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'koble lønn', text: 'Skrives i prosjektgruppens kanal (nevn @Sampuls): oppsummeringer etter hver innsjekk for samarbeidet kommer dit.' }
    ],
    onlyInChannel:
      'Skriv «@Sampuls koble» og navnet på samarbeidet i kanalen til prosjektgruppen, for eksempel «@Sampuls koble lønn». Da sender jeg oppsummeringene dit.',
    needsName: 'Hvilket samarbeid skal kanalen kobles til? Skriv for eksempel «koble lønn».',
    linked: (name: string) => `Kanalen er koblet til ${name}. Oppsummeringen etter hver innsjekk kommer hit.`,
    unnamedChannel: 'prosjektgruppens kanal',
    generalChannel: 'Generelt',
    notAllowed: (name: string) => `Bare lederne for ${name} og administratorer i nettverket kan koble en kanal til samarbeidet.`
  }
};

const nn: typeof nb = {
  link: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'kople lønn', text: 'Skriv dette i kanalen til prosjektgruppa (nemn @Sampuls): oppsummeringar etter kvar innsjekk for samarbeidet kjem dit.' }
    ],
    onlyInChannel:
      'Skriv «@Sampuls kople» og namnet på samarbeidet i kanalen til prosjektgruppa, til dømes «@Sampuls kople lønn». Då sender eg oppsummeringane dit.',
    needsName: 'Kva samarbeid skal kanalen koplast til? Skriv til dømes «kople lønn».',
    linked: (name: string) => `Kanalen er kopla til ${name}. Oppsummeringa etter kvar innsjekk kjem hit.`,
    unnamedChannel: 'kanalen til prosjektgruppa',
    generalChannel: 'Generelt',
    notAllowed: (name: string) => `Berre leiarane for ${name} og administratorar i nettverket kan kople ein kanal til samarbeidet.`
  }
};

const en: typeof nb = {
  link: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'link lønn', text: 'Type it in the project group’s channel (mention @Sampuls): summaries after each check-in for that collaboration are posted there.' }
    ],
    onlyInChannel:
      'Type ‘@Sampuls link’ and the name of the collaboration in the project group’s channel, for example ‘@Sampuls link lønn’. Then I’ll send the summaries there.',
    needsName: 'Which collaboration should the channel be linked to? For example, type ‘link lønn’.',
    linked: (name: string) => `This channel is now linked to ${name}. The summary after each check-in will be posted here.`,
    unnamedChannel: 'the project group’s channel',
    generalChannel: 'General',
    notAllowed: (name: string) => `Only the leaders of ${name} and administrators in the network can link a channel to this collaboration.`
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
