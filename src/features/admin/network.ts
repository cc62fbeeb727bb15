import type { z } from 'zod';
import { idFrom, networkProblems, type Problem } from '../../domain/network';
import { fellesStatusmal } from '../../domain/template';
import type { Network, Profile } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { actorOf, recordChange } from '../audit/record';
import { say, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { administered, networkCreationRefusal, updateStoredProfile } from './access';
import { inviteTenants } from './invitations';
import { overview } from './overview';
import type { networkForm } from './forms';

/** «Ingenting ble lagret: Navn må fylles ut.» — each problem with the field named as the form does. */
export function problemsReply(problems: Problem[], t: Catalogue): Reply {
  const lines = problems.map((p) => t.definition.line(t.audit.field[p.field] ?? p.field, t.definition.problem[p.code]));
  return say([t.admin.notSaved, ...lines].join('\n\n'));
}

/** What the log shows of a network's settings. */
const settingsOf = (n: Pick<Network, 'name' | 'tenantIds' | 'language' | 'retention' | 'politiciansReadWrittenAnswers'>) => ({
  name: n.name,
  tenantIds: n.tenantIds.join(', '),
  language: n.language ?? 'nb',
  retention: n.retention?.checkInMonths ?? '–',
  politiciansReadWrittenAnswers: n.politiciansReadWrittenAnswers === true
});

/**
 * The settings form: creates the network (its creator becomes admin) or changes an existing one.
 * Tenants can be removed here, but one not yet in the network is only invited (see invitations.ts).
 */
export async function saveNetwork(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof networkForm>): Promise<Reply[]> {
  const { store, t } = options;
  let existing: Network | undefined;
  if (form.networkId) {
    const access = await administered(options, profile, form.networkId);
    if ('reply' in access) return [access.reply];
    existing = access.network;
  } else {
    const refusal = await networkCreationRefusal(options, profile);
    if (refusal) return [say(refusal)];
  }

  const settings = {
    name: form.name,
    tenantIds: [...new Set(form.tenantIds)],
    language: form.language,
    ...(form.retentionMonths === '' ? {} : { retention: { checkInMonths: form.retentionMonths } }),
    politiciansReadWrittenAnswers: form.politiciansReadWrittenAnswers
  };
  const problems = networkProblems(settings);
  if (problems.length) return [problemsReply(problems, t)];
  if (!settings.tenantIds.includes(turn.user.tenantId)) return [say(`${t.admin.notSaved} ${t.admin.ownTenant}`)];

  const members = existing?.tenantIds ?? [turn.user.tenantId];
  const invited = settings.tenantIds.filter((id) => !members.includes(id));
  // The form's settings over what is stored now; a tenant not yet in the network stays out until it joins.
  const withSettings = ({ retention, ...kept }: Network): Network => ({ ...kept, ...settings, tenantIds: settings.tenantIds.filter((id) => kept.tenantIds.includes(id)) });
  const network = existing
    ? await store.directory.updateNetwork(existing.id, withSettings)
    : await createdBy(options, turn, form.name, (id) => withSettings({ id, name: form.name, tenantIds: members, municipalities: [] }));
  if (!network) return [say(t.general.invalidAction)];
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: existing ? 'network.changed' : 'network.created',
    subject: network.name,
    ...(existing ? { before: settingsOf(existing) } : {}),
    after: settingsOf(network)
  });
  const invitations = await inviteTenants(options, turn, network, invited);
  options.tenants.forget();
  options.log.info({ networkId: network.id, created: !existing, invited: invited.length }, 'network saved');
  const { collaborations } = await store.directory.loadNetworks([network.id]);
  return [say(t.admin.saved(network.name)), ...invitations, await overview(options, turn, network, [network], collaborations)];
}

/**
 * A new network is stored under an id from its name that no other network has (another admin may
 * take it in the same instant: then the next), with the common status template and its creator as
 * its first admin.
 */
async function createdBy({ store }: FeatureOptions, turn: Turn, name: string, withId: (id: string) => Network): Promise<Network> {
  const taken = new Set(await store.directory.listNetworkIds());
  let network = withId(idFrom(name, taken));
  while (!(await store.directory.createNetwork(network))) {
    taken.add(network.id);
    network = withId(idFrom(name, taken));
  }
  await store.directory.putTemplate(fellesStatusmal(network.id));
  await updateStoredProfile(store, turn.user, (creator) => ({ ...creator, memberships: [...creator.memberships, { networkId: network.id, roles: ['admin'] }] }));
  return network;
}
