import {
  checklistVersionFor,
  DEFAULT_POINTS,
  defaultChecklistTemplate,
  missingAnchoring,
  overdueItems,
  parseDueDate,
  phaseChange,
  phaseMove,
  progressOf,
  reviseChecklistTemplate,
  startChecklist,
  type CollaborationChecklist
} from './checklist';
import type { Collaboration, Municipality } from './types';

const municipalities: Municipality[] = [
  { id: 'grong', name: 'Grong', number: '5045', population: 2400 },
  { id: 'lierne', name: 'Lierne', number: '5042', population: 1330 }
];
const started = startChecklist(defaultChecklistTemplate('in').versions[0], municipalities);
const withStates = (checklist: CollaborationChecklist, states: Record<string, CollaborationChecklist['items'][number]['state']>): CollaborationChecklist => ({
  ...checklist,
  items: checklist.items.map((i) => ({ ...i, state: states[i.id] ?? i.state }))
});
const collaboration = (phase: Collaboration['phase'], checklist?: CollaborationChecklist) => ({ phase, checklist }) as Collaboration;

describe('a collaboration’s checklist', () => {
  it('starts with every point, once per participating municipality where the point is per municipality', () => {
    const decisions = started.items.filter((i) => i.key === 'councilDecision');
    expect(decisions.map((i) => [i.id, i.municipalityId])).toEqual([['councilDecision@grong', 'grong'], ['councilDecision@lierne', 'lierne']]);
    expect(started.items.filter((i) => i.key === 'swot')).toHaveLength(1);
    expect(started.items.every((i) => i.state === 'notStarted')).toBe(true);
  });

  it('covers the seeds’ anchoring steps: politicians before the study, unions in every municipality, a council decision with case number', () => {
    const utredning = started.items.filter((i) => i.phase === 'utredning').map((i) => i.label);
    expect(utredning).toEqual(expect.arrayContaining(['Utredningen er drøftet med tillitsvalgte', 'SWOT-analyse og fremmere og hemmere per funksjon', 'Økonomiske konsekvenser og gevinstplan']));
    expect(started.items.find((i) => i.key === 'politiciansInformed')).toMatchObject({ phase: 'idé', anchoring: true });
    expect(started.items.find((i) => i.key === 'publicAuthority')?.label).toContain('vertskommunemodell');
  });

  it('uses the newest template version already valid', () => {
    const template = defaultChecklistTemplate('in');
    template.versions.push({ version: 2, validFrom: '2027-01-01', points: template.versions[0].points.slice(0, 2) });
    expect(checklistVersionFor(template, '2026-12-31').version).toBe(1);
    expect(checklistVersionFor(template, '2027-01-01').version).toBe(2);
  });

  it('counts progress without the items that do not apply', () => {
    const items = withStates(started, { purpose: 'done', politiciansInformed: 'notApplicable' }).items.filter((i) => i.phase === 'idé');
    expect(progressOf(items)).toEqual({ done: 1, total: 3 });
  });
});

describe('anchoring and phases', () => {
  it('flags missing anchoring only for anchoring items of the current or an earlier phase', () => {
    const idéDone = withStates(started, { 'politiciansInformed@grong': 'done', 'politiciansInformed@lierne': 'notApplicable' });
    expect(missingAnchoring(collaboration('idé', idéDone))).toBe(false);
    expect(missingAnchoring(collaboration('idé', started))).toBe(true);
    expect(missingAnchoring(collaboration('utredning', idéDone))).toBe(true);
    expect(missingAnchoring(collaboration('utredning', undefined))).toBe(false);
  });

  it('moves freely when the phase is done, asks for a reason when items are open, and not past the last phase', () => {
    const idéDone = withStates(started, { 'politiciansInformed@grong': 'done', 'politiciansInformed@lierne': 'done', purpose: 'notApplicable' });
    expect(phaseMove(collaboration('idé', idéDone))).toEqual({ kind: 'free', to: 'utredning' });
    const move = phaseMove(collaboration('idé', started));
    expect(move.kind === 'needsReason' && move.open.map((i) => i.id)).toEqual(['politiciansInformed@grong', 'politiciansInformed@lierne', 'purpose']);
    expect(phaseMove(collaboration('avvikling', started))).toEqual({ kind: 'last' });
  });

  it('finds open items past their due date, not done ones or those due today', () => {
    const items = started.items.map((i, n) => ({ ...i, due: n < 3 ? '2026-11-24' : '2026-11-25', state: n === 0 ? ('done' as const) : i.state }));
    expect(overdueItems({ ...started, items }, '2026-11-25').map((i) => i.id)).toEqual([items[1].id, items[2].id]);
  });
});

describe('due dates', () => {
  it.each([['2026-12-01', '2026-12-01'], ['2000-01-01', '2000-01-01'], ['2100-12-31', '2100-12-31']])('accepts %s', (text, date) => {
    expect(parseDueDate(text)).toBe(date);
  });

  it.each(['0000-01-01', '1999-12-31', '2101-01-01', '2026-02-30', '2026-13-01', '1.12.2026', '2026-12-1', '', 'i morgen'])('refuses %p', (text) => {
    expect(parseDueDate(text)).toBeUndefined();
  });
});

describe('a phase change from the admin form', () => {
  const checklist = withStates(started, { 'politiciansInformed@grong': 'done', 'politiciansInformed@lierne': 'done', purpose: 'done', swot: 'done' });

  it('needs a reason for the open items of every phase it passes', () => {
    const change = phaseChange(collaboration('idé', checklist), 'vedtak');
    expect(change.kind).toBe('needsReason');
    expect(change.kind === 'needsReason' && change.open.every((i) => i.phase === 'utredning')).toBe(true);
    expect(change.kind === 'needsReason' && change.open.map((i) => i.id)).not.toContain('swot');
  });

  it('needs none going back, staying, or passing only finished phases', () => {
    expect(phaseChange(collaboration('vedtak', checklist), 'idé')).toEqual({ kind: 'free', to: 'idé' });
    expect(phaseChange(collaboration('utredning', checklist), 'utredning')).toEqual({ kind: 'free', to: 'utredning' });
    expect(phaseChange(collaboration('idé', checklist), 'utredning')).toEqual({ kind: 'free', to: 'utredning' });
    expect(phaseChange(collaboration('idé'), 'drift')).toEqual({ kind: 'free', to: 'drift' });
  });
});

describe('revising the checklist template', () => {
  const template = defaultChecklistTemplate('in');
  const added = { phase: 'utredning' as const, label: ' Risiko- og  sårbarhetsanalyse ', perMunicipality: false, anchoring: false };

  it('makes a new version from today with reworded, retired and new points, new ones last in their phase', () => {
    const result = reviseChecklistTemplate(template, 1, { labels: { swot: 'SWOT-analyse' }, retired: ['communicationPlan'], added }, '2026-11-25');
    if (!result.ok) throw new Error(result.problem);
    expect(result.version).toMatchObject({ version: 2, validFrom: '2026-11-25' });
    const keys = result.version.points.map((p) => p.key);
    expect(keys).not.toContain('communicationPlan');
    expect(result.version.points.find((p) => p.key === 'swot')!.label).toBe('SWOT-analyse');
    const risk = keys.indexOf('risiko-og-sarbarhetsanalyse');
    expect(result.version.points[risk]).toMatchObject({ label: 'Risiko- og sårbarhetsanalyse', phase: 'utredning' });
    expect(result.version.points[risk + 1].phase).toBe('vedtak');
    expect(result.template.versions[0]).toBe(template.versions[0]);
    expect(checklistVersionFor(result.template, '2026-11-24').version).toBe(1);
  });

  it('never gives a new point a key an earlier version used', () => {
    const first = reviseChecklistTemplate(template, 1, { labels: {}, retired: ['swot'] }, '2026-11-25');
    if (!first.ok) throw new Error(first.problem);
    const second = reviseChecklistTemplate(first.template, 2, { labels: {}, retired: [], added: { ...added, label: 'swot' } }, '2026-11-26');
    expect(second.ok && second.version.points.map((p) => p.key)).toContain('swot-2');
  });

  it.each([
    ['a card made from an older version', 0, { labels: {}, retired: ['swot'] }, 'stale'],
    ['a point the template does not have', 1, { labels: { madeUp: 'x' }, retired: [] }, 'unknownPoint'],
    ['an empty label', 1, { labels: { swot: '  ' }, retired: [] }, 'label'],
    ['every point retired', 1, { labels: {}, retired: DEFAULT_POINTS.map((p) => p.key) }, 'noPoints'],
    ['nothing changed', 1, { labels: { swot: DEFAULT_POINTS.find((p) => p.key === 'swot')!.label }, retired: [] }, 'unchanged']
  ])('refuses %s', (_name, from, revision, problem) => {
    expect(reviseChecklistTemplate(template, from as number, revision, '2026-11-25')).toEqual({ ok: false, problem });
  });
});
