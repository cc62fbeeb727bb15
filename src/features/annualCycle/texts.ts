import { counted, dayAndDate, dayAndTime, englishCount, englishOrdinal, hourOfDay, listOf, whole } from '../../core/i18n/format';
import type { Language } from '../../core/module';

const nb = {
  annualCycle: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'årshjul', text: 'Når innsjekk, påminnelser, frister og sammendrag kommer – og hvem som ikke kan nås. Administratorer kan endre det.' }
    ],
    invitation: (period: string, deadline: string) =>
      `Det er tid for statusrapport for ${period}. Det tar et par minutter. Fristen er ${deadline}.`,
    reminder: (period: string, deadline: string) =>
      `Påminnelse: vi mangler fortsatt innsjekken din for ${period}. Fristen er ${deadline}.`,
    deadline: (iso: string) => dayAndDate('nb-NO', iso),
    escalationTitle: (network: string) => `Forsinket rapportering – ${network}`,
    escalationIntro: (period: string, count: number) =>
      `${count === 1 ? 'Ett samarbeid' : counted('nb-NO', count, 'samarbeid', 'samarbeid')} har ikke sjekket inn for ${period}, og fristen er ute. Ta kontakt med lederne.`,
    leaders: (names: string) => `Leder: ${names}`,
    noLeader: 'Ingen leder er registrert',
    digestTitle: (network: string, period: string) => `Sammendrag ${period} – ${network}`,
    digestIntro: (total: number, red: number, yellow: number, missing: number) =>
      `${counted('nb-NO', total, 'samarbeid', 'samarbeid')} · ${counted('nb-NO', red, 'rød', 'røde')} · ${counted('nb-NO', yellow, 'gul', 'gule')} · ${whole('nb-NO', missing)} har ikke rapportert`,
    collaboration: 'Samarbeid',
    colour: 'Status',
    change: 'Snitt (endring)',
    changedColour: (from: string, to: string) => `${from} → ${to}`,
    decisions: 'Trenger beslutning eller avklaring',
    celebrate: 'Resultater å feire',
    notReported: 'Har ikke rapportert',
    allReported: 'Alle samarbeid har rapportert for perioden.',
    noticeTitle: (network: string) => `Noen kan ikke nås – ${network}`,
    noticeIntro: (what: string) => `Da jeg sendte ${what}, kom jeg ikke fram til disse:`,
    noticeWhat: {
      invitation: 'invitasjonene til å sjekke inn',
      reminder: 'påminnelsene',
      escalation: 'varselet om forsinket rapportering',
      digest: 'sammendraget',
      notice: 'varselet'
    },
    noticeAdvice:
      'Personer må installere Sampuls i Teams (eller fjerne blokkeringen) før jeg kan skrive til dem. For sammendraget: skriv «@Sampuls årshjul» i ledelsens kanal og velg «Send sammendraget hit».',
    unreachablePerson: (name: string) => `${name || 'En leder'} – kan ikke nås i Teams`,
    noChannel: 'Sammendraget – nettverket har ingen kanal for det',
    unreachableChannel: (name: string) => `Kanalen «${name}» – Sampuls er fjernet eller blokkert der`,
    cycleTitle: (network: string) => `Årshjul – ${network}`,
    cycleSummary: (opens: number, reminders: readonly number[], closes: number, hour: number) =>
      `Innsjekken åpner ${opens}. siste arbeidsdag i perioden, ${
        reminders.length
          ? `påminnelser ${listOf('nb-NO', reminders.map(String))} ${reminders.length === 1 && reminders[0] === 1 ? 'arbeidsdag' : 'arbeidsdager'} etter`
          : 'ingen påminnelser'
      }, og fristen er ${closes}. arbeidsdag i neste periode. Meldinger sendes kl. ${hourOfDay('nb-NO', hour)} på hverdager som ikke er helligdager.`,
    digestLine: (cadence: string, day: number, channel: string | undefined) =>
      `Sammendrag per ${cadence} på ${day}. arbeidsdag etter periodeslutt${channel ? ` i kanalen «${channel}»` : ', men ingen kanal er valgt ennå'}.`,
    cadenceName: { monthly: 'måned', quarterly: 'kvartal', tertial: 'tertial' },
    upcoming: 'Det som kommer',
    event: {
      open: (period: string) => `Innsjekk åpner for ${period}`,
      reminder: (period: string) => `Påminnelse for ${period}`,
      close: (period: string) => `Frist for ${period}; forsinkede varsles`,
      digest: (period: string) => `Sammendrag for ${period}`
    },
    when: (iso: string) => dayAndTime('nb-NO', iso),
    unreachableTitle: 'Kan ikke nås',
    editTitle: 'Endre årshjulet',
    opensLabel: 'Innsjekken åpner (arbeidsdager før periodeslutt, 1 = siste arbeidsdag)',
    remindersLabel: 'Påminnelser (arbeidsdager etter åpning, skilt med komma)',
    closesLabel: 'Frist (arbeidsdag i neste periode)',
    digestCadenceLabel: 'Sammendrag per',
    digestDayLabel: 'Sammendrag (arbeidsdag i neste periode)',
    hourLabel: 'Klokkeslett for utsending (8–15)',
    save: 'Lagre årshjulet',
    useChannel: 'Send sammendraget hit',
    saved: (network: string) => `Årshjulet for ${network} er lagret. Endringen gjelder fra neste hendelse.`,
    channelSet: (network: string, channel: string) => `Sammendraget for ${network} sendes heretter til kanalen «${channel}».`,
    onlyAdmins: (network: string) => `Bare administratorer i ${network} kan endre årshjulet.`,
    channelOnlyInChannel: 'Sammendraget kan bare sendes til en kanal i et team. Skriv «@Sampuls årshjul» i kanalen.',
    invalid: {
      opensBefore: 'Åpning må være et helt tall fra 1 til 15.',
      reminders: 'Påminnelsene må være stigende hele tall, høyst tre, og før fristen.',
      closesAfter: 'Fristen må være et helt tall fra 1 til 15.',
      digest: 'Sammendraget må komme på en arbeidsdag fra 1 til 15.',
      sendHour: 'Klokkeslettet må være et helt tall fra 8 til 15.'
    },
    notSaved: 'Årshjulet ble ikke lagret:'
  }
};

const nn: typeof nb = {
  annualCycle: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'årshjul', text: 'Når innsjekk, påminningar, fristar og samandrag kjem – og kven som ikkje kan nåast. Administratorar kan endre det.' }
    ],
    invitation: (period: string, deadline: string) =>
      `Det er tid for statusrapport for ${period}. Det tek eit par minutt. Fristen er ${deadline}.`,
    reminder: (period: string, deadline: string) =>
      `Påminning: vi manglar framleis innsjekken din for ${period}. Fristen er ${deadline}.`,
    deadline: (iso: string) => dayAndDate('nn-NO', iso),
    escalationTitle: (network: string) => `Forseinka rapportering – ${network}`,
    escalationIntro: (period: string, count: number) =>
      `${count === 1 ? 'Eitt samarbeid' : counted('nn-NO', count, 'samarbeid', 'samarbeid')} har ikkje sjekka inn for ${period}, og fristen er ute. Ta kontakt med leiarane.`,
    leaders: (names: string) => `Leiar: ${names}`,
    noLeader: 'Ingen leiar er registrert',
    digestTitle: (network: string, period: string) => `Samandrag ${period} – ${network}`,
    digestIntro: (total: number, red: number, yellow: number, missing: number) =>
      `${counted('nn-NO', total, 'samarbeid', 'samarbeid')} · ${counted('nn-NO', red, 'raud', 'raude')} · ${counted('nn-NO', yellow, 'gul', 'gule')} · ${whole('nn-NO', missing)} har ikkje rapportert`,
    collaboration: 'Samarbeid',
    colour: 'Status',
    change: 'Snitt (endring)',
    changedColour: (from: string, to: string) => `${from} → ${to}`,
    decisions: 'Treng vedtak eller avklaring',
    celebrate: 'Resultat å feire',
    notReported: 'Har ikkje rapportert',
    allReported: 'Alle samarbeida har rapportert for perioden.',
    noticeTitle: (network: string) => `Nokon kan ikkje nåast – ${network}`,
    noticeIntro: (what: string) => `Då eg sende ${what}, kom eg ikkje fram til desse:`,
    noticeWhat: {
      invitation: 'invitasjonane til å sjekke inn',
      reminder: 'påminningane',
      escalation: 'varselet om forseinka rapportering',
      digest: 'samandraget',
      notice: 'varselet'
    },
    noticeAdvice:
      'Personar må installere Sampuls i Teams (eller fjerne blokkeringa) før eg kan skrive til dei. For samandraget: skriv «@Sampuls årshjul» i kanalen til leiinga og vel «Send samandraget hit».',
    unreachablePerson: (name: string) => `${name || 'Ein leiar'} – kan ikkje nåast i Teams`,
    noChannel: 'Samandraget – nettverket har ingen kanal for det',
    unreachableChannel: (name: string) => `Kanalen «${name}» – Sampuls er fjerna eller blokkert der`,
    cycleTitle: (network: string) => `Årshjul – ${network}`,
    cycleSummary: (opens: number, reminders: readonly number[], closes: number, hour: number) =>
      `Innsjekken opnar ${opens}. siste arbeidsdag i perioden, ${
        reminders.length
          ? `påminningar ${listOf('nn-NO', reminders.map(String))} ${reminders.length === 1 && reminders[0] === 1 ? 'arbeidsdag' : 'arbeidsdagar'} etter`
          : 'ingen påminningar'
      }, og fristen er ${closes}. arbeidsdag i neste periode. Meldingane går ut kl. ${hourOfDay('nn-NO', hour)} på kvardagar som ikkje er heilagdagar.`,
    digestLine: (cadence: string, day: number, channel: string | undefined) =>
      `Samandrag per ${cadence} på ${day}. arbeidsdag etter periodeslutt${channel ? ` i kanalen «${channel}»` : ', men ingen kanal er vald enno'}.`,
    cadenceName: { monthly: 'månad', quarterly: 'kvartal', tertial: 'tertial' },
    upcoming: 'Det som kjem',
    event: {
      open: (period: string) => `Innsjekken opnar for ${period}`,
      reminder: (period: string) => `Påminning for ${period}`,
      close: (period: string) => `Frist for ${period}; forseinkingar blir varsla`,
      digest: (period: string) => `Samandrag for ${period}`
    },
    when: (iso: string) => dayAndTime('nn-NO', iso),
    unreachableTitle: 'Kan ikkje nåast',
    editTitle: 'Endre årshjulet',
    opensLabel: 'Innsjekken opnar (arbeidsdagar før periodeslutt, 1 = siste arbeidsdag)',
    remindersLabel: 'Påminningar (arbeidsdagar etter opning, skilde med komma)',
    closesLabel: 'Frist (arbeidsdag i neste periode)',
    digestCadenceLabel: 'Samandrag per',
    digestDayLabel: 'Samandrag (arbeidsdag i neste periode)',
    hourLabel: 'Klokkeslett for utsending (8–15)',
    save: 'Lagre årshjulet',
    useChannel: 'Send samandraget hit',
    saved: (network: string) => `Årshjulet for ${network} er lagra. Endringa gjeld frå neste hending.`,
    channelSet: (network: string, channel: string) => `Samandraget for ${network} blir sendt til kanalen «${channel}» frå no av.`,
    onlyAdmins: (network: string) => `Berre administratorar i ${network} kan endre årshjulet.`,
    channelOnlyInChannel: 'Samandraget kan berre sendast til ein kanal i eit team. Skriv «@Sampuls årshjul» i kanalen.',
    invalid: {
      opensBefore: 'Opninga må vere eit heilt tal frå 1 til 15.',
      reminders: 'Påminningane må vere stigande heile tal, høgst tre, og før fristen.',
      closesAfter: 'Fristen må vere eit heilt tal frå 1 til 15.',
      digest: 'Samandraget må kome på ein arbeidsdag frå 1 til 15.',
      sendHour: 'Klokkeslettet må vere eit heilt tal frå 8 til 15.'
    },
    notSaved: 'Årshjulet vart ikkje lagra:'
  }
};

const en: typeof nb = {
  annualCycle: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'annual cycle', text: 'When check-ins, reminders, deadlines and digests go out – and who can’t be reached. Administrators can change it.' }
    ],
    invitation: (period: string, deadline: string) =>
      `It’s time for the status report for ${period}. It only takes a couple of minutes. The deadline is ${deadline}.`,
    reminder: (period: string, deadline: string) =>
      `Reminder: we still haven’t had your check-in for ${period}. The deadline is ${deadline}.`,
    deadline: (iso: string) => dayAndDate('en-GB', iso),
    escalationTitle: (network: string) => `Overdue reporting – ${network}`,
    escalationIntro: (period: string, count: number) =>
      `${count === 1 ? 'One collaboration has' : `${count} collaborations have`} not checked in for ${period}, and the deadline has passed. Please contact the leaders.`,
    leaders: (names: string) => `Led by ${names}`,
    noLeader: 'No leader registered',
    digestTitle: (network: string, period: string) => `Digest for ${period} – ${network}`,
    digestIntro: (total: number, red: number, yellow: number, missing: number) =>
      `${englishCount(total, 'collaboration', 'collaborations')} · ${whole('en-GB', red)} red · ${whole('en-GB', yellow)} yellow · ${whole('en-GB', missing)} not reported`,
    collaboration: 'Collaboration',
    colour: 'Status',
    change: 'Average (change)',
    changedColour: (from: string, to: string) => `${from} → ${to}`,
    decisions: 'Needs a decision or clarification',
    celebrate: 'Results to celebrate',
    notReported: 'Not reported',
    allReported: 'All collaborations have reported for the period.',
    noticeTitle: (network: string) => `Some recipients can’t be reached – ${network}`,
    noticeIntro: (what: string) => `When I sent ${what}, I couldn’t reach these:`,
    noticeWhat: {
      invitation: 'the invitations to check in',
      reminder: 'the reminders',
      escalation: 'the overdue reporting alert',
      digest: 'the digest',
      notice: 'the notice'
    },
    noticeAdvice:
      'People need to install Sampuls in Teams (or unblock it) before I can message them. For the digest: type ‘@Sampuls annual cycle’ in the management channel and choose ‘Send the digest here’.',
    unreachablePerson: (name: string) => `${name || 'A leader'} – can’t be reached in Teams`,
    noChannel: 'The digest – the network has no channel for it',
    unreachableChannel: (name: string) => `The channel ‘${name}’ – Sampuls has been removed or blocked there`,
    cycleTitle: (network: string) => `Annual cycle – ${network}`,
    cycleSummary: (opens: number, reminders: readonly number[], closes: number, hour: number) =>
      `Check-in opens on the ${opens === 1 ? 'last' : `${englishOrdinal(opens)}-last`} working day of the period, ${
        reminders.length
          ? `with reminders ${listOf('en-GB', reminders.map(String))} ${reminders.length === 1 && reminders[0] === 1 ? 'working day' : 'working days'} later`
          : 'with no reminders'
      }, and the deadline is the ${englishOrdinal(closes)} working day of the next period. Messages go out at ${hourOfDay('en-GB', hour)} on weekdays that are not public holidays.`,
    digestLine: (cadence: string, day: number, channel: string | undefined) =>
      `Digest every ${cadence} on the ${englishOrdinal(day)} working day after the period ends${channel ? `, in the channel ‘${channel}’` : ', but no channel has been chosen yet'}.`,
    cadenceName: { monthly: 'month', quarterly: 'quarter', tertial: 'tertial (four months)' },
    upcoming: 'Coming up',
    event: {
      open: (period: string) => `Check-in opens for ${period}`,
      reminder: (period: string) => `Reminder for ${period}`,
      close: (period: string) => `Deadline for ${period}; overdue check-ins are reported`,
      digest: (period: string) => `Digest for ${period}`
    },
    when: (iso: string) => dayAndTime('en-GB', iso),
    unreachableTitle: 'Can’t be reached',
    editTitle: 'Change the annual cycle',
    opensLabel: 'Check-in opens (working days before the period ends, 1 = last working day)',
    remindersLabel: 'Reminders (working days after opening, separated by commas)',
    closesLabel: 'Deadline (working day in the next period)',
    digestCadenceLabel: 'Digest every',
    digestDayLabel: 'Digest (working day in the next period)',
    hourLabel: 'Sending time (hour, 8–15)',
    save: 'Save the annual cycle',
    useChannel: 'Send the digest here',
    saved: (network: string) => `The annual cycle for ${network} has been saved. The change applies from the next event.`,
    channelSet: (network: string, channel: string) => `From now on, the digest for ${network} will be sent to the channel ‘${channel}’.`,
    onlyAdmins: (network: string) => `Only administrators in ${network} can change the annual cycle.`,
    channelOnlyInChannel: 'The digest can only be sent to a channel in a team. Type ‘@Sampuls annual cycle’ in that channel.',
    invalid: {
      opensBefore: 'Opening must be a whole number from 1 to 15.',
      reminders: 'Reminders must be whole numbers in ascending order, at most three, and before the deadline.',
      closesAfter: 'The deadline must be a whole number from 1 to 15.',
      digest: 'The digest must be on a working day from 1 to 15.',
      sendHour: 'The sending time must be a whole hour from 8 to 15.'
    },
    notSaved: 'The annual cycle wasn’t saved:'
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
