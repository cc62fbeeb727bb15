import type { AuditAction } from '../../domain/audit';
import type { Language } from '../../core/module';
import { dateTime } from '../../core/i18n/format';

const nb = {
  audit: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'logg', text: 'For administratorer: de siste endringene i oppsett, roller og maler – hvem, når og hva.' }
    ],
    title: (network: string) => `Logg – ${network}`,
    empty: 'Ingen endringer er logget ennå.',
    onlyAdmins: 'Loggen viser endringer i oppsett, roller og maler. Bare administratorer i et nettverk kan se den.',
    commandLine: 'Kommandolinjen',
    erasedPerson: (tag: string) => `Slettet person ${tag}`,
    when: (iso: string) => dateTime('nb-NO', iso),
    action: {
      'cycle.changed': (subject: string) => `Endret årshjulet for ${subject}`,
      'ask.changed': (subject: string) => `Endret «Spør Sampuls» for ${subject}`,
      'digestChannel.set': (subject: string) => `Valgte kanal for sammendraget for ${subject}`,
      'channel.linked': (subject: string) => `Koblet en kanal til ${subject}`,
      'network.imported': (subject: string) => `Importerte nettverksdefinisjonen for ${subject}`,
      'person.erased': (subject: string) => `En person i ${subject} slettet opplysningene om seg selv`,
      'network.created': (subject: string) => `Opprettet nettverket ${subject}`,
      'network.changed': (subject: string) => `Endret innstillingene for ${subject}`,
      'municipality.added': (subject: string) => `La til kommunen ${subject}`,
      'municipality.changed': (subject: string) => `Endret kommunen ${subject}`,
      'municipality.removed': (subject: string) => `Fjernet kommunen ${subject}`,
      'collaboration.added': (subject: string) => `Opprettet samarbeidet ${subject}`,
      'collaboration.changed': (subject: string) => `Endret samarbeidet ${subject}`,
      'role.granted': (subject: string) => `Ga ${subject} en rolle`,
      'role.revoked': (subject: string) => `Fjernet en rolle fra ${subject}`,
      'template.changed': (subject: string) => `Endret malen ${subject}`,
      'checklist.changed': (subject: string) => `Endret sjekklisten for ${subject}`,
      'phase.changed': (subject: string) => `Flyttet ${subject} til neste fase`,
      'benefits.changed': (subject: string) => `Endret gevinstplanen for ${subject}`,
      'round.created': (subject: string) => `Startet prioriteringsrunden ${subject}`,
      'round.scored': (subject: string) => `Ga poeng i prioriteringsrunden ${subject}`,
      'tenant.invited': (subject: string) => `Inviterte en organisasjon til ${subject}`,
      'tenant.joined': (subject: string) => `En invitert organisasjon ble med i ${subject}`,
      'survey.started': (subject: string) => `Tillitsbarometer startet i ${subject}`,
      'survey.closed': (subject: string) => `Tillitsbarometer avsluttet før tiden i ${subject}`,
      'survey.extended': (subject: string) => `Tillitsbarometer forlenget i ${subject}`,
      'report.filed': (subject: string) => `Arkiverte rapport til møte i ${subject}`,
      'evaluation.started': (subject: string) => `Årlig evaluering startet i ${subject}`
    } satisfies Record<AuditAction, (subject: string) => string>,
    change: (field: string, before: string, after: string) => `${field ? `${field}: ` : ''}${before} → ${after}`,
    field: {
      opensBefore: 'Åpner',
      file: 'Arkivert fil',
      cutoff: 'Data per',
      sha256: 'SHA-256',
      reminders: 'Påminnelser',
      closesAfter: 'Frist',
      digest: 'Sammendrag',
      sendHour: 'Klokkeslett',
      channel: 'Kanal',
      collaborations: 'Samarbeid',
      municipalities: 'Kommuner',
      people: 'Roller',
      name: 'Navn',
      tenantIds: 'Tenanter',
      language: 'Språk',
      retention: 'Oppbevaring',
      number: 'Kommunenummer',
      population: 'Innbyggere',
      sector: 'Sektor',
      legalForm: 'Organisering',
      hostMunicipalityId: 'Vertskommune',
      participantIds: 'Deltakere',
      cadence: 'Rapportering',
      costKey: 'Kostnadsnøkkel',
      goals: 'Mål',
      phase: 'Fase',
      aliases: 'Andre navn',
      roles: 'Roller',
      municipalityId: 'Kommune',
      leaders: 'Ledere',
      questions: 'Spørsmål',
      validFrom: 'Gjelder fra',
      reason: 'Begrunnelse',
      invited: 'Inviterte tenanter'
    } as Record<string, string>
  }
};

const nn: typeof nb = {
  audit: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'logg', text: 'For administratorar: dei siste endringane i oppsett, roller og malar – kven, når og kva.' }
    ],
    title: (network: string) => `Logg – ${network}`,
    empty: 'Ingen endringar er logga enno.',
    onlyAdmins: 'Loggen viser endringar i oppsett, roller og malar. Berre administratorar i eit nettverk kan sjå han.',
    commandLine: 'Kommandolinja',
    erasedPerson: (tag: string) => `Sletta person ${tag}`,
    when: (iso: string) => dateTime('nn-NO', iso),
    action: {
      'cycle.changed': (subject: string) => `Endra årshjulet for ${subject}`,
      'ask.changed': (subject: string) => `Endra «Spør Sampuls» for ${subject}`,
      'digestChannel.set': (subject: string) => `Valde kanal for samandraget for ${subject}`,
      'channel.linked': (subject: string) => `Kopla ein kanal til ${subject}`,
      'network.imported': (subject: string) => `Importerte nettverksdefinisjonen for ${subject}`,
      'person.erased': (subject: string) => `Ein person i ${subject} sletta opplysningane om seg sjølv`,
      'network.created': (subject: string) => `Oppretta nettverket ${subject}`,
      'network.changed': (subject: string) => `Endra innstillingane for ${subject}`,
      'municipality.added': (subject: string) => `La til kommunen ${subject}`,
      'municipality.changed': (subject: string) => `Endra kommunen ${subject}`,
      'municipality.removed': (subject: string) => `Fjerna kommunen ${subject}`,
      'collaboration.added': (subject: string) => `Oppretta samarbeidet ${subject}`,
      'collaboration.changed': (subject: string) => `Endra samarbeidet ${subject}`,
      'role.granted': (subject: string) => `Gav ${subject} ei rolle`,
      'role.revoked': (subject: string) => `Fjerna ei rolle frå ${subject}`,
      'template.changed': (subject: string) => `Endra malen ${subject}`,
      'checklist.changed': (subject: string) => `Endra sjekklista for ${subject}`,
      'phase.changed': (subject: string) => `Flytta ${subject} til neste fase`,
      'benefits.changed': (subject: string) => `Endra gevinstplanen for ${subject}`,
      'round.created': (subject: string) => `Starta prioriteringsrunden ${subject}`,
      'round.scored': (subject: string) => `Gav poeng i prioriteringsrunden ${subject}`,
      'tenant.invited': (subject: string) => `Inviterte ein organisasjon til ${subject}`,
      'tenant.joined': (subject: string) => `Ein invitert organisasjon vart med i ${subject}`,
      'survey.started': (subject: string) => `Tillitsbarometer starta i ${subject}`,
      'survey.closed': (subject: string) => `Tillitsbarometer avslutta før tida i ${subject}`,
      'survey.extended': (subject: string) => `Tillitsbarometer forlengt i ${subject}`,
      'report.filed': (subject: string) => `Arkiverte ein rapport til møte i ${subject}`,
      'evaluation.started': (subject: string) => `Årleg evaluering starta i ${subject}`
    } satisfies Record<AuditAction, (subject: string) => string>,
    change: (field: string, before: string, after: string) => `${field ? `${field}: ` : ''}${before} → ${after}`,
    field: {
      opensBefore: 'Opnar',
      file: 'Arkivert fil',
      cutoff: 'Data per',
      sha256: 'SHA-256',
      reminders: 'Påminningar',
      closesAfter: 'Frist',
      digest: 'Samandrag',
      sendHour: 'Klokkeslett',
      channel: 'Kanal',
      collaborations: 'Samarbeid',
      municipalities: 'Kommunar',
      people: 'Roller',
      name: 'Namn',
      tenantIds: 'Tenantar',
      language: 'Språk',
      retention: 'Oppbevaring',
      number: 'Kommunenummer',
      population: 'Innbyggjarar',
      sector: 'Sektor',
      legalForm: 'Organisering',
      hostMunicipalityId: 'Vertskommune',
      participantIds: 'Deltakarar',
      cadence: 'Rapportering',
      costKey: 'Kostnadsnøkkel',
      goals: 'Mål',
      phase: 'Fase',
      aliases: 'Andre namn',
      roles: 'Roller',
      municipalityId: 'Kommune',
      leaders: 'Leiarar',
      questions: 'Spørsmål',
      validFrom: 'Gjeld frå',
      reason: 'Grunngiving',
      invited: 'Inviterte tenantar'
    } as Record<string, string>
  }
};

const en: typeof nb = {
  audit: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'log', text: 'For administrators: the latest changes to settings, roles and templates – who, when and what.' }
    ],
    title: (network: string) => `Log – ${network}`,
    empty: 'No changes have been logged yet.',
    onlyAdmins: 'The log shows changes to settings, roles and templates. Only administrators in a network can see it.',
    commandLine: 'Command line',
    erasedPerson: (tag: string) => `Erased person ${tag}`,
    when: (iso: string) => dateTime('en-GB', iso),
    action: {
      'cycle.changed': (subject: string) => `Changed the annual cycle for ${subject}`,
      'ask.changed': (subject: string) => `Changed «Ask Sampuls» for ${subject}`,
      'digestChannel.set': (subject: string) => `Chose the digest channel for ${subject}`,
      'channel.linked': (subject: string) => `Linked a channel to ${subject}`,
      'network.imported': (subject: string) => `Imported the network definition for ${subject}`,
      'person.erased': (subject: string) => `A person in ${subject} deleted the information about themselves`,
      'network.created': (subject: string) => `Created the network ${subject}`,
      'network.changed': (subject: string) => `Changed the settings of ${subject}`,
      'municipality.added': (subject: string) => `Added the municipality ${subject}`,
      'municipality.changed': (subject: string) => `Changed the municipality ${subject}`,
      'municipality.removed': (subject: string) => `Removed the municipality ${subject}`,
      'collaboration.added': (subject: string) => `Created the collaboration ${subject}`,
      'collaboration.changed': (subject: string) => `Changed the collaboration ${subject}`,
      'role.granted': (subject: string) => `Gave ${subject} a role`,
      'role.revoked': (subject: string) => `Removed a role from ${subject}`,
      'template.changed': (subject: string) => `Changed the template ${subject}`,
      'checklist.changed': (subject: string) => `Changed the checklist of ${subject}`,
      'phase.changed': (subject: string) => `Moved ${subject} to the next phase`,
      'benefits.changed': (subject: string) => `Changed the benefits plan of ${subject}`,
      'round.created': (subject: string) => `Started the prioritisation round ${subject}`,
      'round.scored': (subject: string) => `Scored in the prioritisation round ${subject}`,
      'tenant.invited': (subject: string) => `Invited an organisation to ${subject}`,
      'tenant.joined': (subject: string) => `An invited organisation joined ${subject}`,
      'survey.started': (subject: string) => `Trust barometer started in ${subject}`,
      'survey.closed': (subject: string) => `Trust barometer closed early in ${subject}`,
      'survey.extended': (subject: string) => `Trust barometer extended in ${subject}`,
      'report.filed': (subject: string) => `Filed a meeting report for ${subject}`,
      'evaluation.started': (subject: string) => `Yearly evaluation started in ${subject}`
    } satisfies Record<AuditAction, (subject: string) => string>,
    change: (field: string, before: string, after: string) => `${field ? `${field}: ` : ''}${before} → ${after}`,
    field: {
      opensBefore: 'Opens',
      file: 'Filed as',
      cutoff: 'Data as of',
      sha256: 'SHA-256',
      reminders: 'Reminders',
      closesAfter: 'Deadline',
      digest: 'Digest',
      sendHour: 'Sending time',
      channel: 'Channel',
      collaborations: 'Collaborations',
      municipalities: 'Municipalities',
      people: 'Roles',
      name: 'Name',
      tenantIds: 'Tenants',
      language: 'Language',
      retention: 'Retention',
      number: 'Municipality number',
      population: 'Population',
      sector: 'Sector',
      legalForm: 'Legal form',
      hostMunicipalityId: 'Host municipality',
      participantIds: 'Participants',
      cadence: 'Reporting',
      costKey: 'Cost key',
      goals: 'Goals',
      phase: 'Phase',
      aliases: 'Other names',
      roles: 'Roles',
      municipalityId: 'Municipality',
      leaders: 'Leaders',
      questions: 'Questions',
      validFrom: 'Applies from',
      reason: 'Reason',
      invited: 'Invited tenants'
    } as Record<string, string>
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
