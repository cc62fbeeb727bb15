import type { Language } from '../../core/module';

const nb = {
  link: {
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
