import type { z } from 'zod';
import { collaborationProblems, idFrom, takenBy } from '../../domain/network';
import { periodAt, periodBounds } from '../../domain/period';
import { emptyStatus } from '../../domain/status';
import { fellesStatusmal } from '../../domain/template';
import type { Collaboration, Profile } from '../../domain/types';
import { actorOf, recordChange } from '../audit/record';
import { checkPhaseChange, recordPhaseChange } from '../checklist/checklist';
import { currentPhase } from '../../domain/checklist';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { administered } from './access';
import { collaborationsCard } from './cards/collaborations';
import type { collaborationForm } from './forms';
import { problemsReply } from './network';

type Definition = Pick<Collaboration, 'name' | 'aliases' | 'sector' | 'legalForm' | 'hostMunicipalityId' | 'participantIds' | 'cadence' | 'costKey' | 'goals' | 'phase'>;

function definitionOf(form: z.infer<typeof collaborationForm>): Definition {
  return {
    name: form.name,
    aliases: form.aliases,
    sector: form.sector,
    legalForm: form.legalForm,
    ...(form.host ? { hostMunicipalityId: form.host } : {}),
    participantIds: [...new Set(form.participants)],
    cadence: form.cadence,
    ...(form.fixedSharePercent === '' ? {} : { costKey: { fixedShare: form.fixedSharePercent / 100 } }),
    goals: form.goals,
    phase: form.phase
  };
}

/** What the log shows: the definition, never the status or channel. */
const logged = (c: Definition) => ({
  name: c.name,
  aliases: c.aliases.join(', '),
  sector: c.sector,
  legalForm: c.legalForm,
  hostMunicipalityId: c.hostMunicipalityId,
  participantIds: c.participantIds.join(', '),
  cadence: c.cadence,
  costKey: c.costKey?.fixedShare,
  goals: (c.goals ?? []).join(' · '),
  phase: c.phase
});

/** Creates a collaboration or changes its definition; its history, leaders and channel are kept. */
export async function saveCollaboration(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof collaborationForm>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  const { collaborations } = await store.directory.loadNetworks([network.id]);
  const existing = collaborations.find((c) => c.id === form.collaborationId);
  if (form.collaborationId && !existing) return [say(t.general.invalidAction)];
  const definition = definitionOf(form);
  const problems = collaborationProblems(definition, new Set(network.municipalities.map((m) => m.id)), takenBy(collaborations.filter((c) => c !== existing)));
  if (problems.length) return [problemsReply(problems, t)];
  // Periods of another length would not line up with the stored history.
  if (existing && existing.cadence !== definition.cadence && existing.status.periods.length > 0) return [say(t.admin.cadenceFixed(existing.name))];
  // A new phase follows the checklist's rule, as «Flytt til fase» does.
  const phaseChanged = existing !== undefined && currentPhase(existing) !== form.phase;
  const phase = phaseChanged ? checkPhaseChange(options, existing, form.phase, form.phaseReason) : { reason: '' };
  if ('refusal' in phase) return [say(phase.refusal)];

  let saved: Collaboration;
  if (existing) {
    const updated = await store.directory.updateCollaboration(network.id, existing.id, ({ hostMunicipalityId, costKey, ...rest }) => ({ ...rest, ...definition }));
    if (!updated) return [say(t.general.invalidAction)];
    saved = updated;
  } else {
    saved = {
      id: idFrom(definition.name, new Set(collaborations.map((c) => c.id))),
      networkId: network.id,
      ...definition,
      leaders: [],
      templateId: collaborations[0]?.templateId ?? fellesStatusmal(network.id).id,
      // Reporting starts with the period the collaboration is created in.
      reportingSince: periodBounds(periodAt(definition.cadence, turn.now)).start.toISODate()!,
      status: emptyStatus()
    };
    // Another admin created one with this id since the list was read: decided again on the fresh list (the name may now be taken).
    if (!(await store.directory.createCollaboration(saved))) return saveCollaboration(options, turn, profile, form);
  }
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: existing ? 'collaboration.changed' : 'collaboration.added',
    subject: saved.name,
    ...(existing ? { before: logged(existing) } : {}),
    after: logged(saved)
  });
  if (phaseChanged) await recordPhaseChange(options, turn, existing, form.phase, phase.reason);
  const updated = existing ? collaborations.map((c) => (c === existing ? saved : c)) : [...collaborations, saved];
  return [say(t.admin.saved(saved.name)), show(collaborationsCard(network, updated, t))];
}
