import { sample, type CardSample } from '../../core/module';
import { sampleData } from '../../cards/samples';
import { DEFAULT_COST_KEY } from '../../domain/cost';
import type { Catalogue } from '../../core/i18n/catalogue';
import { costCard } from './cards';
import { sharesOf } from './cost';

export function costSamples(t: Catalogue): CardSample[] {
  const { network, collaborations } = sampleData();
  const amount = 1_234_567;
  return collaborations.slice(0, 2).map((collaboration) =>
    sample(`cost split of ${collaboration.id}`, costCard, { collaboration, key: DEFAULT_COST_KEY, amount, shares: sharesOf(collaboration, network, amount) }, t)
  );
}
