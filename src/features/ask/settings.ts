import { z } from 'zod';
import type { Profile } from '../../domain/types';
import { administered, isAdmin } from '../admin/access';
import { actorOf, recordChange } from '../audit/record';
import { loadScope } from '../scope';
import { say, show, type Reply, type Turn } from '../../core/turn';
import type { FeatureOptions } from '../../core/options';
import { askSettingsCard } from './cards';

/** `spør sampuls`: per network, whether it is on and what is sent where; admins get the switch. */
export async function showAskSettings(options: FeatureOptions, profile: Profile): Promise<Reply[]> {
  const { networks } = await loadScope(options, profile);
  if (networks.length === 0) return [say(options.t.general.notMember)];
  const { languageModel } = options.deployment;
  return [...networks]
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
    .map((network) => show(askSettingsCard({ network, ...(languageModel ? { languageModel } : {}), editable: isAdmin(profile, network.id) }, options.t)));
}

/** What the switch sends. */
export const askSwitch = z.object({ networkId: z.string().min(1).max(100), enabled: z.boolean() }).strict();

/** «Slå på» / «Slå av»: admins of that network only, and only where the deployment has a language model. */
export async function switchAsk(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof askSwitch>): Promise<Reply[]> {
  const { store, t, deployment } = options;
  const access = await administered(options, profile, form.networkId, t.ask.onlyAdmins);
  if ('reply' in access) return [access.reply];
  if (form.enabled && !deployment.languageModel) return [say(t.ask.notConfigured)];
  const before = access.network.ask?.enabled === true;
  const updated = await store.directory.updateNetwork(access.network.id, (current) => ({ ...current, ask: { enabled: form.enabled } }));
  if (!updated) return [say(t.general.invalidAction)];
  if (before !== form.enabled) {
    await recordChange(store, turn.now, actorOf(turn.user), { networkId: updated.id, action: 'ask.changed', subject: updated.name, before: { enabled: before }, after: { enabled: form.enabled } });
    options.log.info({ networkId: updated.id, enabled: form.enabled }, 'ask setting changed');
  }
  const card = askSettingsCard({ network: updated, ...(deployment.languageModel ? { languageModel: deployment.languageModel } : {}), editable: true }, t);
  return [say(form.enabled ? t.ask.turnedOn(updated.name) : t.ask.turnedOff(updated.name)), show(card)];
}
