import type { ParsedPeriod } from '../domain/period';
import type { AnswerErrorCode } from '../domain/answers';
import type { AuditAction } from '../domain/audit';
import type { ProblemCode } from '../domain/network';
import type { Cadence, Colour, Economy, Phase, Role } from '../domain/types';
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
      'Your organisation isn’t part of any network in Sampuls, so I can’t answer you. Please contact the collaboration’s secretariat if it should be included. If you were given an invitation code, write ‘join’ and the code.',
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
    moreErrors: (count: number) => `… and ${count.toLocaleString('en-GB')} more`,
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
      'Your answer wasn’t saved because the storage isn’t responding. Your answers are still in the card – press ‘Submit’ again in a moment.',
    statusPending: 'Your answer has been saved, but the status doesn’t show it yet. It will within a few minutes.',
    alreadyReceived: 'This answer had already been received, so the summary isn’t posted to the channel again.'
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
    erasedPerson: (tag: string) => `Erased person ${tag}`,
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
      'template.changed': (subject: string) => `Changed the template ${subject}`,
      'tenant.invited': (subject: string) => `Invited an organisation to ${subject}`,
      'tenant.joined': (subject: string) => `An invited organisation joined ${subject}`
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
      validFrom: 'Applies from',
      invited: 'Invited tenants'
    } as Record<string, string>
  },

  admin: {
    onlyAdmins: (network: string) => `Only administrators in ${network} can change its setup.`,
    onlyAdminsAny: 'Administration is for the administrators of a network. Ask the secretariat to give you the role if you are to set up the network.',
    firstNetwork: 'There is no network in Sampuls yet. Create the first one here; you will be its administrator.',
    noNetworkYet:
      'Sampuls has no network yet, and the first one is set up by the people who run Sampuls for your organisation (IT or the secretariat). Ask them to make you an administrator.',
    invited: (tenant: string, code: string) =>
      `The tenant ${tenant} is invited but is not part of the network yet. Give the code ${code} to an administrator there; once they write ‘join ${code}’ to Sampuls, their organisation is in. The code is valid for 14 days and can be used once.`,
    joinUsage: 'Write ‘join’ followed by the code you were given by the administrator who invited you.',
    joinUnknown: 'That code is not right, or it has already been used. Ask the administrator who invited you for a new code.',
    joinExpired: 'That code has expired (a code is valid for 14 days). Ask the administrator who invited you for a new code.',
    joined: (network: string) =>
      `Your organisation is now part of ${network}, and you are an administrator there. Write ‘admin’ to give people from your teams their roles.`,
    overviewTitle: (network: string) => `Administration – ${network}`,
    counts: (municipalities: number, collaborations: number, people: number) =>
      `${municipalities} municipalities · ${collaborations} collaborations · ${people} people with roles`,
    settings: 'Settings',
    municipalities: 'Municipalities',
    collaborations: 'Collaborations',
    roles: 'Roles',
    newNetwork: 'Create a new network',
    networkTitle: (network: string | undefined) => (network ? `Settings – ${network}` : 'New network'),
    nameLabel: 'Name',
    tenantsLabel: 'Microsoft 365 tenants taking part (tenant IDs, separated by commas)',
    languageLabel: 'Language of messages from Sampuls',
    languageName: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' } as Record<'nb' | 'nn' | 'en', string>,
    retentionLabel: 'Delete answers after this many months (empty: keep them)',
    retentionKept: 'Answers are kept',
    retentionMonths: (months: number) => `Answers are deleted after ${months} months`,
    save: 'Save',
    required: 'Required.',
    notSaved: 'Nothing was saved:',
    ownTenant: 'The tenants must include your own organisation, or you would lose access.',
    saved: (name: string) => `${name} is saved.`,
    conflict: 'Someone else changed this at the same time. Nothing was saved; open the form again and retry.',
    municipalitiesTitle: (network: string) => `Municipalities – ${network}`,
    noMunicipalities: 'No municipalities yet.',
    municipalityLine: (number: string, population: string) => `${number} · population ${population}`,
    addMunicipality: 'Add a municipality',
    edit: 'Edit',
    municipalityTitle: (name: string | undefined) => (name ? `Municipality – ${name}` : 'New municipality'),
    numberLabel: 'Municipality number',
    populationLabel: 'Population',
    removeMunicipality: 'Remove the municipality',
    removed: (name: string) => `${name} is removed from the network.`,
    municipalityLeaders: (name: string) => `${name} still has a chief executive in Sampuls. Remove that role first.`,
    collaborationsTitle: (network: string) => `Collaborations – ${network}`,
    noCollaborations: 'No collaborations yet.',
    needsMunicipalities: 'Add the municipalities first; a collaboration needs participants.',
    addCollaboration: 'New collaboration',
    collaborationTitle: (name: string | undefined) => (name ? `Collaboration – ${name}` : 'New collaboration'),
    aliasesLabel: 'Other names people use (separated by commas)',
    sectorLabel: 'Sector',
    legalFormLabel: 'Legal form',
    hostLabel: 'Host municipality',
    noHost: 'No host municipality',
    participantsLabel: 'Participating municipalities',
    cadenceLabel: 'Reporting',
    cadence: { monthly: 'Monthly', quarterly: 'Quarterly', tertial: 'Every four months' } satisfies Record<Cadence, string>,
    cadenceFixed: (name: string) => `${name} already has check-ins per period, so its reporting cannot change without making the history incomparable. Create a new collaboration instead.`,
    fixedShareLabel: 'Fixed share of the costs in per cent, split equally (empty: 20)',
    goalsLabel: 'Shared goals (one per line)',
    phaseLabel: 'Phase',
    phase: {
      idé: 'Idea',
      utredning: 'Study',
      vedtak: 'Decision',
      etablering: 'Establishment',
      drift: 'Operation',
      evaluering: 'Evaluation',
      avvikling: 'Winding up'
    } satisfies Record<Phase, string>,
    collaborationLine: (phase: string, leaders: string) => `${phase} · led by ${leaders}`,
    noLeaders: 'nobody',
    rolesTitle: (network: string) => `Roles – ${network}`,
    noRoles: 'Nobody has a role yet.',
    remove: 'Remove',
    leaderOf: (collaboration: string) => `leads ${collaboration}`,
    kommunedirektørOf: (municipality: string) => `chief executive of ${municipality}`,
    grantRole: 'Give someone a role',
    peopleTitle: (team: string) => `Choose from the team ${team}`,
    otherTeam: (team: string) => `Show ${team}`,
    nextPage: 'More people',
    personLabel: 'Person',
    roleLabel: 'Role',
    roleName: { admin: 'Administrator', kommunedirektør: 'Chief executive', member: 'Member (reads status)', leader: 'Leads a collaboration' } as Record<string, string>,
    municipalityLabel: 'Municipality (for a chief executive)',
    collaborationLabel: 'Collaboration (for a leader)',
    grant: 'Give the role',
    noTeam: 'I have not been added to any team in the organisations of the network yet. Add Sampuls to the team where the people who need roles are, and you can choose them from there.',
    rosterUnavailable: 'I could not get the members of the team from Teams just now. Please try again shortly.',
    choosePerson: 'Choose a person from the list.',
    chooseRole: 'Choose the role the person should have.',
    chooseMunicipality: 'A chief executive belongs to a municipality: choose it.',
    chooseCollaboration: 'Choose the collaboration the person should lead.',
    granted: (person: string, role: string) => `${person} now has the role: ${role}.`,
    already: (person: string, role: string) => `${person} already has the role: ${role}.`,
    revoked: (person: string, role: string) => `${person} no longer has the role: ${role}.`,
    lastAdmin: 'The network needs at least one administrator. Give the role to someone else first.',
    stillLeads: (person: string) => `${person} still leads a collaboration and must stay a member. Remove the leader role first.`
  },

  templates: {
    onlyAdmins: 'Only administrators in a network can change the check-in templates. Ask the secretariat for the role if you are to change the questions.',
    onlyAdminsOf: (network: string) => `Only administrators in ${network} can change the templates.`,
    noTemplates: (network: string) => `No collaboration in ${network} uses a template yet.`,
    title: (template: string, network: string) => `${template} – ${network}`,
    inUse: (version: number, collaborations: number) =>
      `Version ${version} applies now and is used by ${collaborations === 1 ? 'one collaboration' : `${collaborations} collaborations`}.`,
    pending: (version: number, date: string) => `Version ${version} is saved and applies from ${date}. The form below builds on it.`,
    intro:
      'Changes are saved as a new version that applies from the next period. Periods already under way keep their questions. A reworded question is still compared with earlier answers, and a retired question stays in the history and the export.',
    question: (number: number, kind: string) => `Question ${number} · ${kind}`,
    kind: {
      colour: 'Green, yellow or red',
      scale: 'Scale from 1 to 5',
      economy: 'Finances',
      text: 'Free text',
      yesno: 'Yes or no'
    },
    shortInput: (number: number) => `Short name for question ${number} (used in tables and overviews)`,
    retireLabel: (number: number) => `Question ${number} in the next version`,
    retire: 'Retire the question',
    essential: 'Cannot be retired: the status depends on this question.',
    addTitle: 'Add a question (optional)',
    kindInput: 'Kind of answer',
    newLabelInput: 'The new question',
    newShortInput: 'Short name for the new question (used in tables and overviews)',
    requiredLabel: 'Required answer',
    requiredToggle: 'Yes, the new question must be answered',
    save: 'Save new version',
    saved: (version: number, template: string, date: string) =>
      `New version ${version} of ${template} is saved. It applies from ${date}: periods starting then or later get the new questions, while periods already under way keep theirs.`,
    notSaved: 'Nothing was saved:',
    problem: {
      labelRequired: 'has no question text',
      labelTooLong: 'has a question text longer than 300 characters',
      shortRequired: 'has no short name',
      shortTooLong: 'has a short name longer than 40 characters',
      shortTaken: 'has the same short name as another question',
      essential: 'cannot be retired, because the status depends on it'
    },
    about: (question: string, problem: string) => `‘${question}’ ${problem}.`,
    aboutNew: (problem: string) => `The new question ${problem}.`,
    unchanged: 'You have not changed anything, so no new version was saved.',
    noQuestions: 'The template must have at least one question, so nothing was saved.',
    changedMeanwhile: 'Someone else changed the template after the form was opened, so nothing was saved. Type ‘template’ to see the new version.',
    staleForm: (period: string) =>
      `The questions for ${period} are not the ones in this form, so the answer was not saved. Type ‘check in’ to get a new form.`
  },

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
    section: { network: 'Network', municipalities: 'Municipalities', collaborations: 'Collaborations', people: 'People with roles' },
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
      control: 'contains control characters (such as NUL, tab or line break)'
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
