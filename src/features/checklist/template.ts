import { z } from 'zod';
import { CHECKLIST_TEMPLATE_ID, defaultChecklistTemplate, reviseChecklistTemplate, POINT_LABEL_MAX_LENGTH, type ChecklistRevision, type ChecklistTemplate } from '../../domain/checklist';
import { rolesIn } from '../../domain/roles';
import { osloDate } from '../../domain/template';
import { PHASES, type Profile } from '../../domain/types';
import { say, show, type Reply, type Turn } from '../../core/turn';
import type { FeatureOptions } from '../../core/options';
import { actorOf, recordChange } from '../audit/record';
import { loadScope } from '../scope';
import { checklistTemplateCard, pointLabelKey, pointRetireKey } from './cards';

const toggle = z.enum(['true', 'false']);

/** «Lagre ny versjon»: the version the card showed, the new point's inputs, and `label:`/`retire:` per point. */
export const templateForm = z
  .object({
    networkId: z.string().min(1).max(100),
    version: z.number().int().min(0),
    newLabel: z.string().max(POINT_LABEL_MAX_LENGTH).optional(),
    newPhase: z.enum(PHASES).optional(),
    newPerMunicipality: toggle.optional(),
    newAnchoring: toggle.optional()
  })
  .catchall(z.string().max(POINT_LABEL_MAX_LENGTH));

const templateOf = async ({ store }: FeatureOptions, networkId: string): Promise<ChecklistTemplate> =>
  (await store.planning.getChecklistTemplate(networkId, CHECKLIST_TEMPLATE_ID)) ?? defaultChecklistTemplate(networkId);

const newest = (template: ChecklistTemplate) => template.versions.reduce((a, b) => (b.version > a.version ? b : a));

/** `sjekklistemal`: the template's form for each network the person administers. */
export async function showChecklistTemplate(options: FeatureOptions, profile: Profile): Promise<Reply[]> {
  const scope = await loadScope(options, profile);
  const administered = scope.networks.filter((n) => rolesIn(profile, n.id).includes('admin'));
  if (administered.length === 0) return [say(options.t.checklist.templateOnlyAdmins)];
  return Promise.all(administered.map(async (network) => show(checklistTemplateCard(network, newest(await templateOf(options, network.id)), options.t))));
}

/** The card's inputs as a revision; undefined when a key names no input the card has. */
function revisionOf(form: z.infer<typeof templateForm>): ChecklistRevision | undefined {
  const { networkId, version, newLabel, newPhase, newPerMunicipality, newAnchoring, ...points } = form;
  const labels: Record<string, string> = {};
  const retired: string[] = [];
  for (const [key, value] of Object.entries(points)) {
    if (key.startsWith(pointLabelKey(''))) labels[key.slice(pointLabelKey('').length)] = value;
    else if (key.startsWith(pointRetireKey('')) && (value === 'true' || value === 'false')) {
      if (value === 'true') retired.push(key.slice(pointRetireKey('').length));
    } else return undefined;
  }
  const label = (newLabel ?? '').trim();
  const added = label ? { phase: newPhase ?? 'utredning', label, perMunicipality: newPerMunicipality === 'true', anchoring: newAnchoring === 'true' } : undefined;
  return { labels, retired, ...(added ? { added } : {}) };
}

/** «Lagre ny versjon»: admins only; checked whole, then written under the template's ETag as version N+1. */
export async function saveChecklistTemplate(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof templateForm>): Promise<Reply[]> {
  const { store, t } = options;
  if (!rolesIn(profile, form.networkId).includes('admin')) return [say(t.checklist.templateOnlyAdmins)];
  const revision = revisionOf(form);
  if (!revision) return [say(t.general.invalidAction)];
  const network = await store.directory.getNetwork(form.networkId);
  if (!network) return [say(t.general.invalidAction)];
  const checked = reviseChecklistTemplate(await templateOf(options, network.id), form.version, revision, osloDate(turn.now));
  if (!checked.ok) return [say(t.checklist.templateProblem[checked.problem])];

  // Made again from what is stored now: two admins saving from the same version get N+1 and a refusal, never two N+1.
  let saved: ChecklistTemplate | undefined;
  await store.planning.updateChecklistTemplate(network.id, CHECKLIST_TEMPLATE_ID, (current) => {
    const again = reviseChecklistTemplate(current ?? defaultChecklistTemplate(network.id), form.version, revision, osloDate(turn.now));
    saved = again.ok ? again.template : undefined;
    return saved;
  });
  if (!saved) return [say(t.checklist.templateProblem.stale)];
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'template.changed',
    subject: t.checklist.templateTitle(network.name),
    before: { version: form.version },
    after: { version: checked.version.version, ...(revision.retired.length ? { retired: revision.retired.join(', ') } : {}), ...(revision.added ? { added: revision.added.label } : {}) }
  });
  return [say(t.checklist.templateSaved(checked.version.version)), show(checklistTemplateCard(network, checked.version, t))];
}
