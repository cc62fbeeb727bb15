import { whole } from '../../core/i18n/format';
import { card, heading, plain, table, textBlock, type AdaptiveCard } from '../../core/card';
import type { CostKey, CostShare } from '../../domain/cost';
import type { Collaboration, Municipality } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';

export interface CostSplitView {
  collaboration: Collaboration;
  key: CostKey;
  amount: number;
  shares: { municipality: Municipality; share: CostShare }[];
}

/** `kostnad <samarbeid> <beløp>`: each municipality's share in kroner, and the key behind it. */
export function costCard(view: CostSplitView, t: Catalogue): AdaptiveCard {
  const bold = (text: string) => ({ text, options: { weight: 'Bolder' } });
  return card([
    heading(t.cost.title(plain(view.collaboration.name))),
    textBlock(`${t.cost.kroner(view.amount)} · ${t.cost.key(view.key.fixedShare)}`, { isSubtle: true, spacing: 'None' }),
    table(
      [3, 2, 2, 2, 2],
      [
        [t.cost.municipality, t.cost.population, t.cost.fixed, t.cost.byPopulation, t.cost.sum],
        ...view.shares.map(({ municipality, share }) => [
          plain(municipality.name),
          whole(t.locale, municipality.population),
          t.cost.kroner(share.fixedPart),
          t.cost.kroner(share.populationPart),
          t.cost.kroner(share.kroner)
        ]),
        [bold(t.cost.total), bold(''), bold(''), bold(''), bold(t.cost.kroner(view.amount))]
      ]
    )
  ]);
}
