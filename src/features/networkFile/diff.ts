import { userKey } from '../../domain/roles';
import { evaluationAuditEntry } from '../../domain/survey';
import type { NetworkDefinition, NetworkSettings } from './definition';
import { bodyEntry, collaborationEntry, memberEntry, municipalityEntry, roundEntry, versionEntry } from './format';

/**
 * What an import changes, compared as the file would show it. It decides what is written, what
 * the command prints and what the audit entry records: only what changed, as it was and is.
 */
export interface ItemChange {
  /** The id (or the person's tenant and object id). */
  key: string;
  name: string;
  kind: 'added' | 'changed' | 'removed';
}

export const SECTIONS = ['municipalities', 'collaborations', 'people', 'bodies', 'checklistTemplate', 'rounds'] as const;
export type Section = (typeof SECTIONS)[number];

export interface DefinitionChanges {
  /** Changed network settings, named as the audit log names fields (the årshjul's parts one by one). */
  settings: string[];
  items: Record<Section, ItemChange[]>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

type Entry = Record<string, unknown>;

/** The settings as the audit log names them: retention in months, the årshjul's parts one by one. */
function settingsEntry(settings: NetworkSettings | undefined): Entry {
  if (!settings) return {};
  const { name, tenantIds, language, retention, cycle, politiciansReadWrittenAnswers, meetingLead, evaluationDate } = settings;
  return {
    name, tenantIds, language, retention: retention?.checkInMonths, ...cycle, ...meetingLead,
    ...(evaluationDate ? evaluationAuditEntry(evaluationDate) : {}),
    ...(politiciansReadWrittenAnswers ? { politiciansReadWrittenAnswers } : {})
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Entry, after: Entry): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !same(before[field], after[field]));
}

/** The listed fields that are set: the log shows an unset one as «–». */
const only = (entry: Entry, fields: string[]): Entry => Object.fromEntries(fields.filter((f) => entry[f] !== undefined).map((f) => [f, entry[f]]));
const isEmpty = (entry: Entry) => Object.keys(entry).length === 0;

interface Keyed {
  key: string;
  name: string;
  entry: Entry;
}

function diffSection(before: Keyed[], after: Keyed[]): { changes: ItemChange[]; before: Entry; after: Entry } {
  const old = new Map(before.map((item) => [item.key, item]));
  const now = new Set(after.map((item) => item.key));
  const result = { changes: [] as ItemChange[], before: {} as Entry, after: {} as Entry };
  // Keyed by name for the reader; a name two items share gets the key too.
  const label = (item: Keyed) => (item.name in result.before || item.name in result.after ? `${item.name} (${item.key})` : item.name);
  for (const item of after) {
    const previous = old.get(item.key);
    const fields = previous ? changedFields(previous.entry, item.entry) : [];
    if (previous && !fields.length) continue;
    const name = label(item);
    if (previous) result.before[name] = only(previous.entry, fields);
    result.after[name] = previous ? only(item.entry, fields) : item.entry;
    result.changes.push({ key: item.key, name: item.name, kind: previous ? 'changed' : 'added' });
  }
  for (const item of before.filter((b) => !now.has(b.key))) {
    result.before[label(item)] = item.entry;
    result.changes.push({ key: item.key, name: item.name, kind: 'removed' });
  }
  return result;
}

function keyed(definition: NetworkDefinition | undefined): Record<Section, Keyed[]> {
  return {
    municipalities: (definition?.municipalities ?? []).map((m) => ({ key: m.id, name: m.name, entry: municipalityEntry(m) })),
    collaborations: (definition?.collaborations ?? []).map((c) => ({ key: c.id, name: c.name, entry: collaborationEntry(c) })),
    people: (definition?.people ?? []).map((p) => ({ key: userKey(p), name: p.name, entry: memberEntry(p) })),
    // A template version is named by its number: «Versjoner av sjekklistemalen – nye: 2».
    checklistTemplate: (definition?.checklistTemplate ?? []).map((v) => ({ key: String(v.version), name: String(v.version), entry: versionEntry(v) })),
    rounds: (definition?.rounds ?? []).map((r) => ({ key: r.id, name: r.name, entry: roundEntry(r) })),
    bodies: (definition?.bodies ?? []).map((b) => ({ key: b.id, name: b.name, entry: bodyEntry(b) }))
  };
}

/**
 * From what is stored (undefined for a new network) to what the file says. `current` holds only
 * the collaborations and rounds the file names, and the template only when the file has one: the
 * others are kept as they are.
 */
export function compareDefinitions(current: NetworkDefinition | undefined, next: NetworkDefinition): DefinitionChanges {
  const [oldSettings, newSettings] = [settingsEntry(current?.network), settingsEntry(next.network)];
  const settings = changedFields(oldSettings, newSettings);
  const [oldItems, newItems] = [keyed(current), keyed(next)];
  const items = Object.fromEntries(SECTIONS.map((section) => [section, []])) as unknown as Record<Section, ItemChange[]>;
  const changes: DefinitionChanges = { settings, items, before: only(oldSettings, settings), after: only(newSettings, settings) };
  for (const section of SECTIONS) {
    const diff = diffSection(oldItems[section], newItems[section]);
    if (!diff.changes.length) continue;
    changes.items[section] = diff.changes;
    if (!isEmpty(diff.before)) changes.before[section] = diff.before;
    if (!isEmpty(diff.after)) changes.after[section] = diff.after;
  }
  return changes;
}

export const hasChanges = (changes: DefinitionChanges): boolean =>
  changes.settings.length > 0 || Object.values(changes.items).some((list) => list.length > 0);
