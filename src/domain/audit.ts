import type { Person } from './types';

/** What was changed; the catalogue words each for the `logg` card. */
export type AuditAction =
  | 'cycle.changed'
  | 'ask.changed'
  | 'digestChannel.set'
  | 'channel.linked'
  | 'network.imported'
  | 'person.erased'
  | 'network.created'
  | 'network.changed'
  | 'municipality.added'
  | 'municipality.changed'
  | 'municipality.removed'
  | 'collaboration.added'
  | 'collaboration.changed'
  | 'role.granted'
  | 'role.revoked'
  | 'template.changed'
  | 'checklist.changed'
  | 'phase.changed'
  | 'benefits.changed'
  | 'round.created'
  | 'round.scored'
  | 'tenant.invited'
  | 'tenant.joined'
  | 'tenant.invitationWithdrawn'
  | 'survey.started'
  | 'survey.closed'
  | 'survey.extended'
  | 'report.filed'
  | 'evaluation.started'
  | 'evaluation.closed'
  | 'evaluation.dateChanged'
  | 'evaluation.extended'
  | 'body.added'
  | 'body.changed'
  | 'body.removed'
  | 'meetingLead.changed';

/**
 * One change to a network's configuration, roles or templates: who, when, what, before and
 * after. Kept as long as the network exists; the log is the trail the secretariat answers for.
 */
export interface AuditEntry {
  id: string;
  networkId: string;
  at: string;
  /** The person in chat, or absent when the change came from the command line. */
  actor?: Person;
  action: AuditAction;
  /** What the change is about: the network's or a collaboration's name. */
  subject: string;
  before?: unknown;
  after?: unknown;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const shown = (value: unknown): string => (value === undefined ? '–' : typeof value === 'string' ? value : JSON.stringify(value));

/** The top-level fields that differ between two versions of a value, as text for a card. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(before) || !isRecord(after)) {
    return shown(before) === shown(after) ? [] : [{ field: '', before: shown(before), after: shown(after) }];
  }
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => shown(before[field]) !== shown(after[field]))
    .map((field) => ({ field, before: shown(before[field]), after: shown(after[field]) }));
}
