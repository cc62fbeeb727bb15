import { sample, type CardSample } from '../../core/module';
import { withNetworkPicker } from '../../cards/networkPicker';
import { HOSTILE, HOSTILE_NAME, HOSTILE_PERSON, SAMPLE_NOW, SAMPLE_PERIOD, sampleData } from '../../cards/samples';
import { DEFAULT_ANNUAL_CYCLE, upcomingEvents } from '../../domain/annualCycle';
import type { Catalogue } from '../../core/i18n/catalogue';
import { ANNUAL_CYCLE_NETWORK, annualCycleCard, digestCard, escalationCard, noticeCard } from './cards';

export function scheduleSamples(t: Catalogue): CardSample[] {
  const { network, collaborations } = sampleData();
  const unreachable = [t.annualCycle.unreachablePerson(HOSTILE_PERSON.name), t.annualCycle.unreachableChannel(HOSTILE), t.annualCycle.noChannel];
  const view = { network, cycle: DEFAULT_ANNUAL_CYCLE, upcoming: upcomingEvents(DEFAULT_ANNUAL_CYCLE, ['monthly', 'quarterly'], SAMPLE_NOW, 6), unreachable };
  return [
    sample('escalation', escalationCard, network, SAMPLE_PERIOD, collaborations.slice(0, 20), t),
    sample('digest', digestCard, network, SAMPLE_PERIOD, collaborations.map((collaboration, i) => ({ collaboration, reported: i % 3 > 0 })), t),
    sample('notice of unreachable people', noticeCard, network, t.annualCycle.noticeWhat.digest, unreachable, t),
    sample('årshjul for an admin in a channel', annualCycleCard, { ...view, editable: true, inChannel: true }, t),
    sample('årshjul for a leader', annualCycleCard, { ...view, editable: false, inChannel: false }, t),
    sample('årshjul form with a choice of network', withNetworkPicker, annualCycleCard({ ...view, editable: true, inChannel: false }, t), [network, { ...network, id: 'other', name: HOSTILE_NAME }], network, ANNUAL_CYCLE_NETWORK, t)
  ];
}
