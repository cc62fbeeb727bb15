import { userKey } from '../../domain/roles';
import { LINK_LIFETIME_SECONDS, signGrant } from '../export/links';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { confirmEraseCard, myDataCard } from './cards';
import { loadPersonalData } from './data';
import { erasePerson } from './erase';

/** `mine data`: a card with what is stored, and a short-lived signed link to all of it as JSON. */
export async function showMyData(options: FeatureOptions, turn: Turn): Promise<Reply> {
  const { store, t, links, modules } = options;
  const data = await loadPersonalData(store, modules, turn.user);
  const token = signGrant(
    { user: userKey(turn.user), networkIds: [], year: 0, personal: true, exp: Math.floor(turn.now.getTime() / 1000) + LINK_LIFETIME_SECONDS },
    links.secret
  );
  return show(myDataCard(data, `${links.baseUrl.replace(/\/+$/, '')}/export/${token}.json`, t));
}

export function askErase(options: FeatureOptions): Reply {
  return show(confirmEraseCard(options.t));
}

/** The confirmation's button: the person's identity leaves every stored answer, their profile goes. */
export async function confirmErase(options: FeatureOptions, turn: Turn): Promise<Reply> {
  const report = await erasePerson(options.store, options.modules, turn.user, turn.now, options.t);
  options.log.info({ answers: report.answers, networks: report.networks }, 'personal data erased');
  return say(options.t.privacy.erased(report.answers));
}
