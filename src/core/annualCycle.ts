import { eventKey, type AnnualCycleEvent } from '../domain/annualCycle';
import { rolesIn, userKey } from '../domain/roles';
import type { TemplateVersion } from '../domain/template';
import type { Collaboration, Network, Person, Profile } from '../domain/types';
import type { DocumentStore } from './documents';
import type { Catalogue } from './i18n/catalogue';
import type { Logger } from './log';
import type { Links } from './options';
import type { Delivery, Store } from './store';
import type { Reply } from './turn';

/** What the scheduler knows about one network while it plans and sends. */
export interface NetworkSnapshot {
  network: Network;
  collaborations: Collaboration[];
  /** Profiles of everybody with a role in the network, and of the leaders. */
  people: Map<string, Profile>;
}

/** What a delivery's message is built from when it is sent. */
export interface AnnualCycleRenderContext {
  snapshot: NetworkSnapshot;
  /** The network's language: there is no turn to tell the person's. */
  t: Catalogue;
  /** The template version the period's check-in asks. */
  version(networkId: string, templateId: string, period: string): Promise<TemplateVersion | undefined>;
  /** For renderers that read what the snapshot does not hold (a survey's counters and receipts). */
  store: Store;
  /** The scheduler's clock at send time. */
  now: Date;
  /** Where case documents are filed (a meeting's report), and how links to them are signed. */
  documents: DocumentStore;
  links: Links;
  /** The event's other deliveries, for the notice about who could not be reached. */
  deliveriesOf(eventKey: string): Promise<Delivery[]>;
}

/** The message for one delivery, or undefined when it no longer applies (the leader has answered). */
export type RenderDelivery = (delivery: Delivery, context: AnnualCycleRenderContext) => Promise<Reply | undefined>;

/**
 * What a module adds to the årshjul. The scheduler plans each due event once (its key is
 * deterministic) with the plan of the module that made it, and sends each delivery with the
 * renderer its kind names. Kinds are the module's own strings and must be unique across modules.
 */
export interface AnnualCycleContribution {
  /** The module's events for this network whose time has come and that are not stale yet. */
  due(snapshot: NetworkSnapshot, now: Date): AnnualCycleEvent[];
  /** The messages one of its events needs, decided from the network as it is at planning time. */
  plan(snapshot: NetworkSnapshot, event: AnnualCycleEvent): Delivery[];
  /** One renderer per delivery kind its plan makes, called at send time so it shows the network as it is then. */
  render: Readonly<Record<string, RenderDelivery>>;
  /** Work at the start of every round, before anything is planned: the check-in module folds answers a turn could not. */
  beforeRound?(store: Store, log: Logger, now: Date): Promise<void>;
  /** Work on one network after its events are planned, found from the snapshot already loaded (no query just to look for work). */
  afterPlanning?(store: Store, log: Logger, snapshot: NetworkSnapshot, now: Date): Promise<void>;
}

export function adminsOf(snapshot: NetworkSnapshot): Profile[] {
  return [...snapshot.people.values()].filter((p) => rolesIn(p, snapshot.network.id).includes('admin'));
}

/**
 * One pending delivery of an event to a person (their 1:1 chat) or, without a person, to a
 * channel: the network's leadership channel unless another is given (a body's). Its id is the
 * event key and `recipient`, so planning again creates nothing twice; a recipient the bot cannot
 * reach is recorded as such at once.
 */
export function deliveryOf(snapshot: NetworkSnapshot, event: AnnualCycleEvent, kind: string, recipient: string, person?: Person, channel = snapshot.network.digestChannel): Delivery {
  const key = eventKey(snapshot.network.id, event);
  const profile = person ? snapshot.people.get(userKey(person)) : undefined;
  const reference = person ? profile?.personalConversation : channel?.reference;
  // No 1:1 chat yet, but seen in a team with the bot: the chat is opened at send time.
  const member = reference ? undefined : profile?.teamMember;
  const reachable = Boolean(reference ?? member);
  return {
    id: `${key}|${recipient}`,
    networkId: snapshot.network.id,
    eventKey: key,
    kind,
    period: event.period,
    ...(person
      ? { person: { tenantId: person.tenantId, aadObjectId: person.aadObjectId, name: person.name } }
      : { channelName: channel?.channelName }),
    ...(reference ? { reference } : {}),
    ...(member ? { member } : {}),
    state: reachable ? 'pending' : 'undeliverable',
    ...(reachable ? {} : { failure: person ? 'noConversation' : 'noChannel' }),
    attempts: 0,
    notBefore: event.at.toISOString(),
    until: event.until.toISOString()
  };
}
