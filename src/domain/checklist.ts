import { DateTime } from 'luxon';
import { idFrom } from './network';
import { PHASES, type Collaboration, type Municipality, type Person, type Phase } from './types';

/**
 * Phase checklists for development work (seed 002 F9), with the anchoring steps of seeds 001
 * and 003 (4.7). A network keeps a versioned checklist template; each collaboration gets its own
 * items copied from the version in force when its checklist starts, so a later template change
 * never rewrites what a collaboration has worked through.
 */

/** One point of the template. `perMunicipality`: one item per participating municipality. */
export interface ChecklistPoint {
  key: string;
  phase: Phase;
  label: string;
  perMunicipality: boolean;
  /** Part of anchoring (forankring): open ones raise «Mangler forankring». */
  anchoring: boolean;
}

export interface ChecklistTemplateVersion {
  version: number;
  /** ISO date from which new checklists use it. */
  validFrom: string;
  points: ChecklistPoint[];
}

export interface ChecklistTemplate {
  id: string;
  networkId: string;
  versions: ChecklistTemplateVersion[];
}

export const ITEM_STATES = ['notStarted', 'inProgress', 'done', 'notApplicable'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** One item of a collaboration's checklist. */
export interface ChecklistItem {
  /** The point's key, with `@<municipality id>` for per-municipality items. */
  id: string;
  key: string;
  phase: Phase;
  label: string;
  municipalityId?: string;
  anchoring: boolean;
  state: ItemState;
  owner?: Person;
  /** ISO date. */
  due?: string;
  /** A case number or a link, as typed: outside text. */
  reference?: string;
}

export interface CollaborationChecklist {
  templateVersion: number;
  items: ChecklistItem[];
}

export const CHECKLIST_TEMPLATE_ID = 'sjekkliste';
export const REFERENCE_MAX_LENGTH = 200;
export const REASON_MAX_LENGTH = 500;

const point = (phase: Phase, key: string, label: string, options: { perMunicipality?: boolean; anchoring?: boolean } = {}): ChecklistPoint => ({
  key,
  phase,
  label,
  perMunicipality: options.perMunicipality ?? false,
  anchoring: options.anchoring ?? false
});

/** The default points, from the seeds: 002 F1/F4/F6/F9, 001's three phases, 003 4.7 phases 1 and 2. */
export const DEFAULT_POINTS: readonly ChecklistPoint[] = [
  point('idé', 'politiciansInformed', 'Folkevalgte er informert før utredningen starter', { perMunicipality: true, anchoring: true }),
  point('idé', 'purpose', 'Felles forståelse av hensikt og rammer for utredningen'),
  point('utredning', 'startDecision', 'Vedtak om oppstart av utredningen, med saksnummer', { perMunicipality: true, anchoring: true }),
  point('utredning', 'unionConsultation', 'Utredningen er drøftet med tillitsvalgte', { perMunicipality: true, anchoring: true }),
  point('utredning', 'steeringGroup', 'Styringsgruppe nedsatt: ordførere, kommunedirektører og hovedtillitsvalgte', { anchoring: true }),
  point('utredning', 'workingGroup', 'Arbeidsgruppe nedsatt, med tillitsvalgte og verneombud', { anchoring: true }),
  point('utredning', 'communicationPlan', 'Kommunikasjonsplan, også for informasjon i linjen'),
  point('utredning', 'stakeholders', 'Interessentanalyse'),
  point('utredning', 'swot', 'SWOT-analyse og fremmere og hemmere per funksjon'),
  point('utredning', 'currentState', 'Kartlegging av dagens status: årsverk, oppgaver, kostnader og IKT-løsninger'),
  point('utredning', 'economics', 'Økonomiske konsekvenser og gevinstplan'),
  point('utredning', 'publicAuthority', 'Avklart om samarbeidet utøver offentlig myndighet (krever vertskommunemodell)'),
  point('vedtak', 'finalReport', 'Sluttrapport med konklusjon og anbefaling'),
  point('vedtak', 'councilDecision', 'Vedtak i kommunestyret, med saksnummer', { perMunicipality: true, anchoring: true }),
  point('etablering', 'agreement', 'Samarbeidsavtale signert'),
  point('etablering', 'staffing', 'Organisering og personelløp drøftet med tillitsvalgte', { anchoring: true }),
  point('etablering', 'premises', 'Lokaler, IKT og arkiv på plass'),
  point('etablering', 'benefitOwners', 'Gevinstplan med gevinsteiere i linjen'),
  point('drift', 'reporting', 'Fast rapportering og møteplan i årshjulet'),
  point('evaluering', 'evaluation', 'Evaluering med brukerundersøkelse'),
  point('avvikling', 'windingUpDecision', 'Vedtak om avvikling, med saksnummer', { perMunicipality: true, anchoring: true })
];

export function defaultChecklistTemplate(networkId: string): ChecklistTemplate {
  return { id: CHECKLIST_TEMPLATE_ID, networkId, versions: [{ version: 1, validFrom: '2020-01-01', points: [...DEFAULT_POINTS] }] };
}

/** The version new checklists use on `today` (ISO date): the newest already valid. */
export function checklistVersionFor(template: ChecklistTemplate, today: string): ChecklistTemplateVersion {
  const valid = template.versions.filter((v) => v.validFrom <= today);
  return (valid.length ? valid : template.versions).reduce((a, b) => (b.version > a.version ? b : a));
}

/** A collaboration's checklist as it starts: every point, per municipality where it applies, not started. */
export function startChecklist(version: ChecklistTemplateVersion, participants: Municipality[]): CollaborationChecklist {
  const items = version.points.flatMap((p): ChecklistItem[] => {
    const base = { key: p.key, phase: p.phase, label: p.label, anchoring: p.anchoring, state: 'notStarted' as const };
    return p.perMunicipality ? participants.map((m) => ({ ...base, id: `${p.key}@${m.id}`, municipalityId: m.id })) : [{ ...base, id: p.key }];
  });
  return { templateVersion: version.version, items };
}

export const currentPhase = (collaboration: Pick<Collaboration, 'phase'>): Phase => collaboration.phase ?? 'drift';

export function nextPhase(phase: Phase): Phase | undefined {
  return PHASES[PHASES.indexOf(phase) + 1];
}

const isOpen = (item: ChecklistItem) => item.state === 'notStarted' || item.state === 'inProgress';

/** The open items of one phase. */
export const openItems = (checklist: CollaborationChecklist, phase: Phase): ChecklistItem[] => checklist.items.filter((i) => i.phase === phase && isOpen(i));

export interface Progress {
  done: number;
  /** Items that count: everything but «ikke aktuelt». */
  total: number;
}

export function progressOf(items: ChecklistItem[]): Progress {
  const counted = items.filter((i) => i.state !== 'notApplicable');
  return { done: counted.filter((i) => i.state === 'done').length, total: counted.length };
}

/**
 * «Mangler forankring»: an anchoring item of the current phase or an earlier one is still open.
 * A collaboration must not carry on as if the politicians, the management or the union
 * representatives were on board when the checklist says they were not asked.
 */
export function missingAnchoring(collaboration: Collaboration): boolean {
  const { checklist } = collaboration;
  if (!checklist) return false;
  const reached = PHASES.indexOf(currentPhase(collaboration));
  return checklist.items.some((i) => i.anchoring && isOpen(i) && PHASES.indexOf(i.phase) <= reached);
}

/** Open items whose due date has passed by `today` (ISO date). */
export const overdueItems = (checklist: CollaborationChecklist | undefined, today: string): ChecklistItem[] =>
  (checklist?.items ?? []).filter((i) => isOpen(i) && i.due !== undefined && i.due < today);

/** The earliest and latest due dates accepted: a typo such as year 0 or 20266 is refused. */
const DUE_RANGE = { from: 2000, to: 2100 };

/** A due date as a card's Input.Date sends it (YYYY-MM-DD), or undefined when it is not a real date in range. */
export function parseDueDate(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = DateTime.fromISO(text, { zone: 'Europe/Oslo' });
  if (!date.isValid || date.year < DUE_RANGE.from || date.year > DUE_RANGE.to) return undefined;
  return date.toISODate()!;
}

/** What moving to the next phase needs: nothing, a reason (open items), or it cannot move (last phase). */
export type PhaseMove = { kind: 'free'; to: Phase } | { kind: 'needsReason'; to: Phase; open: ChecklistItem[] } | { kind: 'last' };

export function phaseMove(collaboration: Collaboration): PhaseMove {
  const to = nextPhase(currentPhase(collaboration));
  return to ? phaseChange(collaboration, to) : { kind: 'last' };
}

/**
 * Moving to any phase (the admin form may skip phases or go back): moving forward leaves the
 * phases passed, and their open items need a reason; moving back or staying needs none.
 */
export function phaseChange(collaboration: Collaboration, to: Phase): Exclude<PhaseMove, { kind: 'last' }> {
  const from = PHASES.indexOf(currentPhase(collaboration));
  const passed = PHASES.slice(from, Math.max(from, PHASES.indexOf(to)));
  const open = collaboration.checklist ? passed.flatMap((phase) => openItems(collaboration.checklist!, phase)) : [];
  return open.length ? { kind: 'needsReason', to, open } : { kind: 'free', to };
}

export const POINT_LABEL_MAX_LENGTH = 200;

/** An admin's revision of the template: reworded points, retired points and at most one new point. */
export interface ChecklistRevision {
  labels: Record<string, string>;
  retired: string[];
  added?: Omit<ChecklistPoint, 'key'>;
}

export type RevisionProblem = 'stale' | 'unknownPoint' | 'label' | 'noPoints' | 'unchanged';

/**
 * The template with a new version made from `from` (the version the admin's card showed): valid
 * from `today`, so checklists started from today use it and those under way keep their items.
 * A new point gets a key no version has used, so a retired key never comes back meaning something else.
 */
export function reviseChecklistTemplate(
  template: ChecklistTemplate,
  from: number,
  revision: ChecklistRevision,
  today: string
): { ok: true; template: ChecklistTemplate; version: ChecklistTemplateVersion } | { ok: false; problem: RevisionProblem } {
  const newest = template.versions.reduce((a, b) => (b.version > a.version ? b : a));
  if (newest.version !== from) return { ok: false, problem: 'stale' };
  const keys = new Set(newest.points.map((p) => p.key));
  if ([...Object.keys(revision.labels), ...revision.retired].some((key) => !keys.has(key))) return { ok: false, problem: 'unknownPoint' };
  const clean = (label: string) => label.replace(/\s+/g, ' ').trim();
  const labels = [...Object.values(revision.labels), ...(revision.added ? [revision.added.label] : [])].map(clean);
  if (labels.some((label) => !label || label.length > POINT_LABEL_MAX_LENGTH)) return { ok: false, problem: 'label' };
  const kept = newest.points.filter((p) => !revision.retired.includes(p.key)).map((p) => ({ ...p, label: revision.labels[p.key] === undefined ? p.label : clean(revision.labels[p.key]) }));
  const used = new Set(template.versions.flatMap((v) => v.points.map((p) => p.key)));
  const added = revision.added ? [{ ...revision.added, label: clean(revision.added.label), key: idFrom(revision.added.label, used) }] : [];
  // New points go at the end of their phase, so the checklist still reads from idé to avvikling.
  const points = PHASES.flatMap((phase) => [...kept, ...added].filter((p) => p.phase === phase));
  if (points.length === 0) return { ok: false, problem: 'noPoints' };
  if (JSON.stringify(points) === JSON.stringify(newest.points)) return { ok: false, problem: 'unchanged' };
  const version = { version: newest.version + 1, validFrom: today, points };
  return { ok: true, template: { ...template, versions: [...template.versions, version] }, version };
}
