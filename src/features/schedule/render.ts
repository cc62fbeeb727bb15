import { periodName } from '../../cards/answers';
import { windowOf } from '../../domain/annualCycle';
import { hasAnswered, hasReported, missingReports, periodEnding } from '../../domain/reporting';
import { leads } from '../../domain/roles';
import type { TemplateVersion } from '../../domain/template';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Delivery } from '../../core/store';
import { checkInCard } from '../checkin/cards';
import { show, type Reply } from '../../core/turn';
import { digestCard, escalationCard, noticeCard } from './cards';
import { cycleOf, type NetworkSnapshot } from './plan';

export interface RenderContext {
  snapshot: NetworkSnapshot;
  t: Catalogue;
  /** The template version the period's check-in asks. */
  version(networkId: string, templateId: string, period: string): Promise<TemplateVersion | undefined>;
  /** The event's other deliveries, for the notice about who could not be reached. */
  deliveriesOf(eventKey: string): Promise<Delivery[]>;
}

/** A line per person or channel a delivery could not reach, for notices and the årshjul card. */
function unreachableLine(delivery: Delivery, t: Catalogue): string {
  if (delivery.person) return t.schedule.unreachablePerson(delivery.person.name);
  return delivery.failure === 'noChannel' ? t.schedule.noChannel : t.schedule.unreachableChannel(delivery.channelName ?? '');
}

/**
 * The message for a delivery, built when it is sent so it shows the network as it is then;
 * undefined when it no longer applies (the leader has answered, everybody has reported).
 */
export async function renderDelivery(delivery: Delivery, context: RenderContext): Promise<Reply | undefined> {
  const { snapshot, t } = context;
  const { network, collaborations } = snapshot;
  switch (delivery.kind) {
    case 'invitation':
    case 'reminder': {
      const collaboration = collaborations.find((c) => c.id === delivery.collaborationId);
      const person = delivery.person!;
      if (!collaboration || !leads(collaboration, person) || hasAnswered(collaboration, person, delivery.period)) return undefined;
      const version = await context.version(network.id, collaboration.templateId, delivery.period);
      if (!version) return undefined;
      const close = windowOf(cycleOf(network), delivery.period).at(-1)!.at;
      const say = delivery.kind === 'invitation' ? t.schedule.invitation : t.schedule.reminder;
      const notice = say(periodName(delivery.period, t), t.schedule.deadline(close.toISOString()));
      return show(checkInCard({ network, collaboration, version, period: delivery.period, notice }, t));
    }
    case 'escalation': {
      const overdue = missingReports(collaborations, delivery.period);
      return overdue.length ? show(escalationCard(network, delivery.period, overdue, t)) : undefined;
    }
    case 'digest': {
      const rows = collaborations.map((collaboration) => {
        const own = periodEnding(collaboration, delivery.period);
        const latest = collaboration.status.periods[0]?.period;
        return { collaboration, reported: hasReported(collaboration, own) || (latest !== undefined && latest > own) };
      });
      return show(digestCard(network, delivery.period, rows, t));
    }
    case 'notice': {
      const missed = (await context.deliveriesOf(delivery.eventKey)).filter((d) => d.state === 'undeliverable' && d.kind !== 'notice');
      if (missed.length === 0) return undefined;
      const kind = missed[0].kind;
      return show(noticeCard(network, t.schedule.noticeWhat[kind], [...new Set(missed.map((d) => unreachableLine(d, t)))], t));
    }
  }
}
