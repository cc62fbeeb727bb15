import type { z } from 'zod';
import { idFrom, municipalityInUse, municipalityProblems, takenBy } from '../../domain/network';
import type { Municipality, Profile } from '../../domain/types';
import { actorOf, recordChange } from '../audit/record';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { administered } from './access';
import { municipalitiesCard } from './cards/municipalities';
import type { municipalityForm, municipalityRemoval } from './forms';
import { problemsReply } from './network';

const logged = ({ name, number, population }: Municipality) => ({ name, number, population });

/** Adds a municipality to the network or changes one; names and numbers stay unique. */
export async function saveMunicipality(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof municipalityForm>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  const existing = network.municipalities.find((m) => m.id === form.municipalityId);
  if (form.municipalityId && !existing) return [say(t.general.invalidAction)];
  const others = network.municipalities.filter((m) => m !== existing);
  const municipality: Municipality = {
    id: existing?.id ?? idFrom(form.name, new Set(network.municipalities.map((m) => m.id))),
    name: form.name,
    number: form.number,
    population: form.population
  };
  const problems = municipalityProblems(municipality, takenBy(others));
  if (problems.length) return [problemsReply(problems, t)];
  const updated = await store.directory.updateNetwork(network.id, (current) => ({
    ...current,
    municipalities: existing ? current.municipalities.map((m) => (m.id === existing.id ? municipality : m)) : [...current.municipalities, municipality]
  }));
  if (!updated) return [say(t.general.invalidAction)];
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: existing ? 'municipality.changed' : 'municipality.added',
    subject: municipality.name,
    ...(existing ? { before: logged(existing) } : {}),
    after: logged(municipality)
  });
  return [say(t.admin.saved(municipality.name)), show(municipalitiesCard(updated, t))];
}

/** A municipality leaves the network only when no collaboration and no kommunedirektør still points to it. */
export async function removeMunicipality(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof municipalityRemoval>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  const municipality = network.municipalities.find((m) => m.id === form.municipalityId);
  if (!municipality) return [say(t.general.invalidAction)];
  const { collaborations } = await store.directory.loadNetworks([network.id]);
  if (municipalityInUse(municipality.id, collaborations)) return [say(`${t.admin.notSaved} ${t.definition.line(municipality.name, t.definition.problem.inUse)}`)];
  const directors = (await store.profiles.withRoles()).filter((p) => p.memberships.some((m) => m.networkId === network.id && m.municipalityId === municipality.id));
  if (directors.length) return [say(t.admin.municipalityLeaders(municipality.name))];
  const updated = await store.directory.updateNetwork(network.id, (current) => ({ ...current, municipalities: current.municipalities.filter((m) => m.id !== municipality.id) }));
  if (!updated) return [say(t.general.invalidAction)];
  await recordChange(store, turn.now, actorOf(turn.user), { networkId: network.id, action: 'municipality.removed', subject: municipality.name, before: logged(municipality) });
  return [say(t.admin.removed(municipality.name)), show(municipalitiesCard(updated, t))];
}
