import { DateTime } from 'luxon';
import { AMOUNT_LIMIT, INDICATOR_MAX_LENGTH } from '../../domain/benefits';
import { parseDueDate, POINT_LABEL_MAX_LENGTH, REFERENCE_MAX_LENGTH, type ChecklistTemplateVersion } from '../../domain/checklist';
import { AREA_LIMITS, GROUP_LIMITS, isScore } from '../../domain/prioritisation';
import { userKey } from '../../domain/roles';
import type { Person } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { CollaborationDefinition, FilePath, NetworkDefinition, PathProblem, RoundDefinition } from './definition';

/**
 * The rules a collaboration's checklist and benefits plan, the checklist template and the
 * prioritisation rounds keep in a file, as in chat: items, benefits, points, areas and groups each
 * once, dates real and in range, municipalities among the participants, amounts in range and never
 * negative, scores 1–10 from the round's own groups, and owners and representatives picked from the
 * roster (the people with a role in the network and the leaders of its collaborations).
 */

/** Who may own an item or a benefit, or answer for a group: the network's tenants, and the people on its roster. */
export interface Roster {
  tenantIds: string[];
  keys: Set<string>;
}

/** The roster a file gives: its people with roles and the leaders of its collaborations, as the chat's roster is made. */
export const rosterOf = (definition: NetworkDefinition): Roster => ({
  tenantIds: definition.network.tenantIds,
  keys: new Set([...definition.people, ...definition.collaborations.flatMap((c) => c.leaders)].map(userKey))
});

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
function ownerProblem(path: FilePath, owner: Person | undefined, roster: Roster): PathProblem[] {
  if (!owner) return [];
  if (!roster.tenantIds.includes(owner.tenantId)) return [at([...path, 'tenantId'], (t) => t.networkFile.problem.unknownTenant)];
  return roster.keys.has(userKey(owner)) ? [] : [at(path, (t) => t.networkFile.problem.notOnRoster)];
}
const amountProblem = (path: FilePath, value: number, negativeAllowed: boolean) =>
  Math.abs(value) > AMOUNT_LIMIT ? [at(path, (t) => t.definition.problem.tooLong)] : !negativeAllowed && value < 0 ? [at(path, (t) => t.benefits.file.negative)] : [];
const notParticipant = (path: FilePath, id: string) => at(path, (t) => t.networkFile.problem.naming(t.benefits.file.notParticipant, id));

function checklistProblems(base: FilePath, c: CollaborationDefinition, roster: Roster): PathProblem[] {
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
        ...ownerProblem([...path, 'owner'], item.owner, roster)
      ];
    })
  ];
}

function benefitsProblems(base: FilePath, c: CollaborationDefinition, roster: Roster): PathProblem[] {
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
        ...ownerProblem([...path, 'owner'], b.owner, roster),
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
export function planningProblems(base: FilePath, c: CollaborationDefinition, roster: Roster): PathProblem[] {
  return [...checklistProblems([...base, 'checklist'], c, roster), ...benefitsProblems([...base, 'benefits'], c, roster)];
}

/**
 * The template's versions count up, each valid from a real date, with at least one point, each
 * key once; a key retired in one version never comes back in a later one meaning something else.
 */
export function templateProblems(versions: ChecklistTemplateVersion[] | undefined): PathProblem[] {
  const base: FilePath = ['checklistTemplate'];
  const used = new Set<string>();
  return (versions ?? []).flatMap((v, i) => {
    const path = [...base, i];
    const previous = i > 0 ? versions![i - 1] : undefined;
    const inPrevious = new Set(previous?.points.map((p) => p.key) ?? []);
    const problems = [
      ...(v.version < 1 || (previous && v.version <= previous.version) ? [at([...path, 'version'], (t) => t.networkFile.problem.version)] : []),
      ...dateProblem([...path, 'validFrom'], v.validFrom),
      ...(v.points.length === 0 ? [at([...path, 'points'], (t) => t.networkFile.problem.noPoints)] : []),
      ...once([...path, 'points'], v.points.map((p) => p.key), 'key'),
      ...v.points.flatMap((p, j) => [
        ...(p.key.includes('@') ? [at([...path, 'points', j, 'key'], (t) => t.networkFile.problem.id)] : []),
        ...(used.has(p.key) && !inPrevious.has(p.key) ? [at([...path, 'points', j, 'key'], (t) => t.networkFile.problem.retiredKey)] : []),
        ...(p.label.length > POINT_LABEL_MAX_LENGTH ? [at([...path, 'points', j, 'label'], (t) => t.definition.problem.tooLong)] : [])
      ])
    ];
    v.points.forEach((p) => used.add(p.key));
    return problems;
  });
}

/** A time as the bot writes it (ISO 8601), in the years a date may have. */
const timeProblem = (path: FilePath, value: string) => {
  const time = DateTime.fromISO(value, { setZone: true });
  return time.isValid && time.year >= 2000 && time.year <= 2100 ? [] : [at(path, (t) => t.networkFile.problem.time)];
};

const ROUND_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const idProblem = (path: FilePath, id: string) => (ROUND_ID.test(id) ? [] : [at(path, (t) => t.networkFile.problem.id)]);

/** One group's scores: a group of the round, every area once and only the round's areas, each score 1–10. */
function scoreProblems(path: FilePath, round: RoundDefinition, submission: RoundDefinition['submissions'][number]): PathProblem[] {
  if (!round.groups.some((g) => g.id === submission.groupId)) return [at([...path, 'group'], (t) => t.networkFile.problem.unknownGroup)];
  const areas = new Set(round.areas.map((a) => a.id));
  return [
    ...Object.entries(submission.scores).flatMap(([area, score]) =>
      areas.has(area)
        ? (['potential', 'feasibility'] as const).flatMap((scale) => (isScore(score[scale]) ? [] : [at([...path, 'areas', area, scale], (t) => t.networkFile.problem.score)]))
        : [at([...path, 'areas', area], (t) => t.networkFile.problem.unknownArea)]
    ),
    ...round.areas.filter((a) => !submission.scores[a.id]).map((a) => at([...path, 'areas'], (t) => t.networkFile.problem.unscored(a.name)))
  ];
}

function roundProblems(path: FilePath, round: RoundDefinition, roster: Roster): PathProblem[] {
  const names = round.areas.map((a) => a.name.toLocaleLowerCase('nb-NO'));
  return [
    ...idProblem([...path, 'id'], round.id),
    ...(round.name.length > AREA_LIMITS.nameLength ? [at([...path, 'name'], (t) => t.definition.problem.tooLong)] : []),
    ...timeProblem([...path, 'createdAt'], round.createdAt),
    ...(round.areas.length < AREA_LIMITS.min || round.areas.length > AREA_LIMITS.max ? [at([...path, 'areas'], (t) => t.networkFile.problem.areaCount)] : []),
    ...once([...path, 'areas'], round.areas.map((a) => a.id), 'id'),
    ...once([...path, 'areas'], names, 'name'),
    ...round.areas.flatMap((a, i) => [
      ...idProblem([...path, 'areas', i, 'id'], a.id),
      ...(a.name.length > AREA_LIMITS.nameLength ? [at([...path, 'areas', i, 'name'], (t) => t.definition.problem.tooLong)] : [])
    ]),
    ...(round.groups.length < GROUP_LIMITS.min || round.groups.length > GROUP_LIMITS.max ? [at([...path, 'groups'], (t) => t.networkFile.problem.groupCount)] : []),
    ...once([...path, 'groups'], round.groups.map((g) => g.id), 'id'),
    ...round.groups.flatMap((g, i) => [
      ...idProblem([...path, 'groups', i, 'id'], g.id),
      ...(g.name.length > GROUP_LIMITS.nameLength ? [at([...path, 'groups', i, 'name'], (t) => t.definition.problem.tooLong)] : []),
      ...ownerProblem([...path, 'groups', i, 'representative'], g.representative, roster)
    ]),
    ...once([...path, 'scores'], round.submissions.map((s) => s.groupId), 'group'),
    ...round.submissions.flatMap((s, i) => [...timeProblem([...path, 'scores', i, 'submittedAt'], s.submittedAt), ...scoreProblems([...path, 'scores', i], round, s)])
  ];
}

export function roundsProblems(definition: NetworkDefinition, roster: Roster): PathProblem[] {
  return [
    ...once(['rounds'], (definition.rounds ?? []).map((r) => r.id), 'id'),
    ...(definition.rounds ?? []).flatMap((round, i) => roundProblems(['rounds', i], round, roster))
  ];
}

/** An area turned into a collaboration names one the network has: in the file, or stored and kept (the import knows which). */
export function adoptedProblems(definition: NetworkDefinition, collaborationIds: Set<string>): PathProblem[] {
  return (definition.rounds ?? []).flatMap((round, i) =>
    round.areas.flatMap((a, j) =>
      round.adopted?.[a.id] && !collaborationIds.has(round.adopted[a.id]) ? [at(['rounds', i, 'areas', j, 'collaboration'], (t) => t.networkFile.problem.unknownCollaboration)] : []
    )
  );
}
