import type { Template } from '../domain/template';
import type { AuditEntry } from '../domain/audit';
import type { ChecklistTemplate } from '../domain/checklist';
import type { PrioritisationRound } from '../domain/prioritisation';
import type { SurveyRoundRef, SurveyTally } from '../domain/survey';
export type { SurveyRoundRef };
import type {
  CheckIn,
  Collaboration,
  ConversationReference,
  Network,
  Person,
  Profile,
  TeamMemberReference,
  UserId
} from '../domain/types';

/**
 * A pure edit of a stored document: the next version from the current one, or undefined when
 * there is nothing to write. It may run several times (once per ETag race lost), so it must not
 * have side effects; it may read other documents.
 */
export type Change<T> = (current: T) => T | undefined | Promise<T | undefined>;

/**
 * The repository boundary. Handlers depend on these interfaces only; the Cosmos DB
 * implementation is chosen at the composition root.
 */

/** A value with the ETag it was read at, for optimistic concurrency. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface NetworkContents {
  networks: Network[];
  collaborations: Collaboration[];
}

/** Networks, their collaborations and templates: partitioned by network. */
export interface NetworkDirectory {
  getNetwork(networkId: string): Promise<Network | undefined>;
  /**
   * Networks and all their collaborations, whatever the length of history. The values may be
   * shared between turns and are frozen: change them only through the update methods.
   */
  loadNetworks(networkIds: string[]): Promise<NetworkContents>;
  getCollaboration(networkId: string, collaborationId: string): Promise<Versioned<Collaboration> | undefined>;
  getTemplate(networkId: string, templateId: string): Promise<Template | undefined>;
  /**
   * The only way to change a stored network, collaboration or template: `change` is applied to
   * the stored version and written under its ETag, read again and re-applied when someone wrote in
   * between. Returns the document as stored after, or undefined when there is none.
   */
  updateNetwork(networkId: string, change: Change<Network>): Promise<Network | undefined>;
  /** `known`: the version the caller already read, tried first to save a read (a check-in submit). */
  updateCollaboration(networkId: string, collaborationId: string, change: Change<Collaboration>, known?: Versioned<Collaboration>): Promise<Collaboration | undefined>;
  updateTemplate(networkId: string, templateId: string, change: Change<Template>): Promise<Template | undefined>;
  /**
   * Stores a new network unless one with its id exists (false then): two admins creating a network
   * of the same name at once must not both end up writing, and administering, the same one.
   */
  createNetwork(network: Network): Promise<boolean>;
  /** Stores a new collaboration unless one with its id exists (false then), so one created meanwhile is never written over. */
  createCollaboration(collaboration: Collaboration): Promise<boolean>;
  /**
   * Writes whole documents, whatever is stored: networks and collaborations only for seeding and
   * tests; templates also for the defaults a network starts with, the same whoever writes them.
   */
  putNetwork(network: Network): Promise<void>;
  putCollaboration(collaboration: Collaboration): Promise<void>;
  putTemplate(template: Template): Promise<void>;
  /** Every network's id: a cross-partition query, for the scheduler and erasure only. */
  listNetworkIds(): Promise<string[]>;
  /** True when nothing at all is stored yet (decides whether the local demo is seeded). */
  isEmpty(): Promise<boolean>;
}

export type SaveOutcome = 'created' | 'updated';

/** Raw check-ins: partitioned by collaboration, one document per period × respondent. */
export interface CheckInStore {
  /** Upserts whatever is stored: for seeding and imports, where nobody edits at the same time. */
  save(checkIn: CheckIn): Promise<SaveOutcome>;
  /** One check-in with its ETag (a point read), or undefined. */
  get(collaborationId: string, id: string): Promise<Versioned<CheckIn> | undefined>;
  /**
   * Stores the check-in only over the version read (`etag`), or only when none was stored
   * (`etag` undefined); throws ConcurrencyConflict when someone wrote in between.
   */
  saveIfUnchanged(checkIn: CheckIn, etag: string | undefined): Promise<void>;
  /** Check-ins not yet known to be in their collaboration's status: a cross-partition query, for the scheduler. */
  pendingFolds(): Promise<Versioned<CheckIn>[]>;
  /** Every check-in of one collaboration from `fromPeriod` on (same cadence), oldest first. */
  listSince(collaborationId: string, fromPeriod: string): Promise<CheckIn[]>;
  /** Every check-in of a year in the given networks: a cross-partition query, for exports only. */
  listYear(networkIds: string[], year: number): Promise<CheckIn[]>;
  /** Everything one person answered, in any collaboration: a cross-partition query, for `mine data`. */
  listByRespondent(user: UserId): Promise<CheckIn[]>;
  /** Replaces a stored check-in by one under a new id (erasure changes the id, which names the person). */
  replaceWith(old: CheckIn, replacement: CheckIn): Promise<void>;
  /** Deletes a collaboration's check-ins submitted before `cutoff` (ISO); returns how many. */
  deleteSubmittedBefore(collaborationId: string, cutoff: string): Promise<number>;
}

export interface ProfileStore {
  get(user: UserId): Promise<Profile | undefined>;
  /** Changes a profile under its ETag like NetworkDirectory.updateNetwork; `change` gets undefined when there is none yet. */
  update(user: UserId, change: Change<Profile | undefined>): Promise<Profile | undefined>;
  /** Writes a whole profile, whatever is stored: for seeding and tests only. */
  put(profile: Profile): Promise<void>;
  /** Everybody with a role in any network: one cross-partition query per scheduler round. */
  withRoles(): Promise<Profile[]>;
  delete(user: UserId): Promise<void>;
}

export interface ConversationRecord extends ConversationReference {
  /** Team or chat name when Teams tells it. */
  name?: string;
  /** For a team's channels: the team, whose roster admins pick people from. */
  teamId?: string;
  active: boolean;
  updatedAt: string;
}

/** Every conversation the bot is installed in, so it can speak first later. */
export interface ConversationStore {
  /** Writes a whole record, whatever is stored: for seeding and tests only. */
  put(record: ConversationRecord): Promise<void>;
  /** Changes a record under its ETag like NetworkDirectory.updateNetwork; `change` gets undefined when there is none yet. */
  update(conversationId: string, change: Change<ConversationRecord | undefined>): Promise<ConversationRecord | undefined>;
  get(conversationId: string): Promise<ConversationRecord | undefined>;
  /** Team channels the bot is active in for these tenants: a cross-partition query, for admins only. */
  teamChannels(tenantIds: string[]): Promise<ConversationRecord[]>;
}

/** An årshjul event once the scheduler has planned its sends; settled when they are all done. */
export interface AnnualCycleEventRecord {
  key: string;
  networkId: string;
  /** The event's kind, owned by the module that contributes it to the årshjul. */
  kind: string;
  period: string;
  reminder?: number;
  at: string;
  until: string;
  state: 'planned' | 'settled';
}

export type DeliveryState = 'pending' | 'sent' | 'skipped' | 'undeliverable';

/** One outbound message, recorded before it is sent so nothing is lost and nothing sent twice. */
export interface Delivery {
  /** Deterministic: event key + recipient (+ collaboration). */
  id: string;
  networkId: string;
  eventKey: string;
  /** Owned by the module that plans it, which also renders it: 'invitation', 'digest', … */
  kind: string;
  period: string;
  collaborationId?: string;
  /** A person's 1:1 chat, or absent for the network's leadership channel. */
  person?: Person;
  reference?: ConversationReference;
  /** A person with no 1:1 chat yet, seen in a team: the chat is opened before the first send. */
  member?: TeamMemberReference;
  /** For the leadership channel: its name, to tell the admins which one failed. */
  channelName?: string;
  state: DeliveryState;
  attempts: number;
  /** Not before this instant (office hours, Retry-After, backoff). */
  notBefore: string;
  /** Skipped after this instant: stale news is not sent. */
  until: string;
  sentAt?: string;
  /** Why it was not delivered: an HTTP status or 'noConversation' / 'noChannel'. */
  failure?: string;
}

export type LeaseClaim = 'held' | 'takenOver' | 'refused';

/** The scheduler's durable state: one lease for the whole deployment, events and deliveries per network. */
export interface JobStore {
  /**
   * Takes or renews the scheduler lease: 'held' when it was free or already ours, 'takenOver' when
   * another instance held it until it expired or was released, 'refused' while another live instance holds it.
   */
  claimLease(holder: string, ttlMs: number, nowMs: number): Promise<LeaseClaim>;
  releaseLease(holder: string): Promise<void>;
  getEvent(networkId: string, key: string): Promise<AnnualCycleEventRecord | undefined>;
  putEvent(record: AnnualCycleEventRecord): Promise<void>;
  plannedEvents(networkId: string): Promise<AnnualCycleEventRecord[]>;
  /** Creates those not there yet; existing ones (same id) are left exactly as they are. */
  addDeliveries(deliveries: Delivery[]): Promise<void>;
  pendingDeliveries(networkId: string): Promise<Delivery[]>;
  deliveriesOf(networkId: string, eventKey: string): Promise<Delivery[]>;
  putDelivery(delivery: Delivery): Promise<void>;
  /** Every delivery addressed to a person, in any network: for erasure. */
  deliveriesTo(user: UserId): Promise<Delivery[]>;
  deleteDelivery(delivery: Delivery): Promise<void>;
}

/**
 * A tenant an admin asked into a network. It is not let in until someone from that tenant gives
 * the code in chat; only the code's hash is stored, and who invited is in the audit log.
 */
export interface Invitation {
  networkId: string;
  tenantId: string;
  codeHash: string;
  expiresAt: string;
}

/** Pending invitations, one per network and tenant. */
export interface InvitationStore {
  /** Replaces an earlier invitation of the same tenant to the same network (and so its code). */
  put(invitation: Invitation): Promise<void>;
  /** The invitation with this code hash, in any network: a cross-partition query, for `bli med` only. */
  findByCode(codeHash: string): Promise<Versioned<Invitation> | undefined>;
  /** Uses the invitation up; false when it was used or replaced since it was read. */
  take(invitation: Versioned<Invitation>): Promise<boolean>;
  /** The network's invitations not yet used, expired ones included, for its admins to see. */
  pending(networkId: string): Promise<Invitation[]>;
  /** Withdraws the invitation of a tenant, so its code no longer works; false when there was none. */
  withdraw(networkId: string, tenantId: string): Promise<boolean>;
}

/** The audit trail of configuration, role and template changes, per network. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** The newest entries first. */
  recent(networkId: string, limit: number): Promise<AuditEntry[]>;
  /** Every entry of a network, for erasure: the person who erases is taken out of them. */
  all(networkId: string): Promise<AuditEntry[]>;
  /** Rewrites a stored entry (erasure only: the trail is otherwise append-only). */
  replace(entry: AuditEntry): Promise<void>;
}

/** Checklist templates and prioritisation rounds: partitioned by network. */
export interface PlanningStore {
  getChecklistTemplate(networkId: string, id: string): Promise<ChecklistTemplate | undefined>;
  /** Writes a whole template: for seeding and a template's first use. */
  putChecklistTemplate(template: ChecklistTemplate): Promise<void>;
  /** Changes a template under its ETag; `change` gets undefined when the network has none stored yet. */
  updateChecklistTemplate(networkId: string, id: string, change: Change<ChecklistTemplate | undefined>): Promise<ChecklistTemplate | undefined>;
  getRound(networkId: string, roundId: string): Promise<PrioritisationRound | undefined>;
  /** Every round of these networks, newest first. */
  listRounds(networkIds: string[]): Promise<PrioritisationRound[]>;
  /** Writes a whole round: for new ones and seeding. */
  putRound(round: PrioritisationRound): Promise<void>;
  /** Changes a round under its ETag like NetworkDirectory.updateNetwork. */
  updateRound(networkId: string, roundId: string, change: Change<PrioritisationRound>): Promise<PrioritisationRound | undefined>;
}

/**
 * Anonymous surveys: the counters of each round (partitioned by network) and, apart from them in
 * another container, receipts saying only that a person has answered a round (partitioned by
 * round). Nothing links the two: a receipt carries no answer, the counters no person.
 */
export interface SurveyStore {
  getTally(round: SurveyRoundRef): Promise<SurveyTally | undefined>;
  /** Creates the round's empty counters; an existing tally is left as it is. */
  createTally(tally: SurveyTally): Promise<void>;
  /** Changes the counters under their ETag like NetworkDirectory.updateNetwork. */
  updateTally(round: SurveyRoundRef, change: Change<SurveyTally>): Promise<SurveyTally | undefined>;
  /** Records that the person answered; false when they already had (the round is answered once). */
  addReceipt(round: SurveyRoundRef, user: UserId): Promise<boolean>;
  hasReceipt(round: SurveyRoundRef, user: UserId): Promise<boolean>;
  /** Who has answered a round: for reminders and the response rate. */
  receipts(round: SurveyRoundRef): Promise<UserId[]>;
  deleteReceipt(round: SurveyRoundRef, user: UserId): Promise<void>;
  /** Deletes every receipt of a closed round; returns how many. */
  deleteReceipts(round: SurveyRoundRef): Promise<number>;
  /** The rounds a person has answered, in any network: a cross-partition query, for `mine data` and erasure. */
  receiptsOf(user: UserId): Promise<SurveyRoundRef[]>;
}

export interface Store {
  directory: NetworkDirectory;
  planning: PlanningStore;
  surveys: SurveyStore;
  audit: AuditLog;
  invitations: InvitationStore;
  checkIns: CheckInStore;
  profiles: ProfileStore;
  conversations: ConversationStore;
  jobs: JobStore;
  /** Resolves when the store answers; for /readyz. */
  ping(): Promise<void>;
}

/** Someone else changed the document since it was read (HTTP 412). */
export class ConcurrencyConflict extends Error {
  constructor() {
    super('The document was changed by someone else');
    this.name = 'ConcurrencyConflict';
  }
}

/** The store could not be reached or kept failing after retries. */
export class StoreUnavailable extends Error {
  constructor(cause: unknown) {
    super(`The store is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreUnavailable';
  }
}
