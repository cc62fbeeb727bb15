import { z } from 'zod';
import { osloDate } from '../../domain/template';
import {
  CHECKLIST_TEMPLATE_ID,
  checklistVersionFor,
  currentPhase,
  defaultChecklistTemplate,
  ITEM_STATES,
  parseDueDate,
  phaseChange,
  phaseMove,
  REASON_MAX_LENGTH,
  REFERENCE_MAX_LENGTH,
  startChecklist,
  type ChecklistItem,
  type CollaborationChecklist
} from '../../domain/checklist';
import { leads, rolesIn, userKey } from '../../domain/roles';
import { cleanText } from '../../domain/text';
import { PHASES, type Collaboration, type Network, type Phase, type Profile } from '../../domain/types';
import { plain } from '../../core/card';
import { say, show, type Reply, type Turn } from '../../core/turn';
import type { FeatureOptions } from '../../core/options';
import { actorOf, recordChange } from '../audit/record';
import { rosterOf } from '../admin/roles';
import { forNamedCollaboration, forTargetCollaboration, loadTarget, target, type Target } from '../scope';
import { CHECKLIST_OPEN, checklistCard, checklistItemCard, itemName } from './cards';

/** «Endre punktet» on the checklist card: the chosen item; the reason input comes along unused. */
export const itemChoice = target.extend({ itemId: z.string().min(1).max(200), reason: z.string().max(REASON_MAX_LENGTH).optional() }).strict();

/** «Lagre punktet»: a kommunedirektør's card sends the state only. */
export const itemForm = target
  .extend({
    itemId: z.string().min(1).max(200),
    state: z.enum(ITEM_STATES),
    owner: z.string().max(200).optional(),
    due: z.string().max(40).optional(),
    reference: z.string().max(REFERENCE_MAX_LENGTH).optional()
  })
  .strict();

/** «Flytt til fase»: the phase the card was made in, so a stale card moves nothing. */
export const moveForm = target
  .extend({ from: z.enum(PHASES), reason: z.string().max(REASON_MAX_LENGTH).optional(), itemId: z.string().max(200).optional() })
  .strict();

/** Leaders and admins edit everything; a kommunedirektør ticks off their own municipality's items. */
type Access = { kind: 'full' } | { kind: 'municipality'; municipalityId: string } | { kind: 'read' };

function accessOf(profile: Profile, collaboration: Collaboration): Access {
  const roles = rolesIn(profile, collaboration.networkId);
  if (leads(collaboration, profile) || roles.includes('admin')) return { kind: 'full' };
  const municipalityId = profile.memberships.find((m) => m.networkId === collaboration.networkId)?.municipalityId;
  if (roles.includes('kommunedirektør') && municipalityId && collaboration.participantIds.includes(municipalityId)) return { kind: 'municipality', municipalityId };
  return { kind: 'read' };
}

const mayEdit = (access: Access, item: ChecklistItem) => access.kind === 'full' || (access.kind === 'municipality' && item.municipalityId === access.municipalityId);

/**
 * The collaboration's checklist, or the one it would start with: from the network's template
 * version in force today (the default one when the network has none stored). Nothing is written
 * until someone changes an item.
 */
async function checklistOf({ store }: FeatureOptions, network: Network, collaboration: Collaboration, now: Date): Promise<CollaborationChecklist> {
  if (collaboration.checklist) return collaboration.checklist;
  const template = (await store.planning.getChecklistTemplate(network.id, CHECKLIST_TEMPLATE_ID)) ?? defaultChecklistTemplate(network.id);
  return startChecklist(checklistVersionFor(template, osloDate(now)), network.municipalities.filter((m) => collaboration.participantIds.includes(m.id)));
}

async function checklistReply(options: FeatureOptions, turn: Turn, profile: Profile, network: Network, collaboration: Collaboration): Promise<Reply> {
  const checklist = await checklistOf(options, network, collaboration, turn.now);
  const access = accessOf(profile, collaboration);
  return show(
    checklistCard(
      { network, collaboration, checklist, today: osloDate(turn.now), editable: checklist.items.filter((i) => mayEdit(access, i)), mayMove: access.kind === 'full' },
      options.t
    )
  );
}

/** `sjekkliste <samarbeid>`. */
export function showChecklist(options: FeatureOptions, turn: Turn, profile: Profile, name: string | undefined): Promise<Reply> {
  const needs = { needsName: options.t.checklist.needsName, verb: CHECKLIST_OPEN };
  return forNamedCollaboration(options, profile, name, needs, (network, collaboration) => checklistReply(options, turn, profile, network, collaboration));
}

/** A choice button when the name fitted several. */
export function showChecklistById(options: FeatureOptions, turn: Turn, profile: Profile, ids: Target): Promise<Reply> {
  return forTargetCollaboration(options, profile, ids, (network, collaboration) => checklistReply(options, turn, profile, network, collaboration));
}

/** «Endre punktet»: the item's form, for those who may change it. */
export async function openItem(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof itemChoice>): Promise<Reply> {
  const { t } = options;
  const found = await loadTarget(options, profile, form);
  if (!found) return say(t.general.invalidAction);
  const { network, collaboration } = found;
  const item = (await checklistOf(options, network, collaboration, turn.now)).items.find((i) => i.id === form.itemId);
  if (!item) return say(t.general.invalidAction);
  const access = accessOf(profile, collaboration);
  if (!mayEdit(access, item)) return say(t.checklist.notAllowed(plain(collaboration.name)));
  const full = access.kind === 'full';
  return show(checklistItemCard({ network, collaboration, item, roster: full ? await rosterOf(options, network) : [], full }, t));
}

const described = (item: ChecklistItem, t: FeatureOptions['t']) =>
  [t.checklist.state[item.state], item.owner?.name, item.due, item.reference].filter(Boolean).join(' · ');

/** «Lagre punktet»: every value checked before anything is written; the item must be this collaboration's. */
export async function saveItem(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof itemForm>): Promise<Reply[]> {
  const { store, t } = options;
  const found = await loadTarget(options, profile, form);
  if (!found) return [say(t.general.invalidAction)];
  const { network, collaboration } = found;
  const started = await checklistOf(options, network, collaboration, turn.now);
  const before = started.items.find((i) => i.id === form.itemId);
  if (!before) return [say(t.general.invalidAction)];
  const access = accessOf(profile, collaboration);
  if (!mayEdit(access, before)) return [say(t.checklist.notAllowed(plain(collaboration.name)))];

  let changes: Partial<ChecklistItem> & { state: ChecklistItem['state'] } = { state: form.state };
  const details = [form.owner, form.due, form.reference].some((v) => v !== undefined);
  if (access.kind !== 'full') {
    if (details) return [say(t.checklist.onlyState)];
  } else if (details) {
    const ownerKey = form.owner ?? (before.owner ? userKey(before.owner) : '');
    const owner = ownerKey ? (await rosterOf(options, network)).find((p) => userKey(p) === ownerKey) : undefined;
    if (ownerKey && !owner) return [say(t.checklist.notOnRoster)];
    const dueText = (form.due ?? before.due ?? '').trim();
    const due = dueText ? parseDueDate(dueText) : undefined;
    if (dueText && !due) return [say(t.checklist.badDate)];
    const reference = cleanText(form.reference ?? before.reference ?? '').replace(/\s+/g, ' ').trim();
    changes = { ...changes, owner: owner && { tenantId: owner.tenantId, aadObjectId: owner.aadObjectId, name: owner.name }, due, reference: reference || undefined };
  }
  const after: ChecklistItem = Object.fromEntries(Object.entries({ ...before, ...changes }).filter(([, v]) => v !== undefined)) as unknown as ChecklistItem;
  if (JSON.stringify(after) === JSON.stringify(before)) return [say(t.checklist.unchanged)];

  const saved = await store.directory.updateCollaboration(network.id, collaboration.id, (current) => {
    const checklist = current.checklist ?? started;
    if (!checklist.items.some((i) => i.id === after.id)) return undefined;
    return { ...current, checklist: { ...checklist, items: checklist.items.map((i) => (i.id === after.id ? { ...i, ...after, id: i.id } : i)) } };
  });
  if (!saved?.checklist) return [say(t.general.invalidAction)];
  const name = itemName(network, after);
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'checklist.changed',
    subject: collaboration.name,
    before: { [name]: described(before, t) },
    after: { [name]: described(after, t) }
  });
  return [say(t.checklist.saved(plain(name), t.checklist.state[after.state])), await checklistReply(options, turn, profile, network, saved)];
}

/** «Flytt til fase»: leaders and admins; open items of the phase need a reason, which goes to `logg`. */
export async function movePhase(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof moveForm>): Promise<Reply[]> {
  const { store, t } = options;
  const found = await loadTarget(options, profile, form);
  if (!found) return [say(t.general.invalidAction)];
  const { network, collaboration } = found;
  if (accessOf(profile, collaboration).kind !== 'full') return [say(t.checklist.notAllowed(plain(collaboration.name)))];
  if (currentPhase(collaboration) !== form.from) return [say(t.checklist.changedMeanwhile)];
  const move = phaseMove(collaboration);
  if (move.kind === 'last') return [say(t.checklist.lastPhase)];
  const checked = checkPhaseChange(options, collaboration, move.to, form.reason);
  if ('refusal' in checked) return [say(checked.refusal)];

  const moved = await store.directory.updateCollaboration(network.id, collaboration.id, (current) =>
    currentPhase(current) === form.from ? { ...current, phase: move.to } : undefined
  );
  if (!moved || currentPhase(moved) !== move.to) return [say(t.checklist.changedMeanwhile)];
  await recordPhaseChange(options, turn, collaboration, move.to, checked.reason);
  return [say(t.checklist.moved(plain(collaboration.name), t.admin.phase[move.to])), await checklistReply(options, turn, profile, network, moved)];
}

/**
 * The checklist's rule for any change of phase (here and on the admin form): leaving phases with
 * open items needs a reason. Gives the cleaned reason, or the refusal to show.
 */
export function checkPhaseChange({ t }: FeatureOptions, collaboration: Collaboration, to: Phase, typed: string | undefined): { reason: string } | { refusal: string } {
  const reason = cleanText(typed ?? '').trim();
  const change = phaseChange(collaboration, to);
  if (change.kind === 'needsReason' && !reason) return { refusal: t.checklist.reasonNeeded(change.open.length, t.admin.phase[currentPhase(collaboration)]) };
  return { reason };
}

/** A change of phase in `logg`, with the reason given for leaving open items behind. */
export async function recordPhaseChange({ store }: FeatureOptions, turn: Turn, collaboration: Collaboration, to: Phase, reason: string): Promise<void> {
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: collaboration.networkId,
    action: 'phase.changed',
    subject: collaboration.name,
    before: { phase: currentPhase(collaboration) },
    after: { phase: to, ...(reason ? { reason } : {}) }
  });
}
