import { z } from 'zod';
import { parseCostRequest } from '../../domain/cost';
import { cardAction, type FeatureModule } from '../../core/module';
import { target } from '../scope';
import { COST_CHOOSE, showCost, showCostById } from './cost';
import { costSamples } from './samples';
import { texts } from './texts';

/** `kostnad <samarbeid> <beløp>`: each municipality's share under the cost key. */
export const cost: FeatureModule = {
  name: 'cost',
  texts,
  help: (t) => t.cost.helpEntries,
  commands: [
    {
      name: 'cost',
      words: { nb: ['kostnad', 'kostnader', 'fordel'], nn: ['kostnad', 'kostnader', 'fordel'], en: ['cost', 'costs'] },
      argument: 'optional',
      run: (options, _turn, profile, text) => {
        const { name, amount } = parseCostRequest(text);
        return showCost(options, profile, name, amount);
      }
    }
  ],
  actions: [
    cardAction({
      verb: COST_CHOOSE,
      data: target.extend({ amount: z.number().int().min(0).max(1e12) }).strict(),
      run: async (options, _turn, { amount, ...ids }, profile) => showCostById(options, await profile(), ids, amount)
    })
  ],
  cardSamples: costSamples,
  personalData: 'none'
};
