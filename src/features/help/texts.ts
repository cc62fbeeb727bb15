import type { Language } from '../../core/module';

const nb = {
  help: {
    welcomeTitle: 'Velkommen til Sampuls',
    sharedIntro:
      'Sampuls gir samarbeidene en fast rytme for statusrapportering. Koble denne kanalen til samarbeidet prosjektgruppen følger, så kommer en oppsummering hit hver gang lederen sjekker inn. Skriv for eksempel «@Sampuls koble lønn».',
    welcomeIntro:
      'Sampuls gjør jevnlig statusrapportering i interkommunale samarbeid til en enkel rutine. Lederne sjekker inn her i chatten, prosjektgruppene får en oppsummering i sin kanal, og kommunedirektørene kan når som helst spørre om status.',
    helpTitle: 'Dette kan jeg hjelpe med',
    commands: [
      { word: 'sjekk inn', text: 'Svar på statusmalen for et samarbeid du leder («sjekk inn lønn» går rett dit).' },
      { word: 'status', text: 'Oversikt over samarbeidene i nettverket ditt («status barnevern» viser ett samarbeid).' },
      { word: 'koble lønn', text: 'Skrives i prosjektgruppens kanal (nevn @Sampuls): oppsummeringer etter hver innsjekk for samarbeidet kommer dit.' },
      { word: 'hva er rødt?', text: 'Samarbeid med rød status. Spør også «hva trenger beslutning?» og «hva kan vi feire?».' },
      { word: 'trend tillit', text: 'Ett spørsmål i statusmalen på tvers av alle samarbeid, svakest først.' },
      { word: 'status Lierne', text: 'Samarbeidene én kommune deltar i, med kommunens andel av kostnadene.' },
      { word: 'kostnad lønn 1 000 000', text: 'Hvor mye hver kommune betaler etter kostnadsnøkkelen.' },
      { word: 'årshjul', text: 'Når innsjekk, påminnelser, frister og sammendrag kommer – og hvem som ikke kan nås. Administratorer kan endre det.' },
      { word: 'eksport 2026', text: 'Last ned alle innsjekker og snitt per periode (Excel og CSV) til årsmeldingen.' },
      { word: 'logg', text: 'For administratorer: de siste endringene i oppsett, roller og maler – hvem, når og hva.' },
      { word: 'mine data', text: 'Alt Sampuls har lagret om deg, til nedlasting. «slett mine data» fjerner navnet ditt fra svarene og sletter profilen.' },
      { word: 'admin', text: 'For administratorer: sett opp og endre nettverket – kommuner, samarbeid med fase, og roller for personer i teamet.' },
      { word: 'mal', text: 'For administratorer: spørsmålene i statusmalen. Omformuler, ta ut eller legg til spørsmål; endringene gjelder fra neste periode.' },
      { word: 'hjelp', text: 'Viser denne oversikten.' }
    ],
    englishNote: 'Engelske kommandoer virker også: check in, status, link, help.',
    buttonCheckIn: 'Sjekk inn',
    buttonStatus: 'Status',
    buttonHelp: 'Hjelp',
    commandCheckIn: 'sjekk inn',
    commandStatus: 'status',
    commandHelp: 'hjelp'
  }
};

const nn: typeof nb = {
  help: {
    welcomeTitle: 'Velkomen til Sampuls',
    sharedIntro:
      'Sampuls gir samarbeida ein fast rytme for statusrapportering. Kople denne kanalen til samarbeidet som prosjektgruppa følgjer, så kjem det ei oppsummering hit kvar gong leiaren sjekkar inn. Skriv til dømes «@Sampuls kople lønn».',
    welcomeIntro:
      'Sampuls gjer jamleg statusrapportering i interkommunale samarbeid til ein enkel rutine. Leiarane sjekkar inn her i chatten, prosjektgruppene får ei oppsummering i kanalen sin, og kommunedirektørane kan når som helst spørje om status.',
    helpTitle: 'Dette kan eg hjelpe med',
    commands: [
      { word: 'sjekk inn', text: 'Svar på statusmalen for eit samarbeid du leier («sjekk inn lønn» går rett dit).' },
      { word: 'status', text: 'Oversikt over samarbeida i nettverket ditt («status barnevern» viser eitt samarbeid).' },
      { word: 'kople lønn', text: 'Skriv dette i kanalen til prosjektgruppa (nemn @Sampuls): oppsummeringar etter kvar innsjekk for samarbeidet kjem dit.' },
      { word: 'kva er raudt?', text: 'Samarbeid med raud status. Spør òg «kva treng avgjerd?» og «kva kan vi feire?».' },
      { word: 'trend tillit', text: 'Eitt spørsmål i statusmalen på tvers av alle samarbeid, svakast først.' },
      { word: 'status Lierne', text: 'Samarbeida som éin kommune deltek i, med kostnadsdelen til kommunen.' },
      { word: 'kostnad lønn 1 000 000', text: 'Kor mykje kvar kommune betaler etter kostnadsnøkkelen.' },
      { word: 'årshjul', text: 'Når innsjekk, påminningar, fristar og samandrag kjem – og kven som ikkje kan nåast. Administratorar kan endre det.' },
      { word: 'eksport 2026', text: 'Last ned alle innsjekkar og snitt per periode (Excel og CSV) til årsmeldinga.' },
      { word: 'logg', text: 'For administratorar: dei siste endringane i oppsett, roller og malar – kven, når og kva.' },
      { word: 'mine data', text: 'Alt Sampuls har lagra om deg, til nedlasting. «slett mine data» fjernar namnet ditt frå svara og slettar profilen.' },
      { word: 'admin', text: 'For administratorar: set opp og endre nettverket – kommunar, samarbeid med fase, og roller for personar i teamet.' },
      { word: 'mal', text: 'For administratorar: spørsmåla i statusmalen. Omformuler, ta ut eller legg til spørsmål; endringane gjeld frå neste periode.' },
      { word: 'hjelp', text: 'Viser denne hjelpeteksten.' }
    ],
    englishNote: 'Engelske kommandoar fungerer òg: check in, status, link, help.',
    buttonCheckIn: 'Sjekk inn',
    buttonStatus: 'Status',
    buttonHelp: 'Hjelp',
    commandCheckIn: 'sjekk inn',
    commandStatus: 'status',
    commandHelp: 'hjelp'
  }
};

const en: typeof nb = {
  help: {
    welcomeTitle: 'Welcome to Sampuls',
    sharedIntro:
      'Sampuls gives collaborations a steady rhythm for status reporting. Link this channel to the collaboration the project group follows, and a summary will be posted here every time the leader checks in. For example, type ‘@Sampuls link lønn’.',
    welcomeIntro:
      'Sampuls turns regular status reporting in inter-municipal collaborations into a simple routine. Leaders check in here in the chat, project groups get a summary in their channel, and the chief executives (kommunedirektører) can ask for the status at any time.',
    helpTitle: 'Here’s what I can help with',
    commands: [
      { word: 'check in', text: 'Answer the status template for a collaboration you lead (‘check in lønn’ goes straight there).' },
      { word: 'status', text: 'Overview of the collaborations in your network (‘status barnevern’ shows a single collaboration).' },
      { word: 'link lønn', text: 'Type it in the project group’s channel (mention @Sampuls): summaries after each check-in for that collaboration are posted there.' },
      { word: 'what is red?', text: 'Collaborations with red status. You can also ask ‘what needs a decision?’ and ‘what can we celebrate?’.' },
      { word: 'trend trust', text: 'One question in the status template across all collaborations, weakest first.' },
      { word: 'status Lierne', text: 'The collaborations one municipality takes part in, with the municipality’s share of the costs.' },
      { word: 'cost lønn 1 000 000', text: 'How much each municipality pays under the cost-sharing key.' },
      { word: 'annual cycle', text: 'When check-ins, reminders, deadlines and digests go out – and who can’t be reached. Administrators can change it.' },
      { word: 'export 2026', text: 'Download all check-ins and averages per period (Excel and CSV) for the annual report.' },
      { word: 'log', text: 'For administrators: the latest changes to settings, roles and templates – who, when and what.' },
      { word: 'my data', text: 'Everything Sampuls has stored about you, to download. ‘delete my data’ removes your name from your answers and deletes your profile.' },
      { word: 'admin', text: 'For administrators: set up and change the network – municipalities, collaborations with their phase, and roles for people in the team.' },
      { word: 'template', text: 'For administrators: the questions of the status template. Reword, retire or add questions; changes apply from the next period.' },
      { word: 'help', text: 'Shows this overview.' }
    ],
    englishNote: 'Norwegian commands work too: sjekk inn, status, koble, hjelp.',
    buttonCheckIn: 'Check in',
    buttonStatus: 'Status',
    buttonHelp: 'Help',
    commandCheckIn: 'check in',
    commandStatus: 'status',
    commandHelp: 'help'
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
