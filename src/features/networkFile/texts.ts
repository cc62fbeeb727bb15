import type { ProblemCode } from '../../domain/network';
import type { Language } from '../../core/module';

const nb = {
  networkFile: {
    usage:
      'Bruk:\n  npm run network -- import <fil> [--replace]  leser inn nettverksdefinisjonen i filen; et nettverk som\n                                               finnes, endres bare med --replace\n  npm run network -- export <nettverk>         skriver definisjonen av nettverket (id-en) som YAML',
    header: (network: string) =>
      `Sampuls: nettverksdefinisjon for ${network}.\nLes inn med «npm run network -- import <fil>». Filen beskriver hele nettverket: et valgfritt felt som\nmangler, får standardverdien, og personer som mangler, mister rollene sine i nettverket. Samarbeid som\nmangler, blir beholdt med historikken sin. Kommuner og samarbeid nevnes med id-en sin.`,
    error: (line: number, field: string, problem: string) => (field ? `linje ${line}, ${field}: ${problem}` : `linje ${line}: ${problem}`),
    notImported: (count: number) => `Filen ble ikke importert: ${count === 1 ? 'én feil' : `${count} feil`}. Ingenting er endret.`,
    cannotRead: (file: string) => `Fant ikke filen «${file}», eller den kunne ikke leses.`,
    badSettings: 'Innstillingene i miljøet er ugyldige:',
    imported: (network: string, id: string) => `Importerte nettverket ${network} (${id}).`,
    wouldChange: (network: string, id: string) => `Nettverket ${network} (${id}) finnes allerede. Importen ville gjort disse endringene:`,
    replaceNeeded: 'Ingenting er endret. Kjør kommandoen igjen med --replace for å gjøre endringene.',
    noChanges: (network: string) => `Ingen endringer: ${network} er allerede slik filen beskriver.`,
    section: { network: 'Nettverket', municipalities: 'Kommuner', collaborations: 'Samarbeid', people: 'Personer med roller', checklistTemplate: 'Versjoner av sjekklistemalen', rounds: 'Prioriteringsrunder', bodies: 'Organ' },
    added: (section: string, names: string) => `${section} – nye: ${names}`,
    changed: (section: string, names: string) => `${section} – endret: ${names}`,
    removed: (section: string, names: string) => `${section} – fjernet: ${names}`,
    kept: (names: string) => `Samarbeid som ikke står i filen, er beholdt med historikken sin: ${names}`,
    unknownNetwork: (id: string, known: string) =>
      `Fant ikke nettverket «${id}». ${known ? `Nettverkene som finnes: ${known}.` : 'Det finnes ingen nettverk ennå.'}`,
    waiting: 'Får ikke kontakt med databasen ennå. Prøver igjen …',
    storeLocked: (dataDir: string) =>
      `Datamappen «${dataDir}» er i bruk av boten eller en annen prosess. Stopp boten og prøv igjen, eller sett COSMOS_ENDPOINT, så bruker kommandoen samme database som boten. Ingenting er endret.`,
    storeUnavailable: (detail: string) => `Fikk ikke kontakt med databasen (${detail}). Ingenting er endret.`,
    createdMeanwhile: 'Noe i filen (nettverket eller et samarbeid) ble opprettet av noen andre mens importen pågikk, og importen stoppet der uten å skrive over det. Kjør kommandoen igjen for å se hva filen ville endre, og bruk --replace bare hvis filen skal gjelde over det som ble opprettet.',
    interrupted: 'Databasen sluttet å svare underveis, så importen er kanskje ikke fullført. Kjør den samme kommandoen igjen når databasen svarer: den skriver det som mangler.',
    problem: {
      text: 'må være tekst',
      number: 'må være et tall',
      integer: 'må være et helt tall',
      list: 'må være en liste',
      fields: 'må være en gruppe med felt (navn: verdi)',
      oneOf: (allowed: string) => `må være en av disse: ${allowed}`,
      unknownField: 'er ikke et felt her',
      didYouMean: (field: string) => `er ikke et felt her. Mente du «${field}»?`,
      naming: (problem: string, value: string) => `${problem}: «${value}»`,
      date: 'må være en dato på formen ÅÅÅÅ-MM-DD',
      id: 'må bestå av små bokstaver (a–z), sifre og bindestrek',
      repeated: 'står flere ganger i filen',
      municipalityNeeded: 'en kommunedirektør eller folkevalgt må ha en kommune (municipality)',
      notInNetwork: 'må være en av personene i people eller leder for et samarbeid i filen',
      unknownTenant: 'er ikke en av tenantene i network.tenantIds',
      unknownTemplate: 'er ikke en mal i nettverket',
      noAdmin: 'må ha minst én person med rollen admin, ellers kan ingen endre nettverket i Teams',
      stillInUse: (municipality: string, collaboration: string) =>
        `kommunen ${municipality} er fjernet fra filen, men er fortsatt med i samarbeidet ${collaboration}, som ikke står i filen`,
      yaml: 'er ikke gyldig YAML. Sjekk innrykk, kolon og klammer',
      duplicateKey: 'feltet står to ganger',
      tab: 'innrykk må lages med mellomrom, ikke tabulator',
      documents: 'filen kan bare inneholde ett YAML-dokument',
      empty: 'filen er tom',
      tooDeep: 'har for mange nivåer inni hverandre (mer enn 20)',
      aliases: 'bruker alias (*navn) så mange ganger at filen ikke kan leses inn',
      control: 'inneholder kontrolltegn (som NUL, tabulator eller linjeskift)',
      notOnRoster: 'er ikke en person med rolle i nettverket (under people) eller leder av et samarbeid i filen',
      score: 'må være et helt tall fra 1 til 10',
      unknownGroup: 'er ikke en gruppe i runden (under groups)',
      unknownArea: 'er ikke et område i runden (under areas)',
      unscored: (area: string) => `mangler poeng for området «${area}»: en gruppe gir poeng til alle områdene`,
      areaCount: 'en runde må ha 2–30 områder',
      groupCount: 'en runde må ha 1–12 grupper',
      unknownCollaboration: 'er ikke et samarbeid i nettverket',
      time: 'må være et tidspunkt mellom år 2000 og 2100 (ÅÅÅÅ-MM-DDTtt:mm:ssZ)',
      noPoints: 'en versjon må ha minst ett punkt',
      retiredKey: 'ble tatt ut i en tidligere versjon og kan ikke brukes igjen (velg en ny nøkkel)',
      version: 'må være 1 eller mer, og større enn versjonen før'
    }
  },

  definition: {
    problem: {
      required: 'må fylles ut',
      tooLong: 'er for langt',
      municipalityNumber: 'må være et kommunenummer med fire sifre',
      population: 'må være et helt tall, 0 eller mer',
      duplicate: 'finnes allerede i nettverket',
      unknownMunicipality: 'nevner en kommune som ikke er med i nettverket',
      noParticipants: 'må ha minst én deltakerkommune',
      hostNotParticipant: 'må også være deltaker',
      fixedShare: 'må ha en fast andel mellom 0 og 100 %',
      tenantId: 'må være tenant-ID-er fra Microsoft 365 (GUID)',
      retention: 'må være mellom 12 og 120 måneder',
      inUse: 'er fortsatt med i et samarbeid',
      unknownCollaboration: 'nevner et samarbeid som ikke er i nettverket',
      reportNeedsMunicipality: 'oversikten for en kommune krever at organet har en kommune',
      reportNeedsCollaboration: 'årsrapporten krever at organet har ett samarbeid',
      tooMany: 'har for mange oppføringer',
      date: 'må være datoer, for eksempel 10.12.2026'
    } satisfies Record<ProblemCode, string>,
    line: (field: string, problem: string) => `${field} ${problem}.`
  }
};

const nn: typeof nb = {
  networkFile: {
    usage:
      'Bruk:\n  npm run network -- import <fil> [--replace]  les inn nettverksdefinisjonen i fila; eit nettverk som\n                                               finst, blir berre endra med --replace\n  npm run network -- export <nettverk>         skriv definisjonen av nettverket (id-en) som YAML',
    header: (network: string) =>
      `Sampuls: nettverksdefinisjon for ${network}.\nLes inn med «npm run network -- import <fil>». Fila skildrar heile nettverket: eit valfritt felt som\nmanglar, får standardverdien, og personar som manglar, mistar rollene sine i nettverket. Samarbeid som\nmanglar, blir haldne ved lag med historikken sin. Kommunar og samarbeid blir nemnde med id-en sin.`,
    error: (line: number, field: string, problem: string) => (field ? `linje ${line}, ${field}: ${problem}` : `linje ${line}: ${problem}`),
    notImported: (count: number) => `Fila vart ikkje importert: ${count === 1 ? 'éin feil' : `${count} feil`}. Ingenting er endra.`,
    cannotRead: (file: string) => `Fann ikkje fila «${file}», eller ho kunne ikkje lesast.`,
    badSettings: 'Innstillingane i miljøet er ugyldige:',
    imported: (network: string, id: string) => `Nettverket ${network} (${id}) er importert.`,
    wouldChange: (network: string, id: string) => `Nettverket ${network} (${id}) finst allereie. Importen ville gjort desse endringane:`,
    replaceNeeded: 'Ingenting er endra. Køyr kommandoen på nytt med --replace for å gjere endringane.',
    noChanges: (network: string) => `Ingen endringar: ${network} er alt slik fila skildrar.`,
    section: { network: 'Nettverket', municipalities: 'Kommunar', collaborations: 'Samarbeid', people: 'Personar med roller', checklistTemplate: 'Versjonar av sjekklistemalen', rounds: 'Prioriteringsrundar', bodies: 'Organ' },
    added: (section: string, names: string) => `${section} – nye: ${names}`,
    changed: (section: string, names: string) => `${section} – endra: ${names}`,
    removed: (section: string, names: string) => `${section} – fjerna: ${names}`,
    kept: (names: string) => `Samarbeid som ikkje står i fila, er haldne ved lag med historikken sin: ${names}`,
    unknownNetwork: (id: string, known: string) =>
      `Fann ikkje nettverket «${id}». ${known ? `Nettverka som finst: ${known}.` : 'Det finst ingen nettverk enno.'}`,
    waiting: 'Får ikkje kontakt med databasen enno. Prøver igjen …',
    storeLocked: (dataDir: string) =>
      `Datamappa «${dataDir}» er i bruk av boten eller ein annan prosess. Stopp boten og prøv igjen, eller set COSMOS_ENDPOINT, så brukar kommandoen same database som boten. Ingenting er endra.`,
    storeUnavailable: (detail: string) => `Fekk ikkje kontakt med databasen (${detail}). Ingenting er endra.`,
    createdMeanwhile: 'Noko i fila (nettverket eller eit samarbeid) vart oppretta av nokon andre medan importen gjekk, og importen stoppa der utan å skrive over det. Køyr kommandoen igjen for å sjå kva fila ville endre, og bruk --replace berre om fila skal gjelde over det som vart oppretta.',
    interrupted: 'Databasen slutta å svare undervegs, så importen er kanskje ikkje fullført. Køyr den same kommandoen igjen når databasen svarar: han skriv det som manglar.',
    problem: {
      text: 'må vere tekst',
      number: 'må vere eit tal',
      integer: 'må vere eit heilt tal',
      list: 'må vere ei liste',
      fields: 'må vere ei gruppe med felt (namn: verdi)',
      oneOf: (allowed: string) => `må vere ein av desse: ${allowed}`,
      unknownField: 'er ikkje eit felt her',
      didYouMean: (field: string) => `er ikkje eit felt her. Meinte du «${field}»?`,
      naming: (problem: string, value: string) => `${problem}: «${value}»`,
      date: 'må vere ein dato på forma ÅÅÅÅ-MM-DD',
      id: 'må berre innehalde små bokstavar (a–z), siffer og bindestrek',
      repeated: 'står fleire gonger i fila',
      municipalityNeeded: 'ein kommunedirektør eller folkevald må ha ein kommune (municipality)',
      notInNetwork: 'må vere ein av personane i people eller leiar for eit samarbeid i fila',
      unknownTenant: 'er ikkje ein av tenantane i network.tenantIds',
      unknownTemplate: 'er ikkje ein mal i nettverket',
      noAdmin: 'må ha minst éin person med rolla admin, elles kan ingen endre nettverket i Teams',
      stillInUse: (municipality: string, collaboration: string) =>
        `kommunen ${municipality} er fjerna frå fila, men er framleis med i samarbeidet ${collaboration}, som ikkje står i fila`,
      yaml: 'er ikkje gyldig YAML. Sjekk innrykk, kolon og klammer',
      duplicateKey: 'feltet står to gonger',
      tab: 'innrykk må lagast med mellomrom, ikkje tabulator',
      documents: 'fila kan berre innehalde eitt YAML-dokument',
      empty: 'fila er tom',
      tooDeep: 'har for mange nivå inni kvarandre (meir enn 20)',
      aliases: 'brukar alias (*namn) så mange gonger at fila ikkje kan lesast inn',
      control: 'inneheld kontrollteikn (som NUL, tabulator eller linjeskift)',
      notOnRoster: 'er ikkje ein person med rolle i nettverket (under people) eller leiar av eit samarbeid i fila',
      score: 'må vere eit heilt tal frå 1 til 10',
      unknownGroup: 'er ikkje ei gruppe i runden (under groups)',
      unknownArea: 'er ikkje eit område i runden (under areas)',
      unscored: (area: string) => `manglar poeng for området «${area}»: ei gruppe gir poeng til alle områda`,
      areaCount: 'ein runde må ha 2–30 område',
      groupCount: 'ein runde må ha 1–12 grupper',
      unknownCollaboration: 'er ikkje eit samarbeid i nettverket',
      time: 'må vere eit tidspunkt mellom år 2000 og 2100 (ÅÅÅÅ-MM-DDTtt:mm:ssZ)',
      noPoints: 'ein versjon må ha minst eitt punkt',
      retiredKey: 'vart teken ut i ein tidlegare versjon og kan ikkje brukast igjen (vel ein ny nøkkel)',
      version: 'må vere 1 eller meir, og større enn versjonen før'
    }
  },

  definition: {
    problem: {
      required: 'må fyllast ut',
      tooLong: 'er for langt',
      municipalityNumber: 'må vere eit kommunenummer med fire siffer',
      population: 'må vere eit heilt tal, 0 eller meir',
      duplicate: 'finst allereie i nettverket',
      unknownMunicipality: 'nemner ein kommune som ikkje er med i nettverket',
      noParticipants: 'må ha minst éin deltakarkommune',
      hostNotParticipant: 'må òg vere deltakar',
      fixedShare: 'må ha ein fast del mellom 0 og 100 %',
      tenantId: 'må vere tenant-ID-ar frå Microsoft 365 (GUID)',
      retention: 'må vere mellom 12 og 120 månader',
      inUse: 'er framleis med i eit samarbeid',
      unknownCollaboration: 'nemner eit samarbeid som ikkje er i nettverket',
      reportNeedsMunicipality: 'oversikta for ein kommune krev at organet har ein kommune',
      reportNeedsCollaboration: 'årsrapporten krev at organet har eitt samarbeid',
      tooMany: 'har for mange oppføringar',
      date: 'må vere datoar, til dømes 10.12.2026'
    } satisfies Record<ProblemCode, string>,
    line: (field: string, problem: string) => `${field}: ${problem}.`
  }
};

const en: typeof nb = {
  networkFile: {
    usage:
      'Usage:\n  npm run network -- import <file> [--replace]  reads the network definition in the file; a network that\n                                                exists is changed only with --replace\n  npm run network -- export <network>           writes the definition of the network (its id) as YAML',
    header: (network: string) =>
      `Sampuls: network definition for ${network}.\nRead it in with ‘npm run network -- import <file>’. The file describes the whole network: an optional field\nthat is missing gets its default value, and people who are missing lose their roles in the network.\nCollaborations that are missing are kept with their history. Municipalities and collaborations are named by id.`,
    error: (line: number, field: string, problem: string) => (field ? `line ${line}, ${field}: ${problem}` : `line ${line}: ${problem}`),
    notImported: (count: number) => `The file was not imported: ${count === 1 ? 'one error' : `${count} errors`}. Nothing was changed.`,
    cannotRead: (file: string) => `Could not find or read the file ‘${file}’.`,
    badSettings: 'The settings in the environment are invalid:',
    imported: (network: string, id: string) => `Imported the network ${network} (${id}).`,
    wouldChange: (network: string, id: string) => `The network ${network} (${id}) already exists. The import would make these changes:`,
    replaceNeeded: 'Nothing has been changed. Run the command again with --replace to make the changes.',
    noChanges: (network: string) => `No changes: ${network} is already as the file describes.`,
    section: { network: 'Network', municipalities: 'Municipalities', collaborations: 'Collaborations', people: 'People with roles', checklistTemplate: 'Checklist template versions', rounds: 'Prioritisation rounds', bodies: 'Governing bodies' },
    added: (section: string, names: string) => `${section} – added: ${names}`,
    changed: (section: string, names: string) => `${section} – changed: ${names}`,
    removed: (section: string, names: string) => `${section} – removed: ${names}`,
    kept: (names: string) => `Collaborations not in the file are kept with their history: ${names}`,
    unknownNetwork: (id: string, known: string) =>
      `Could not find the network ‘${id}’. ${known ? `Networks that exist: ${known}.` : 'There are no networks yet.'}`,
    waiting: 'Cannot reach the database yet. Trying again …',
    storeLocked: (dataDir: string) =>
      `The data directory ‘${dataDir}’ is in use by the bot or another process. Stop the bot and try again, or set COSMOS_ENDPOINT so the command uses the same database as the bot. Nothing was changed.`,
    storeUnavailable: (detail: string) => `Could not reach the database (${detail}). Nothing was changed.`,
    createdMeanwhile: 'Something in the file (the network or a collaboration) was created by someone else while the import ran, and the import stopped there without writing over it. Run the command again to see what the file would change, and use --replace only if the file should win over what was created.',
    interrupted: 'The database stopped answering, so the import may be incomplete. Run the same command again once the database answers: it writes what is missing.',
    problem: {
      text: 'must be text',
      number: 'must be a number',
      integer: 'must be a whole number',
      list: 'must be a list',
      fields: 'must be a group of fields (name: value)',
      oneOf: (allowed: string) => `must be one of these: ${allowed}`,
      unknownField: 'is not a field here',
      didYouMean: (field: string) => `is not a field here. Did you mean ‘${field}’?`,
      naming: (problem: string, value: string) => `${problem}: ‘${value}’`,
      date: 'must be a date written YYYY-MM-DD',
      id: 'must consist of lower-case letters (a–z), digits and hyphens',
      repeated: 'appears more than once in the file',
      municipalityNeeded: 'a chief executive or elected official needs a municipality',
      notInNetwork: 'must be one of the people in people or lead a collaboration in the file',
      unknownTenant: 'is not one of the tenants in network.tenantIds',
      unknownTemplate: 'is not a template in the network',
      noAdmin: 'needs at least one person with the role admin, or nobody can change the network in Teams',
      stillInUse: (municipality: string, collaboration: string) =>
        `the municipality ${municipality} was removed from the file but is still part of the collaboration ${collaboration}, which is not in the file`,
      yaml: 'is not valid YAML. Check indentation, colons and brackets',
      duplicateKey: 'the field appears twice',
      tab: 'indent with spaces, not tabs',
      documents: 'the file can hold only one YAML document',
      empty: 'the file is empty',
      tooDeep: 'has too many levels inside one another (more than 20)',
      aliases: 'uses aliases (*name) so many times that the file cannot be read',
      control: 'contains control characters (such as NUL, tab or line break)',
      notOnRoster: 'is not a person with a role in the network (under people) or a leader of a collaboration in the file',
      score: 'must be a whole number from 1 to 10',
      unknownGroup: 'is not a group of the round (under groups)',
      unknownArea: 'is not an area of the round (under areas)',
      unscored: (area: string) => `has no scores for the area «${area}»: a group scores every area`,
      areaCount: 'a round must have 2–30 areas',
      groupCount: 'a round must have 1–12 groups',
      unknownCollaboration: 'is not a collaboration in the network',
      time: 'must be a time between the years 2000 and 2100 (YYYY-MM-DDThh:mm:ssZ)',
      noPoints: 'a version must have at least one point',
      retiredKey: 'was retired in an earlier version and cannot be used again (choose a new key)',
      version: 'must be 1 or more, and greater than the version before'
    }
  },

  definition: {
    problem: {
      required: 'is required',
      tooLong: 'is too long',
      municipalityNumber: 'must be a four-digit municipality number',
      population: 'must be a whole number, 0 or more',
      duplicate: 'already exists in the network',
      unknownMunicipality: 'names a municipality that is not in the network',
      noParticipants: 'needs at least one participating municipality',
      hostNotParticipant: 'must also be a participant',
      fixedShare: 'needs a fixed share between 0 and 100 %',
      tenantId: 'must be Microsoft 365 tenant IDs (GUIDs)',
      retention: 'must be between 12 and 120 months',
      inUse: 'is still part of a collaboration',
      unknownCollaboration: 'names a collaboration that is not in the network',
      reportNeedsMunicipality: 'the overview for a municipality needs the body to have a municipality',
      reportNeedsCollaboration: 'the annual report needs the body to have one collaboration',
      tooMany: 'has too many entries',
      date: 'must be dates, for example 10.12.2026'
    } satisfies Record<ProblemCode, string>,
    line: (field: string, problem: string) => `${field} ${problem}.`
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
