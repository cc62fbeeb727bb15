import { deliveryOf, type AnnualCycleContribution, type AnnualCycleRenderContext } from '../../core/annualCycle';
import type { Delivery } from '../../core/store';
import { show, type Reply } from '../../core/turn';
import { annualCycleOf, digestsAround, dueAt } from '../../domain/annualCycle';
import { hasReported, periodEnding } from '../../domain/reporting';
import { digestCard } from './cards';

/** Who reported for the digest's period: a later report counts, the collaboration is not behind. */
async function renderDigest(delivery: Delivery, { snapshot, t }: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const rows = snapshot.collaborations.map((collaboration) => {
    const own = periodEnding(collaboration, delivery.period);
    const latest = collaboration.status.periods[0]?.period;
    return { collaboration, reported: hasReported(collaboration, own) || (latest !== undefined && latest > own) };
  });
  return show(digestCard(snapshot.network, delivery.period, rows, t));
}

/** After each digest period, its summary to the network's leadership channel. */
export const digestEvents: AnnualCycleContribution = {
  due: ({ network }, now) => dueAt(digestsAround(annualCycleOf(network), now), now),
  plan: (snapshot, event) => [deliveryOf(snapshot, event, 'digest', 'channel')],
  render: { digest: renderDigest }
};
