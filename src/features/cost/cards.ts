import { card, heading, textBlock, type AdaptiveCard } from '../../cards/adaptive';
import type { CostKey, CostShare } from '../../domain/cost';
import type { Collaboration, Municipality } from '../../domain/types';
import type { Catalogue } from '../../i18n/nb';

export interface CostSplitView {
  collaboration: Collaboration;
  key: CostKey;
  amount: number;
  shares: { municipality: Municipality; share: CostShare }[];
}

/** `kostnad <samarbeid> <beløp>`: each municipality's share in kroner, and the key behind it. */
export function costCard(view: CostSplitView, t: Catalogue): AdaptiveCard {
  const cell = (text: string, options: Record<string, unknown> = {}) => ({ type: 'TableCell', items: [textBlock(text, options)] });
  const bold = { weight: 'Bolder' };
  const row = (cells: string[], options: Record<string, unknown> = {}) => ({ type: 'TableRow', cells: cells.map((c) => cell(c, options)) });
  return card([
    heading(t.cost.title(view.collaboration.name)),
    textBlock(`${t.cost.kroner(view.amount)} · ${t.cost.key(view.key.fixedShare)}`, { isSubtle: true, spacing: 'None' }),
    {
      type: 'Table',
      firstRowAsHeaders: true,
      showGridLines: false,
      columns: [{ width: 3 }, { width: 2 }, { width: 2 }, { width: 2 }, { width: 2 }],
      rows: [
        row([t.cost.municipality, t.cost.population, t.cost.fixed, t.cost.byPopulation, t.cost.sum], bold),
        ...view.shares.map(({ municipality, share }) =>
          row([
            municipality.name,
            municipality.population.toLocaleString('nb-NO'),
            t.cost.kroner(share.fixedPart),
            t.cost.kroner(share.populationPart),
            t.cost.kroner(share.kroner)
          ])
        ),
        row([t.cost.total, '', '', '', t.cost.kroner(view.amount)], bold)
      ]
    }
  ]);
}
