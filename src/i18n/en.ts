import type { ParsedPeriod } from '../domain/period';
import type { AnswerErrorCode } from '../domain/answers';
import type { AuditAction } from '../domain/audit';
import type { ProblemCode } from '../domain/network';
import type { Colour, Economy, Role } from '../domain/types';
import type { Catalogue } from './nb';

/**
 * British English: the same catalogue as nb.ts, in the same places. Command examples use the
 * English words the parser accepts (check in, link, cost, export, annual cycle, log, my data,
 * help); collaboration and municipality names stay as they are registered («lønn», «Lierne»).
 * Quotes are ‘ ’, apostrophes ’.
 */
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
];

/** What the annual cycle card passes as `reminders` when there are none. */
const NO_REMINDERS = 'none';

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
const ordinal = (n: number): string => {
  const suffixes: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (suffixes[n % 10] ?? 'th')}`;
};

/** «1 collaboration», «3 collaborations». */
const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en: Catalogue = {
  period: ({ year, cadence, index }: ParsedPeriod) =>
    cadence === 'monthly'
      ? `${MONTHS[index - 1]} ${year}`
      : `${ordinal(index)} ${cadence === 'quarterly' ? 'quarter' : 'tertial'} ${year}`,
  periodShort: ({ year, cadence, index }: ParsedPeriod) =>
    `${cadence === 'monthly' ? MONTHS[index - 1].slice(0, 3) : `${cadence === 'quarterly' ? 'Q' : 'T'}${index}`} ${String(year).slice(2)}`,
  date: (iso: string) => new Date(iso).toLocaleDateString('en-GB', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' }),

  colour: { green: 'Green', yellow: 'Yellow', red: 'Red' } satisfies Record<Colour, string>,
  colourMeaning: {
    green: 'Green – on track',
    yellow: 'Yellow – challenges under control',
    red: 'Red – needs action or a decision'
  } satisfies Record<Colour, string>,
  economy: { within: 'Within budget', minor: 'Minor deviation', major: 'Significant deviation' } satisfies Record<Economy, string>,
  scale: ['To a very small extent', 'To a small extent', 'To some extent', 'To a large extent', 'To a very large extent'],
  dontKnow: 'Don’t know',
  yes: 'Yes',
  no: 'No',
  notAnswered: '–',

  general: {
    notIdentified:
      'I can’t see who you are in Microsoft 365, so I can’t show anything here. Please use Sampuls from Teams in your organisation.',
    tenantRefused:
      'Your organisation isn’t part of any network in Sampuls, so I can’t answer you. Please contact the collaboration’s secretariat if it should be included.',
    notMember:
      'You’re not part of any network in Sampuls yet. Ask your network’s secretariat to add you.',
    storeUnavailable: 'I can’t reach the storage right now. Please try again in a moment – nothing has been changed.',
    unknownAction: 'I don’t recognise this button. Type ‘help’ to see what I can do.',
    invalidAction: 'The card contained invalid data, so nothing was changed. Type ‘help’ to start again.',
    unknownCommand: (text: string) => `I didn’t understand ‘${text}’. Here’s what I can help with:`,
    tooLong: 'That message is too long. Type a short command, for example ‘status’.',
    failed: 'Something went wrong on my side, and nothing was changed. Try again, or type ‘help’.'
  },

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
      { word: 'help', text: 'Shows this overview.' }
    ],
    englishNote: 'Norwegian commands work too: sjekk inn, status, koble, hjelp.',
    buttonCheckIn: 'Check in',
    buttonStatus: 'Status',
    buttonHelp: 'Help',
    commandCheckIn: 'check in',
    commandStatus: 'status',
    commandHelp: 'help'
  },

  names: {
    notFound: (query: string) => `I couldn’t find a collaboration called ‘${query}’.`,
    didYouMean: 'Did you mean one of these?',
    several: (query: string) => `Several collaborations match ‘${query}’. Which one do you mean?`
  },

  checkIn: {
    leadsNone:
      'You’re not listed as the leader of any collaboration, so you have no check-in to answer. Type ‘status’ to see how the collaborations are doing.',
    choose: 'Which collaboration would you like to check in for?',
    notLeader: (name: string) => `Only the leaders of ${name} can check in for this collaboration.`,
    title: (name: string) => `Check in: ${name}`,
    subtitle: (period: string, network: string) => `Status for ${period} · ${network}`,
    intro: 'Questions marked with * must be answered. The scale goes from 1 (to a very small extent) to 5 (to a very large extent).',
    alreadyAnswered: (date: string) =>
      `You checked in for this period on ${date}. If you submit again, your answer will be updated.`,
    decisionToggle: 'Yes, we need a decision or clarification',
    choosePlaceholder: 'Choose …',
    textPlaceholder: 'Type here …',
    submit: 'Submit',
    errorRequired: 'Please answer this question.',
    errorRequiredWhen: 'Required because of the answer you gave above.',
    notSavedTitle: 'Your answer wasn’t saved. Please correct the following and submit again:',
    errorCode: {
      required: 'no answer',
      invalid: 'invalid value',
      tooLong: 'text too long',
      unknown: 'unknown field'
    } satisfies Record<AnswerErrorCode, string>,
    stalePeriod: (period: string) =>
      `This form is for ${period}, which is no longer open for answers. Type ‘check in’ to get a new form.`,
    savedTitle: 'Thank you! Your check-in has been saved',
    updatedTitle: 'Your check-in has been updated',
    receiptSubtitle: (name: string, period: string) => `${name} · ${period}`,
    summarySent: (channel: string) => `The summary has been sent to the channel ‘${channel}’.`,
    noChannel: (name: string) =>
      `${name} doesn’t have a channel yet. Type ‘@Sampuls link ${name.toLocaleLowerCase('en-GB')}’ in the project group’s channel, and the summaries will be posted there.`,
    summaryFailed: 'Your answer has been saved, but the summary couldn’t be sent to the channel just now.',
    saveFailed:
      'Your answer wasn’t saved because the storage isn’t responding. Your answers are still in the card – press ‘Submit’ again in a moment.'
  },

  summary: {
    title: (name: string) => `New status: ${name}`,
    subtitle: (who: string, period: string) => `${who} has checked in for ${period}`,
    updatedSubtitle: (who: string, period: string) => `${who} has updated the check-in for ${period}`,
    decision: 'Needs a decision or clarification',
    risks: 'Risks and obstacles',
    celebrate: 'Results to celebrate',
    economy: 'About the finances',
    comment: 'Explanation',
    showStatus: 'Show status'
  },

  status: {
    overviewTitle: (network: string) => `Status – ${network}`,
    counts: (total: number, red: number, yellow: number, overdue: number) =>
      `${counted(total, 'collaboration', 'collaborations')} · ${red} red · ${yellow} yellow · ${overdue} overdue`,
    overdue: 'Overdue',
    never: 'No check-ins yet',
    last: (period: string) => `Latest: ${period}`,
    decision: 'Needs a decision',
    falling: 'Falling trend',
    trendTitle: 'Trend (average per period, 1–5)',
    colourHistory: 'Colour history',
    period: 'Period',
    mismatch: 'Green, but low scores',
    sector: (sector: string) => sector.charAt(0).toLocaleUpperCase('en-GB') + sector.slice(1),
    detailTitle: (name: string) => `Status: ${name}`,
    detailSubtitle: (network: string, period: string, respondents: number) =>
      `${network} · ${period} · ${counted(respondents, 'answer', 'answers')}`,
    noCheckIns: (name: string) => `${name} has no check-ins yet.`,
    question: 'Question',
    now: 'Now',
    previous: 'Previous',
    overall: 'Overall status',
    economy: 'Finances',
    comments: 'From the leaders',
    open: 'Open',
    refresh: 'Refresh'
  },

  questions: {
    title: { red: 'Red collaborations', decision: 'Needs a decision or clarification', celebrate: 'Results to celebrate' },
    none: {
      red: 'No collaborations have red status right now.',
      decision: 'No collaborations are asking for a decision or clarification right now.',
      celebrate: 'Nobody has reported results to celebrate in the latest period yet.'
    },
    count: (n: number) => counted(n, 'collaboration', 'collaborations'),
    trendTitle: (dimension: string) => `Trend: ${dimension}`,
    trendSubtitle: 'Latest average compared with the previous period, weakest first (1–5)',
    trendNeedsName: (examples: string) => `Which question would you like to see the trend for? For example: ${examples}.`,
    trendUnknown: (name: string, examples: string) => `I don’t know the question ‘${name}’. Try, for example: ${examples}.`,
    collaboration: 'Collaboration'
  },

  cost: {
    needsName: 'Which collaboration, and how much? For example, type ‘cost lønn 1 000 000’.',
    needsAmount: (name: string) => `How much should be shared? For example, type ‘cost ${name.toLocaleLowerCase('en-GB')} 1 000 000’.`,
    title: (name: string) => `Cost sharing: ${name}`,
    key: (fixedShare: number) =>
      `${Math.round(fixedShare * 100)}% shared equally, ${Math.round((1 - fixedShare) * 100)}% by population`,
    keyLine: (text: string) => `Cost-sharing key: ${text}`,
    municipality: 'Municipality',
    population: 'Population',
    fixed: 'Equal share',
    byPopulation: 'By population',
    sum: 'Amount',
    total: 'Total',
    kroner: (amount: number) => `NOK ${Math.round(amount).toLocaleString('en-GB')}`,
    share: (percent: number) => `${percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`
  },

  export: {
    title: (year: number) => `Export for ${year}`,
    intro: (minutes: number) =>
      `All check-ins and averages per period for the collaborations in your networks, ready for the annual report. The links work for ${counted(minutes, 'minute', 'minutes')}, and only for the networks you belong to.`,
    xlsx: 'Download Excel (XLSX)',
    csv: 'Download CSV',
    badYear: 'Please type a year, for example ‘export 2026’.',
    checkInSheet: 'Check-ins',
    periodSheet: 'Periods',
    network: 'Network',
    collaboration: 'Collaboration',
    period: 'Period',
    respondent: 'Leader',
    submitted: 'Submitted',
    respondents: 'Number of answers'
  },

  municipality: {
    title: (name: string) => `Status for ${name}`,
    subtitle: (count: number) => `Takes part in ${counted(count, 'collaboration', 'collaborations')} · share of the costs under the cost-sharing key`,
    none: (name: string) => `${name} doesn’t take part in any collaboration in the network yet.`
  },

  schedule: {
    invitation: (period: string, deadline: string) =>
      `It’s time for the status report for ${period}. It only takes a couple of minutes. The deadline is ${deadline}.`,
    reminder: (period: string, deadline: string) =>
      `Reminder: we still haven’t had your check-in for ${period}. The deadline is ${deadline}.`,
    deadline: (iso: string) =>
      new Date(iso).toLocaleDateString('en-GB', { timeZone: 'Europe/Oslo', weekday: 'long', day: 'numeric', month: 'long' }),
    escalationTitle: (network: string) => `Overdue reporting – ${network}`,
    escalationIntro: (period: string, count: number) =>
      `${count === 1 ? 'One collaboration has' : `${count} collaborations have`} not checked in for ${period}, and the deadline has passed. Please contact the leaders.`,
    leaders: (names: string) => `Led by ${names}`,
    noLeader: 'No leader registered',
    digestTitle: (network: string, period: string) => `Digest for ${period} – ${network}`,
    digestIntro: (total: number, red: number, yellow: number, missing: number) =>
      `${counted(total, 'collaboration', 'collaborations')} · ${red} red · ${yellow} yellow · ${missing} not reported`,
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
    cycleSummary: (opens: number, reminders: string, closes: number, hour: number) =>
      `Check-in opens on the ${opens === 1 ? 'last' : `${ordinal(opens)}-last`} working day of the period, ${
        reminders === NO_REMINDERS
          ? 'with no reminders'
          : `with reminders ${reminders} ${reminders.trim() === '1' ? 'working day' : 'working days'} later`
      }, and the deadline is the ${ordinal(closes)} working day of the next period. Messages go out at ${String(hour).padStart(2, '0')}:00 on weekdays that are not public holidays.`,
    noReminders: NO_REMINDERS,
    digestLine: (cadence: string, day: number, channel: string | undefined) =>
      `Digest every ${cadence} on the ${ordinal(day)} working day after the period ends${channel ? `, in the channel ‘${channel}’` : ', but no channel has been chosen yet'}.`,
    cadenceName: { monthly: 'month', quarterly: 'quarter', tertial: 'tertial (four months)' },
    upcoming: 'Coming up',
    event: {
      open: (period: string) => `Check-in opens for ${period}`,
      reminder: (period: string) => `Reminder for ${period}`,
      close: (period: string) => `Deadline for ${period}; overdue check-ins are reported`,
      digest: (period: string) => `Digest for ${period}`
    },
    when: (iso: string) =>
      new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/Oslo', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
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
  },

  privacy: {
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
    role: { admin: 'administrator', kommunedirektør: 'chief executive (kommunedirektør)', member: 'member' } satisfies Record<Role, string>,
    leads: 'Leader of',
    answersTitle: 'Answers',
    answers: (count: number, first: string, last: string) =>
      count === 1 ? `One check-in, submitted on ${first}.` : `${count} check-ins, submitted between ${first} and ${last}.`,
    messages: 'Messages from the annual cycle',
    messageCount: (count: number) =>
      count === 1
        ? 'One message (an invitation, reminder or notice) is on record.'
        : `${count} invitations, reminders and notices are on record.`,
    retention: 'The network decides how long answers are kept. The log of configuration changes is kept.',
    download: 'Download everything (JSON)',
    eraseButton: 'Delete my data',
    eraseCommand: 'delete my data',
    eraseTitle: 'Delete the information about you?',
    eraseWarning:
      'Your name will be removed from every answer you have given; the answers stay in the collaboration’s history without a name. Your profile, with roles, chats and settings, will be deleted, and you will get no more reminders. This cannot be undone. Administrators will see in the log that a person has deleted their data, but not who.',
    eraseConfirm: 'Yes, delete my data',
    erased: (answers: number) =>
      `The information about you has been deleted. ${answers === 1 ? 'One answer remains' : `${answers} answers remain`} in the collaborations’ history without a name. Feel free to write to me again at any time.`
  },

  audit: {
    title: (network: string) => `Log – ${network}`,
    empty: 'No changes have been logged yet.',
    onlyAdmins: 'The log shows changes to settings, roles and templates. Only administrators in a network can see it.',
    commandLine: 'Command line',
    when: (iso: string) =>
      new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
    action: {
      'cycle.changed': (subject: string) => `Changed the annual cycle for ${subject}`,
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
      'template.changed': (subject: string) => `Changed the template ${subject}`
    } satisfies Record<AuditAction, (subject: string) => string>,
    change: (field: string, before: string, after: string) => `${field ? `${field}: ` : ''}${before} → ${after}`,
    field: {
      opensBefore: 'Opens',
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
      validFrom: 'Applies from'
    } as Record<string, string>
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
      inUse: 'is still part of a collaboration'
    } satisfies Record<ProblemCode, string>,
    line: (field: string, problem: string) => `${field} ${problem}.`
  },

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
