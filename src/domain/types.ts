/** Pure domain types shared by every capability. No I/O, no SDK types. */
import type { BenefitAnswer, BenefitsPlan } from './benefits';
import type { CollaborationChecklist } from './checklist';
import type { CostKey } from './cost';
import type { Body, MeetingLead } from './bodies';
import type { EvaluationDate, NetworkSurveys, PartnerView } from './survey';

/** A person is identified by tenant + Entra object id, never by display name. */
export interface UserId {
  tenantId: string;
  aadObjectId: string;
}

/** A person as shown on cards; the name is display only and may be stale. */
export interface Person extends UserId {
  name: string;
}

export const CADENCES = ['monthly', 'quarterly', 'tertial'] as const;
export type Cadence = (typeof CADENCES)[number];

export const ROLES = ['admin', 'kommunedirektør', 'member', 'folkevalgt'] as const;
/**
 * Network-wide roles; leading a collaboration is recorded on the collaboration itself. A
 * kommunedirektør and a folkevalgt (elected official) belong to a municipality (Membership).
 */
export type Role = (typeof ROLES)[number];

export interface Municipality {
  id: string;
  name: string;
  /** Official municipality number (kommunenummer). */
  number: string;
  population: number;
}

/** The legal forms of DOMAIN.md; the form decides who owns the data and who may decide. */
export const LEGAL_FORMS = [
  'interkommunalt politisk råd',
  'kommunalt oppgavefellesskap',
  'administrativt vertskommunesamarbeid',
  'vertskommunesamarbeid med felles folkevalgt nemnd',
  'interkommunalt selskap',
  'aksjeselskap',
  'avtalebasert samarbeid',
  'uformelt fagnettverk',
  'prosjekt'
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Where a collaboration is in its life, from the first idea to winding up. */
export const PHASES = ['idé', 'utredning', 'vedtak', 'etablering', 'drift', 'evaluering', 'avvikling'] as const;
export type Phase = (typeof PHASES)[number];


export interface Network {
  id: string;
  name: string;
  /** Microsoft 365 tenants whose users may take part. */
  tenantIds: string[];
  municipalities: Municipality[];
  /** The network's årshjul; DEFAULT_ANNUAL_CYCLE when not set. */
  cycle?: AnnualCycle;
  /** The leadership channel (e.g. the chief executives' council) that receives the digest. */
  digestChannel?: ChannelLink;
  /** How long raw answers are kept; the status summaries stay. Kept until deleted when not set. */
  retention?: { checkInMonths: number };
  /** Language of the network's scheduled messages and digest: 'nb' (default), 'nn' or 'en'. */
  language?: 'nb' | 'nn' | 'en';
  /** Anonymous surveys (tillitsbarometer): the threshold N and the rounds, so the årshjul sees them. */
  survey?: NetworkSurveys;
  /** The årlig evaluering opens on this working day of this month (1–12) each year; DEFAULT_EVALUATION_DATE when not set. */
  evaluationDate?: EvaluationDate;
  /** «Spør Sampuls»: questions no rule understood may go to the deployment's language model. Off unless an admin turns it on. */
  ask?: { enabled: boolean };
  /** Whether politicians (folkevalgt only) read what named leaders wrote in their check-ins. Off unless an admin turns it on. */
  politiciansReadWrittenAnswers?: boolean;
  /** The governing bodies (KDU, regionråd, kommunestyre …) with their members, channels and meetings (features/bodies). */
  bodies?: Body[];
  /** Working days before a meeting for «Forbered status» and the report; DEFAULT_MEETING_LEAD when not set. */
  meetingLead?: MeetingLead;
}

/**
 * The annual cycle (årshjul) of reporting, in Norwegian working days around each period's end:
 * the window opens before the period ends and closes early in the next one.
 */
export interface AnnualCycle {
  /** The check-in opens on this working day counted back from the period's end (1 = the last one). */
  opensBefore: number;
  /** Working days after opening on which those who have not answered are reminded. */
  reminders: number[];
  /** Working day of the next period after which a missing check-in is escalated to the admins. */
  closesAfter: number;
  /** The digest sums up periods of this cadence and is posted on this working day of the next period. */
  digest: { cadence: Cadence; workingDay: number };
  /** Hour of the day (Oslo time) messages go out, within office hours. */
  sendHour: number;
}

/** Where a collaboration's project group gets its summary cards. */
export interface ChannelLink {
  reference: ConversationReference;
  channelName: string;
  linkedBy: UserId;
  linkedAt: string;
}

/** The minimum needed to message a conversation proactively. */
export interface ConversationReference {
  serviceUrl: string;
  tenantId: string;
  conversationId: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
  botId: string;
  botName?: string;
  channelId: string;
}

/**
 * Someone seen in a team the bot is installed in: enough to open a 1:1 chat with them
 * (createConversation) even if they never wrote to the bot.
 */
export interface TeamMemberReference {
  serviceUrl: string;
  tenantId: string;
  botId: string;
  botName?: string;
  channelId: string;
  teamId: string;
  /** The person's Teams user id in this bot's view ("29:…"). */
  userId: string;
}

export interface Collaboration {
  id: string;
  networkId: string;
  name: string;
  /** Other names people use for it ("lønnssamarbeidet", "Lønn IN"). */
  aliases: string[];
  sector: string;
  legalForm: LegalForm;
  hostMunicipalityId?: string;
  participantIds: string[];
  leaders: Person[];
  cadence: Cadence;
  templateId: string;
  /** ISO date the collaboration started reporting; periods before it are never overdue. */
  reportingSince: string;
  /** How the cost is shared; the handbook's 20/80 when not set. */
  costKey?: CostKey;
  /** The shared goals the participants agreed on (felles mål), one per entry. */
  goals?: string[];
  /** Not recorded for collaborations set up before phases were; shown as «drift» then. */
  phase?: Phase;
  /** The phase checklist, once someone has started working through it (features/checklist). */
  checklist?: CollaborationChecklist;
  /** The partner municipalities' latest yearly evaluation, when enough answered to show it (features/survey). */
  partnerView?: PartnerView;
  /** The benefits plan with the values reported so far (features/benefits). */
  benefits?: BenefitsPlan;
  channel?: ChannelLink;
  status: CollaborationStatus;
}

export type Colour = 'green' | 'yellow' | 'red';
export type Economy = 'within' | 'minor' | 'major';
/** 1–5 on the reports' scale, or null for «Vet ikke». */
export type Scale = 1 | 2 | 3 | 4 | 5 | null;

/** One respondent's answers; keys are template question keys. */
export type Answers = Record<string, string | number | boolean | null>;

export interface CheckIn {
  id: string;
  collaborationId: string;
  networkId: string;
  period: string;
  respondent: Person;
  templateId: string;
  templateVersion: number;
  answers: Answers;
  /** Answers about the planned benefits, by benefit id: kept apart from the template's answers. */
  benefits?: Record<string, BenefitAnswer>;
  submittedAt: string;
  /** Counts the stored edits (1 = first answer): the status shows the highest, which is the stored one. */
  revision?: number;
  /** The Teams activities of the latest edits, newest last: a redelivered one changes nothing. */
  activityIds?: string[];
  /** Set with every edit until the status is known to show it; the scheduler folds what a turn could not. */
  pendingFold?: true;
}

/** What one period looks like for a collaboration, folded from its check-ins. */
export interface PeriodSummary {
  period: string;
  overall: Colour;
  economy?: Economy;
  /** Mean per scale question; absent when everybody answered «Vet ikke». */
  means: Record<string, number>;
  respondents: number;
  decisionNeeded: boolean;
  lastSubmittedAt: string;
}

/** Kept on the collaboration at write time so `status` never reads raw history. */
export interface CollaborationStatus {
  /** Newest first, at most STATUS_HISTORY_LENGTH periods. */
  periods: PeriodSummary[];
  /** Every answer of the latest period, one entry per respondent. */
  latest: CheckInDigest[];
}

export interface CheckInDigest {
  respondent: Person;
  period: string;
  templateVersion: number;
  answers: Answers;
  benefits?: Record<string, BenefitAnswer>;
  submittedAt: string;
  /** The check-in's revision this digest was made from (absent before revisions existed). */
  revision?: number;
}

export interface Membership {
  networkId: string;
  roles: Role[];
  /** For a kommunedirektør: the municipality they lead; for a folkevalgt: the one they were elected in. */
  municipalityId?: string;
}

/** What the bot knows about one person across networks. */
export interface Profile extends Person {
  memberships: Membership[];
  personalConversation?: ConversationReference;
  /** How to open a 1:1 chat when there is none yet. */
  teamMember?: TeamMemberReference;
  welcomedAt?: string;
}
