import type { Role } from '../../domain/types';
import type { Language } from '../../core/module';
import { whole } from '../../core/i18n/format';

const nb = {
  privacy: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'mine data', text: 'Alt Sampuls har lagret om deg, til nedlasting. «slett mine data» fjerner navnet ditt fra svarene og sletter profilen.' }
    ],
    title: 'Dette har Sampuls lagret om deg',
    intro: 'Svarene dine hører til samarbeidets historikk. Du kan laste ned alt, eller slette opplysningene om deg.',
    name: 'Navn',
    objectId: 'Microsoft 365-ID',
    tenant: 'Organisasjon (tenant)',
    chat: 'Chat med Sampuls',
    team: 'Kjent fra et team',
    yes: 'Ja',
    no: 'Nei',
    nothing: 'Ingenting',
    roles: 'Roller',
    role: { admin: 'administrator', kommunedirektør: 'kommunedirektør', member: 'medlem', folkevalgt: 'folkevalgt' } satisfies Record<Role, string>,
    leads: 'Leder for',
    responsibilities: 'Ansvarlig for',
    archivedTitle: 'Arkiverte møterapporter som siterer deg',
    archivedLine: (file: string, network: string, date: string) => `${file} (${network}), arkivert ${date}`,
    archivedWhy: 'Rapporten til et møte er et saksdokument: den siterer det du skrev (uten navnet ditt) og oppbevares uendret etter arkivloven. Den slettes ikke med «slett mine data»; hvem som er sitert, står i loggen og anonymiseres der.',
    answersTitle: 'Svar',
    answers: (count: number, first: string, last: string) =>
      count === 1 ? `Én innsjekk, levert ${first}.` : `${count} innsjekker, levert fra ${first} til ${last}.`,
    messages: 'Meldinger fra årshjulet',
    messageCount: (count: number) =>
      count === 1
        ? 'Én melding (invitasjon, påminnelse eller varsel) er registrert.'
        : `${whole('nb-NO', count)} meldinger (invitasjoner, påminnelser og varsler) er registrert.`,
    retention: 'Nettverket bestemmer hvor lenge svarene lagres. Loggen over endringer i oppsettet beholdes.',
    download: 'Last ned alt (JSON)',
    eraseButton: 'Slett mine data',
    eraseCommand: 'slett mine data',
    eraseTitle: 'Slette opplysningene om deg?',
    eraseWarning:
      'Navnet ditt fjernes fra alle svar du har gitt; svarene blir stående som samarbeidets historikk uten navn. Profilen din med roller, chatter og innstillinger slettes, og du får ingen flere påminnelser. Dette kan ikke angres. Administratorene ser i loggen at en person har slettet dataene sine, men ikke hvem. Møterapporter som er arkivert, blir stående uendret (arkivloven).',
    eraseConfirm: 'Ja, slett mine data',
    erased: (answers: number) =>
      `Opplysningene om deg er slettet. ${answers === 1 ? 'Ett svar' : `${answers} svar`} står igjen i samarbeidenes historikk uten navn. Skriv til meg igjen når som helst.`
  }
};

const nn: typeof nb = {
  privacy: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'mine data', text: 'Alt Sampuls har lagra om deg, til nedlasting. «slett mine data» fjernar namnet ditt frå svara og slettar profilen.' }
    ],
    title: 'Dette har Sampuls lagra om deg',
    intro: 'Svara dine høyrer til historikken til samarbeidet. Du kan laste ned alt, eller slette opplysningane om deg.',
    name: 'Namn',
    objectId: 'Microsoft 365-ID',
    tenant: 'Organisasjon (tenant)',
    chat: 'Chat med Sampuls',
    team: 'Kjend frå eit team',
    yes: 'Ja',
    no: 'Nei',
    nothing: 'Ingenting',
    roles: 'Roller',
    role: { admin: 'administrator', kommunedirektør: 'kommunedirektør', member: 'medlem', folkevalgt: 'folkevald' } satisfies Record<Role, string>,
    leads: 'Leiar for',
    responsibilities: 'Ansvarleg for',
    archivedTitle: 'Arkiverte møterapportar som siterer deg',
    archivedLine: (file: string, network: string, date: string) => `${file} (${network}), lagd i arkivet ${date}`,
    archivedWhy: 'Rapporten til eit møte er eit saksdokument: han siterer det du skreiv (utan namnet ditt) og blir oppbevart uendra etter arkivlova. Han blir ikkje sletta med «slett opplysningane mine»; kven som er sitert, står i loggen og blir anonymisert der.',
    answersTitle: 'Svar',
    answers: (count: number, first: string, last: string) =>
      count === 1 ? `Éin innsjekk, levert ${first}.` : `${count} innsjekkar, leverte frå ${first} til ${last}.`,
    messages: 'Meldingar frå årshjulet',
    messageCount: (count: number) =>
      count === 1
        ? 'Éi melding (invitasjon, påminning eller varsel) er registrert.'
        : `${whole('nn-NO', count)} meldingar (invitasjonar, påminningar og varsel) er registrerte.`,
    retention: 'Nettverket bestemmer kor lenge svara blir lagra. Loggen over endringar i oppsettet blir ståande.',
    download: 'Last ned alt (JSON)',
    eraseButton: 'Slett opplysningane mine',
    eraseCommand: 'slett mine data',
    eraseTitle: 'Slette opplysningane om deg?',
    eraseWarning:
      'Namnet ditt blir fjerna frå alle svar du har gitt; svara blir ståande utan namn i historikken til samarbeidet. Profilen din med roller, chattar og innstillingar blir sletta, og du får ingen fleire påminningar. Dette kan ikkje angrast. Administratorane ser i loggen at ein person har sletta opplysningane sine, men ikkje kven. Møterapportar som er arkiverte, blir ståande uendra (arkivlova).',
    eraseConfirm: 'Ja, slett opplysningane mine',
    erased: (answers: number) =>
      `Opplysningane om deg er sletta. ${answers === 1 ? 'Eitt svar' : `${answers} svar`} står att utan namn i historikken til samarbeida. Skriv til meg igjen når som helst.`
  }
};

const en: typeof nb = {
  privacy: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'my data', text: 'Everything Sampuls has stored about you, to download. ‘delete my data’ removes your name from your answers and deletes your profile.' }
    ],
    title: 'What Sampuls has stored about you',
    intro: 'Your answers are part of the collaboration’s history. You can download everything, or delete the information about you.',
    name: 'Name',
    objectId: 'Microsoft 365 ID',
    tenant: 'Organisation (tenant)',
    chat: 'Chat with Sampuls',
    team: 'Known from a team',
    yes: 'Yes',
    no: 'No',
    nothing: 'Nothing',
    roles: 'Roles',
    role: { admin: 'administrator', kommunedirektør: 'chief executive (kommunedirektør)', member: 'member', folkevalgt: 'elected official (folkevalgt)' } satisfies Record<Role, string>,
    leads: 'Leader of',
    responsibilities: 'Responsible for',
    archivedTitle: 'Filed meeting reports that quote you',
    archivedLine: (file: string, network: string, date: string) => `${file} (${network}), filed ${date}`,
    archivedWhy: 'A meeting’s report is a case document: it quotes what you wrote (without your name) and is kept unchanged under the Archives Act (arkivloven). Deleting your data does not delete it; who is quoted is recorded in the log and pseudonymised there.',
    answersTitle: 'Answers',
    answers: (count: number, first: string, last: string) =>
      count === 1 ? `One check-in, submitted on ${first}.` : `${count} check-ins, submitted between ${first} and ${last}.`,
    messages: 'Messages from the annual cycle',
    messageCount: (count: number) =>
      count === 1
        ? 'One message (an invitation, reminder or notice) is on record.'
        : `${whole('en-GB', count)} invitations, reminders and notices are on record.`,
    retention: 'The network decides how long answers are kept. The log of configuration changes is kept.',
    download: 'Download everything (JSON)',
    eraseButton: 'Delete my data',
    eraseCommand: 'delete my data',
    eraseTitle: 'Delete the information about you?',
    eraseWarning:
      'Your name will be removed from every answer you have given; the answers stay in the collaboration’s history without a name. Your profile, with roles, chats and settings, will be deleted, and you will get no more reminders. This cannot be undone. Administrators will see in the log that a person has deleted their data, but not who. Meeting reports already filed stay unchanged (Archives Act).',
    eraseConfirm: 'Yes, delete my data',
    erased: (answers: number) =>
      `The information about you has been deleted. ${answers === 1 ? 'One answer remains' : `${answers} answers remain`} in the collaborations’ history without a name. Feel free to write to me again at any time.`
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
