import type { CheckIn, Collaboration, Network, Person, Profile, UserId } from '../domain/types';
import type { Catalogue } from './i18n/catalogue';
import type { Store } from './store';

/**
 * Everything Sampuls holds about one person, as `mine data` shows it and its download carries:
 * each module's `collect` fills its own part.
 */
export interface PersonalData {
  /** The person's record (privacy): name, roles, chats. */
  profile?: Profile;
  /** The networks the person has roles in, to name them (privacy). */
  networks: { id: string; name: string }[];
  /** Their answers (check-in). */
  checkIns: CheckIn[];
  /** Collaborations the person is registered as leader of, by network (admin). */
  leads: { networkId: string; collaborationId: string; name: string }[];
  /** Survey rounds they have answered while the round runs: that they did, never what (survey). */
  surveys?: { networkId: string; roundId: string; subjectId?: string }[];
  /** Scheduled messages addressed to them, without the chat reference (årshjul). */
  messages: { kind: string; period: string; state: string; sentAt?: string }[];
  /** What the person is named as responsible for: checklist items, scoring groups, benefits (checklist, prioritisation, benefits). */
  responsibilities?: { networkId: string; what: string }[];
  /** Case documents filed for a meeting that quote what the person wrote, kept unchanged for the archive (reports). */
  archivedReports?: { networkId: string; file: string; filedAt: string }[];
}

/** What an erasure hands every module: who the person becomes, and what to look for. */
export interface ErasureContext {
  /** Replaces the person wherever a record stays (answers, the audit trail); traces back to no one. */
  pseudonym: Person;
  /** Every name the person was known by (the turn's and the profile's), for text that names them. */
  names: string[];
  now: Date;
  t: Catalogue;
}

/**
 * What a module stores about a person, declared beside the module so that `mine data`,
 * `slett mine data` and the daily retention sweep reach every holder without naming stores.
 */
export interface PersonalDataDeclaration {
  /** In a few words, for the reader: what is held and where. */
  holds: string;
  /** The module's part of `mine data` and its download. */
  collect?(store: Store, user: UserId): Promise<Partial<PersonalData>>;
  /**
   * Removes the person from the module's documents, or keeps them under the pseudonym. Must be
   * safe to run again. Returns how many of the person's answers it kept under the pseudonym, if any.
   */
  erase?(store: Store, user: UserId, context: ErasureContext): Promise<number | void>;
  /** Deletes what the network's retention says is too old; returns how many documents went. */
  retention?(store: Store, network: Network, collaborations: Collaboration[], now: Date): Promise<number>;
}

/** A module holds either something about people, declared, or explicitly nothing. */
export type PersonalDataHolding = PersonalDataDeclaration | 'none';

/** The modules' declarations, leaving out those that hold nothing. */
export const declarationsOf = (modules: readonly { personalData: PersonalDataHolding }[]): PersonalDataDeclaration[] =>
  modules.flatMap((m) => (m.personalData === 'none' ? [] : [m.personalData]));

/**
 * Rewrites every collaboration `mentions` finds, under its ETag, so a check-in folded in
 * meanwhile is kept; `rewrite` sees the current version.
 */
export async function rewriteCollaborations(store: Store, mentions: (c: Collaboration) => boolean, rewrite: (c: Collaboration) => Collaboration): Promise<void> {
  const { collaborations } = await store.directory.loadNetworks(await store.directory.listNetworkIds());
  for (const collaboration of collaborations.filter(mentions)) {
    await store.directory.updateCollaboration(collaboration.networkId, collaboration.id, (current) => (mentions(current) ? rewrite(current) : undefined));
  }
}
