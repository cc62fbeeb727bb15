import { AMOUNT_LIMIT, INDICATOR_MAX_LENGTH } from '../../domain/benefits';
import { parseDueDate, REFERENCE_MAX_LENGTH } from '../../domain/checklist';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { CollaborationDefinition, FilePath, PathProblem } from './definition';

/**
 * The rules a collaboration's checklist and benefits plan keep in a file, as in chat: items and
 * benefits each once, dates real and in range, municipalities among the participants, amounts
 * in range and never negative, owners from the network's tenants.
 */

const at = (path: FilePath, problem: (t: Catalogue) => string): PathProblem => ({ path, problem });

function once(base: FilePath, ids: (string | number)[], field: string): PathProblem[] {
  const seen = new Set<string | number>();
  return ids.flatMap((id, i) => {
    const repeated = seen.has(id);
    seen.add(id);
    return repeated ? [at([...base, i, field], (t) => t.networkFile.problem.repeated)] : [];
  });
}

const dateProblem = (path: FilePath, value: string | undefined) => (value !== undefined && !parseDueDate(value) ? [at(path, (t) => t.benefits.file.date)] : []);
const ownerProblem = (path: FilePath, owner: { tenantId: string } | undefined, tenantIds: string[]) =>
  owner && !tenantIds.includes(owner.tenantId) ? [at([...path, 'tenantId'], (t) => t.networkFile.problem.unknownTenant)] : [];
const amountProblem = (path: FilePath, value: number, negativeAllowed: boolean) =>
  Math.abs(value) > AMOUNT_LIMIT ? [at(path, (t) => t.definition.problem.tooLong)] : !negativeAllowed && value < 0 ? [at(path, (t) => t.benefits.file.negative)] : [];
const notParticipant = (path: FilePath, id: string) => at(path, (t) => t.networkFile.problem.naming(t.benefits.file.notParticipant, id));

function checklistProblems(base: FilePath, c: CollaborationDefinition, tenantIds: string[]): PathProblem[] {
  if (!c.checklist) return [];
  const items = c.checklist.items;
  return [
    ...once([...base, 'items'], items.map((i) => i.id), 'id'),
    ...items.flatMap((item, i) => {
      const path = [...base, 'items', i];
      return [
        ...(item.municipalityId !== undefined && !c.participantIds.includes(item.municipalityId) ? [notParticipant([...path, 'id'], item.municipalityId)] : []),
        ...dateProblem([...path, 'due'], item.due),
        ...((item.reference?.length ?? 0) > REFERENCE_MAX_LENGTH ? [at([...path, 'reference'], (t) => t.definition.problem.tooLong)] : []),
        ...ownerProblem([...path, 'owner'], item.owner, tenantIds)
      ];
    })
  ];
}

function benefitsProblems(base: FilePath, c: CollaborationDefinition, tenantIds: string[]): PathProblem[] {
  if (!c.benefits) return [];
  const { benefits, years } = c.benefits;
  return [
    ...once([...base, 'benefits'], benefits.map((b) => b.id), 'id'),
    ...benefits.flatMap((b, i) => {
      const path = [...base, 'benefits', i];
      return [
        ...(b.indicator.length > INDICATOR_MAX_LENGTH ? [at([...path, 'indicator'], (t) => t.definition.problem.tooLong)] : []),
        ...amountProblem([...path, 'baseline'], b.baseline, true),
        ...amountProblem([...path, 'target'], b.target, true),
        ...(b.target === b.baseline ? [at([...path, 'target'], (t) => t.benefits.file.sameAsBaseline)] : []),
        ...dateProblem([...path, 'since'], b.since),
        ...dateProblem([...path, 'targetDate'], b.targetDate),
        ...ownerProblem([...path, 'owner'], b.owner, tenantIds),
        ...Object.entries(b.amounts ?? {}).flatMap(([id, amount]) => [
          ...(c.participantIds.includes(id) ? [] : [notParticipant([...path, 'amounts', id], id)]),
          ...amountProblem([...path, 'amounts', id], amount, false)
        ])
      ];
    }),
    ...once([...base, 'years'], years.map((y) => y.year), 'year'),
    ...years.flatMap((y, i) => [
      ...(y.year < 2000 || y.year > 2100 ? [at([...base, 'years', i, 'year'], (t) => t.benefits.file.date)] : []),
      ...(['oneOff', 'running', 'savings', 'income'] as const).flatMap((field) => amountProblem([...base, 'years', i, field], y[field], false))
    ])
  ];
}

/** Everything wrong with one collaboration's checklist and benefits plan, at their places in the file. */
export function planningProblems(base: FilePath, c: CollaborationDefinition, tenantIds: string[]): PathProblem[] {
  return [...checklistProblems([...base, 'checklist'], c, tenantIds), ...benefitsProblems([...base, 'benefits'], c, tenantIds)];
}
