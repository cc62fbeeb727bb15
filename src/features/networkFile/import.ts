import { CHECKLIST_TEMPLATE_ID } from '../../domain/checklist';
import { userKey } from '../../domain/roles';
import { fellesStatusmal } from '../../domain/template';
import type { Collaboration, Membership, Network, UserId } from '../../domain/types';
import { ConcurrencyConflict, type Store } from '../../core/store';
import { recordChange } from '../audit/record';
import {
  COLLABORATION_KEYS,
  DEFAULT_TEMPLATE_ID,
  SETTINGS_KEYS,
  definitionOf,
  type BodyDefinition,
  newCollaboration,
  type CollaborationDefinition,
  type FileError,
  type NetworkDefinition,
  type PersonDefinition,
  type RoundDefinition
} from './definition';
import { compareDefinitions, hasChanges, type DefinitionChanges } from './diff';
import { parseNetworkFile } from './parse';
import { storeProblems, type StoredNetwork } from './rules';

export type ImportResult =
  | { ok: false; errors: FileError[] }
  | {
      ok: true;
      network: { id: string; name: string };
      /** Undefined when the store already was as the file says: then nothing was written. */
      changes?: DefinitionChanges;
      /** Names of stored collaborations the file leaves out; they are kept with their history. */
      kept: string[];
      /** False when the network exists and the import may not replace it: `changes` were then not written. */
      written: boolean;
    };

/** The stored value with the file's fields in place of its own: those the file leaves out become unset. */
function merged<T extends object>(stored: T, keys: readonly (keyof T)[], defined: Partial<T>): T {
  const rest: Partial<T> = { ...stored };
  for (const key of keys) delete rest[key];
  return { ...rest, ...defined } as T;
}

/** The templates the definition names that the network has (the default one included). */
async function existingTemplates(store: Store, networkId: string, definition: NetworkDefinition): Promise<Set<string>> {
  const named = [...new Set([DEFAULT_TEMPLATE_ID, ...definition.collaborations.flatMap((c) => (c.templateId ? [c.templateId] : []))])];
  const found = await Promise.all(named.map((id) => store.directory.getTemplate(networkId, id)));
  return new Set(named.filter((_, i) => found[i]));
}

/** A collaboration without a template in the file keeps the one it has. */
function withTemplates(definition: NetworkDefinition, stored: Collaboration[]): NetworkDefinition {
  const templateOf = new Map(stored.map((c) => [c.id, c.templateId]));
  return {
    ...definition,
    collaborations: definition.collaborations.map((c) => ({ ...c, templateId: c.templateId ?? templateOf.get(c.id) ?? DEFAULT_TEMPLATE_ID }))
  };
}

/** The values reported for a benefit are history: a benefit the file keeps (by id) keeps them. */
function withRealised(stored: Collaboration, next: Collaboration): Collaboration {
  if (!next.benefits) return next;
  const reported = new Map((stored.benefits?.benefits ?? []).map((b) => [b.id, b.realised]));
  return { ...next, benefits: { ...next.benefits, benefits: next.benefits.benefits.map((b) => ({ ...b, realised: reported.get(b.id) ?? [] })) } };
}

/** Merged into the stored collaboration under its ETag, so a check-in stored meanwhile is never lost. */
async function writeCollaboration(store: Store, networkId: string, definition: CollaborationDefinition): Promise<void> {
  const updated = await store.directory.updateCollaboration(networkId, definition.id, (stored) => withRealised(stored, merged(stored, COLLABORATION_KEYS, definition)));
  if (!updated && !(await store.directory.createCollaboration(newCollaboration(definition, networkId)))) throw new ConcurrencyConflict();
}

/** The person's membership of this network as the file says, or none; other networks' stay as they are. */
async function writeMembership(store: Store, networkId: string, user: UserId, person: PersonDefinition | undefined): Promise<void> {
  const membership: Membership[] = person
    ? [{ networkId, roles: person.roles, ...(person.municipalityId ? { municipalityId: person.municipalityId } : {}) }]
    : [];
  await store.profiles.update(user, (stored) => {
    const profile = stored ?? (person && { tenantId: user.tenantId, aadObjectId: user.aadObjectId, name: person.name, memberships: [] });
    if (!profile) return undefined;
    const memberships = profile.memberships.some((m) => m.networkId === networkId)
      ? profile.memberships.flatMap((m) => (m.networkId === networkId ? membership : [m]))
      : [...profile.memberships, ...membership];
    return { ...profile, ...(person ? { name: person.name } : {}), memberships };
  });
}

/** A round as the file says, in place of the stored one under its ETag (scores sent meanwhile are the file's to decide). */
async function writeRound(store: Store, networkId: string, round: RoundDefinition): Promise<void> {
  const next = { ...round, networkId };
  const updated = await store.planning.updateRound(networkId, round.id, () => next);
  if (!updated) await store.planning.putRound(next);
}

/** The template as the file says, under its ETag: checklists under way keep the items they copied. */
async function writeTemplate(store: Store, networkId: string, definition: NetworkDefinition): Promise<void> {
  await store.planning.updateChecklistTemplate(networkId, CHECKLIST_TEMPLATE_ID, () => ({ id: CHECKLIST_TEMPLATE_ID, networkId, versions: definition.checklistTemplate! }));
}

/** A body the file keeps (by id) keeps the channel chosen for it in chat; none at all leaves the field unset. */
function withChannels(bodies: BodyDefinition[], stored: Network | undefined): Pick<Network, 'bodies'> {
  if (!bodies.length) return {};
  const channelOf = (id: string) => stored?.bodies?.find((s) => s.id === id)?.channel;
  return {
    bodies: bodies.map((b) => {
      const channel = channelOf(b.id);
      return channel ? { ...b, channel } : b;
    })
  };
}

/** Only what changed is written; the audit entry comes last, once everything else is stored. */
async function write(store: Store, current: NetworkDefinition | undefined, next: NetworkDefinition, changes: DefinitionChanges, stored: StoredNetwork): Promise<void> {
  const { id } = next.network;
  if (changes.settings.length || changes.items.municipalities.length || changes.items.bodies.length) {
    const network = (stored?: Network): Network => ({ ...next.network, municipalities: next.municipalities, ...withChannels(next.bodies, stored) });
    const updated = stored.network && (await store.directory.updateNetwork(id, (current) => merged(current, [...SETTINGS_KEYS, 'municipalities', 'bodies'], network(current))));
    // A network new to this import is only created: one someone else created since the file was read is theirs, not the file's.
    if (!updated && !(await store.directory.createNetwork(network()))) throw new ConcurrencyConflict();
  }
  if (!stored.templateIds.has(DEFAULT_TEMPLATE_ID)) await store.directory.putTemplate(fellesStatusmal(id));
  const collaborations = new Map(next.collaborations.map((c) => [c.id, c]));
  for (const change of changes.items.collaborations) await writeCollaboration(store, id, collaborations.get(change.key)!);
  const inFile = new Map(next.people.map((p) => [userKey(p), p]));
  const known = new Map([...(current?.people ?? []), ...next.people].map((p) => [userKey(p), p]));
  for (const change of changes.items.people) await writeMembership(store, id, known.get(change.key)!, inFile.get(change.key));
  if (changes.items.checklistTemplate.length) await writeTemplate(store, id, next);
  const rounds = new Map((next.rounds ?? []).map((r) => [r.id, r]));
  for (const change of changes.items.rounds) await writeRound(store, id, rounds.get(change.key)!);
}

/**
 * Reads a network definition file into the store. Everything is checked before anything is
 * written; then only what differs is written, merged with what the file does not describe
 * (check-in history, linked channels, other networks' roles, rounds and collaborations it leaves
 * out), and one audit entry records it.
 * Importing the same file again writes nothing. A network that exists is changed only with
 * `replace`; without it the result tells what would change.
 */
export async function importNetworkFile(store: Store, text: string, now: Date, { replace = false } = {}): Promise<ImportResult> {
  const parsed = parseNetworkFile(text);
  if (!parsed.ok) return parsed;
  const { locate } = parsed;
  const { id, name } = parsed.definition.network;
  const [contents, profiles, templates, checklistTemplate, rounds] = await Promise.all([
    store.directory.loadNetworks([id]),
    store.profiles.withRoles(),
    existingTemplates(store, id, parsed.definition),
    store.planning.getChecklistTemplate(id, CHECKLIST_TEMPLATE_ID),
    store.planning.listRounds([id])
  ]);
  const stored: StoredNetwork = { network: contents.networks[0], collaborations: contents.collaborations, templateIds: templates };
  const problems = storeProblems(parsed.definition, stored);
  if (problems.length) return { ok: false, errors: problems.map((p) => ({ ...p, line: locate(p.path) })).sort((a, b) => a.line - b.line) };

  const definition = withTemplates(parsed.definition, contents.collaborations);
  const inFile = new Set(definition.collaborations.map((c) => c.id));
  // Rounds the file leaves out are kept, and so is the template when the file has none.
  const roundsInFile = new Set((definition.rounds ?? []).map((r) => r.id));
  const planning = { template: definition.checklistTemplate && checklistTemplate, rounds: rounds.filter((r) => roundsInFile.has(r.id)) };
  const current = stored.network && definitionOf(stored.network, contents.collaborations.filter((c) => inFile.has(c.id)), profiles, planning);
  const kept = contents.collaborations.filter((c) => !inFile.has(c.id)).map((c) => c.name);
  const changes = compareDefinitions(current, definition);
  if (!hasChanges(changes)) return { ok: true, network: { id, name }, kept, written: false };
  if (stored.network && !replace) return { ok: true, network: { id, name }, changes, kept, written: false };

  await write(store, current, definition, changes, stored);
  await recordChange(store, now, undefined, { networkId: id, action: 'network.imported', subject: name, before: changes.before, after: changes.after });
  return { ok: true, network: { id, name }, changes, kept, written: true };
}
