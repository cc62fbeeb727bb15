import type { Language } from '../../core/module';

const nb = {
  about: {
    helpEntries: [{ word: 'om', text: 'Versjonen, hvor dataene lagres, og hvem du spør om personvern.' }],
    title: 'Om Sampuls',
    intro: 'Sampuls – samarbeidspuls gir interkommunale samarbeid en fast rytme for statusrapportering i Teams.',
    version: 'Versjon',
    data: 'Dataene lagres',
    cosmos: (host: string, database: string) => `I Azure Cosmos DB (${host}), databasen «${database}»`,
    embedded: (directory: string) => `Lokalt på denne maskinen, i ${directory}`,
    privacy: 'Personvern',
    privacyContact: (contact: string) => `Spør ${contact}.`,
    privacyNoContact: 'Spør sekretariatet i nettverket ditt.',
    yourData: 'Skriv «mine data» for å se alt som er lagret om deg, og «slett mine data» for å slette det.'
  }
};

const nn: typeof nb = {
  about: {
    helpEntries: [{ word: 'om', text: 'Versjonen, kvar dataa blir lagra, og kven du spør om personvern.' }],
    title: 'Om Sampuls',
    intro: 'Sampuls – samarbeidspuls gir interkommunale samarbeid ein fast rytme for statusrapportering i Teams.',
    version: 'Versjon',
    data: 'Dataa blir lagra',
    cosmos: (host: string, database: string) => `I Azure Cosmos DB (${host}), databasen «${database}»`,
    embedded: (directory: string) => `Lokalt på denne maskina, i ${directory}`,
    privacy: 'Personvern',
    privacyContact: (contact: string) => `Spør ${contact}.`,
    privacyNoContact: 'Spør sekretariatet i nettverket ditt.',
    yourData: 'Skriv «mine data» for å sjå alt som er lagra om deg, og «slett mine data» for å slette det.'
  }
};

const en: typeof nb = {
  about: {
    helpEntries: [{ word: 'about', text: 'The version, where the data is kept, and whom to ask about privacy.' }],
    title: 'About Sampuls',
    intro: 'Sampuls gives inter-municipal collaborations a steady rhythm of status reporting in Teams.',
    version: 'Version',
    data: 'Data is kept',
    cosmos: (host: string, database: string) => `In Azure Cosmos DB (${host}), database ‘${database}’`,
    embedded: (directory: string) => `Locally on this machine, in ${directory}`,
    privacy: 'Privacy',
    privacyContact: (contact: string) => `Ask ${contact}.`,
    privacyNoContact: 'Ask the secretariat of your network.',
    yourData: 'Type ‘my data’ to see everything stored about you, and ‘delete my data’ to erase it.'
  }
};

/** The `om` texts in bokmål, nynorsk and English; they join the catalogue through Catalogue. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
