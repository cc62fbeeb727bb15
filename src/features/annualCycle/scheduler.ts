import { eventKey, type AnnualCycleEvent } from '../../domain/annualCycle';
import { isWorkingTime } from '../../domain/calendar';
import { userKey } from '../../domain/roles';
import type { TemplateVersion } from '../../domain/template';
import type { Profile } from '../../domain/types';
import type { Language } from '../../core/module';
import type { Catalogue } from '../../core/i18n/catalogue';
import { SendPacer } from '../../outbound/pacer';
import type { AnnualCycleEventRecord, Delivery, LeaseClaim, Store } from '../../core/store';
import type { TemplateVersions } from '../../core/templateVersions';
import type { Logger } from '../../core/log';
import type { Messenger } from '../../core/messenger';
import type { DocumentStore } from '../../core/documents';
import type { Links } from '../../core/options';
import type { FeatureModule } from '../../core/module';
import { declarationsOf } from '../../core/personalData';
import { deliverAll, type DeliveryReport } from './deliver';
import type { AnnualCycleContribution, AnnualCycleRenderContext, NetworkSnapshot, RenderDelivery } from '../../core/annualCycle';
import type { Reply } from '../../core/turn';
import { NOTICE, planNotices, renderNotice } from './notice';
import { forgetDeliveryTarget, rememberPersonalChat } from './reach';

export interface SchedulerOptions {
  /** Every module: their årshjul contributions say what is planned and how it is rendered, their personal-data declarations what the daily sweep deletes. */
  modules: readonly FeatureModule[];
  store: Store;
  messenger: Messenger;
  templates: TemplateVersions;
  /** Where a meeting's report is filed when it is sent, and how its links are signed. */
  documents: DocumentStore;
  links: Links;
  log: Logger;
  /** Every language's catalogue: scheduled messages speak their network's language. */
  catalogues: Record<Language, Catalogue>;
  /** Scenario time: what the årshjul is evaluated against (movable for demos). */
  clock: () => Date;
  /** Names this process in the lease. */
  instanceId: string;
  intervalMs: number;
  leaseMs: number;
  tenantPerSecond: number;
  concurrency?: number;
}

export interface TickReport extends DeliveryReport {
  planned: number;
}

const NOTICE_LIFETIME_MS = 3 * 24 * 3600_000;
/** Teams counts a tenant's proactive sends per second. */
const TENANT_WINDOW_MS = 1000;

/**
 * Runs the årshjul: one instance at a time (the lease), planning each due event once
 * (deterministic keys) and sending what is pending. Everything it decides is in Cosmos first,
 * so a restart, or another instance taking over, continues where it stopped. Each round starts
 * with the modules' own preparations (the check-in module folds answers a turn could not).
 */
export class Scheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private leaseUntil = 0;
  private stopped = false;
  private sweptOn?: string;
  private readonly pacer: SendPacer;
  private readonly contributions: AnnualCycleContribution[];
  private readonly renderers: Map<string, RenderDelivery>;

  constructor(private readonly options: SchedulerOptions) {
    this.pacer = new SendPacer({ tenantPerSecond: options.tenantPerSecond });
    this.contributions = options.modules.flatMap((m) => (m.annualCycle ? [m.annualCycle] : []));
    this.renderers = renderersOf(this.contributions);
  }

  start(): void {
    const loop = () => {
      this.running = this.tick()
        .catch((error) => this.options.log.error({ err: error }, 'scheduler tick failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(loop, this.options.intervalMs);
        });
    };
    loop();
  }

  /** Stops planning and sending, lets the send in flight finish, and frees the lease for another instance. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    if (this.leaseUntil > 0) await this.options.store.jobs.releaseLease(this.options.instanceId).catch(() => undefined);
    this.leaseUntil = 0;
  }

  /** One round, when this instance holds (or can take) the lease. */
  async tick(): Promise<TickReport | undefined> {
    const claim = await this.holdLease();
    if (claim === 'refused') return undefined;
    // The instance before may have sent in the last second: its sends and ours must not share Teams' one-second tenant window.
    if (claim === 'takenOver') await new Promise((resolve) => setTimeout(resolve, TENANT_WINDOW_MS));
    // Renewed while the round runs, so a long fan-out keeps the lease.
    const renewer = setInterval(() => void this.holdLease().catch(() => undefined), Math.max(250, this.options.leaseMs / 3));
    try {
      return await this.runOnce();
    } finally {
      clearInterval(renewer);
    }
  }

  /** Retention is enforced on the first round of each day (again after a restart, which is harmless). */
  private async sweepOncePerDay(snapshots: NetworkSnapshot[], now: Date): Promise<void> {
    const day = now.toISOString().slice(0, 10);
    if (this.sweptOn === day) return;
    for (const snapshot of snapshots) await this.enforceRetention(snapshot, now);
    this.sweptOn = day;
  }

  /** What the network's retention limit says is too old goes, module by module. */
  private async enforceRetention({ network, collaborations }: NetworkSnapshot, now: Date): Promise<void> {
    for (const declaration of declarationsOf(this.options.modules)) {
      const deleted = (await declaration.retention?.(this.options.store, network, collaborations, now)) ?? 0;
      if (deleted) this.options.log.info({ networkId: network.id, deleted, holds: declaration.holds }, 'personal data past retention deleted');
    }
  }

  private async holdLease(): Promise<LeaseClaim> {
    if (this.stopped) return 'refused';
    const started = Date.now();
    const claim = await this.options.store.jobs.claimLease(this.options.instanceId, this.options.leaseMs, started);
    this.leaseUntil = claim === 'refused' ? 0 : started + this.options.leaseMs;
    return claim;
  }

  /** Sends only while the lease is certainly ours, with a margin for clock drift between instances. */
  private mayContinue = (): boolean => !this.stopped && Date.now() < this.leaseUntil - Math.min(2000, this.options.leaseMs / 4);

  private async runOnce(): Promise<TickReport> {
    const now = this.options.clock();
    for (const contribution of this.contributions) await contribution.beforeRound?.(this.options.store, this.options.log, now);
    const snapshots = await this.snapshots();
    let planned = 0;
    for (const snapshot of snapshots) planned += await this.planDue(snapshot, now);
    for (const snapshot of snapshots) for (const c of this.contributions) await c.afterPlanning?.(this.options.store, this.options.log, snapshot, now);
    const report = isWorkingTime(now) ? await this.deliverPending(snapshots, now) : { sent: 0, skipped: 0, undeliverable: 0, deferred: 0, retries: 0 };
    for (const snapshot of snapshots) await this.settle(snapshot, now);
    await this.sweepOncePerDay(snapshots, now);
    this.pacer.prune();
    if (planned || report.sent || report.undeliverable) this.options.log.info({ planned, ...report }, 'scheduler round');
    return { planned, ...report };
  }

  /** Every network with its collaborations and people: two queries, whatever the number of networks. */
  private async snapshots(): Promise<NetworkSnapshot[]> {
    const { store } = this.options;
    const ids = await store.directory.listNetworkIds();
    const [contents, members] = await Promise.all([store.directory.loadNetworks(ids), store.profiles.withRoles()]);
    return Promise.all(
      contents.networks.map(async (network) => {
        const collaborations = contents.collaborations.filter((c) => c.networkId === network.id);
        const inNetwork = members.filter((p) => p.memberships.some((m) => m.networkId === network.id));
        const people = new Map<string, Profile>(inNetwork.map((p) => [userKey(p), p]));
        // Leaders without a role in the network are rare; read them one by one.
        const strangers = collaborations.flatMap((c) => c.leaders).filter((l) => !people.has(userKey(l)));
        for (const profile of await Promise.all(strangers.map((l) => store.profiles.get(l)))) if (profile) people.set(userKey(profile), profile);
        return { network, collaborations, people };
      })
    );
  }

  private async planDue(snapshot: NetworkSnapshot, now: Date): Promise<number> {
    const { jobs } = this.options.store;
    const { network } = snapshot;
    let planned = 0;
    for (const { event, plan } of this.dueEvents(snapshot, now)) {
      const key = recordOf(network.id, event).key;
      if (await jobs.getEvent(network.id, key)) continue;
      const deliveries = plan(snapshot, event);
      // Deliveries first: if we die in between, planning again creates the same ids and nothing twice.
      await jobs.addDeliveries(deliveries);
      await jobs.putEvent(recordOf(network.id, event));
      planned += deliveries.length;
    }
    return planned;
  }

  /** Every module's due events in time order, each with the plan of the module that made it. */
  private dueEvents(snapshot: NetworkSnapshot, now: Date): { event: AnnualCycleEvent; plan: AnnualCycleContribution['plan'] }[] {
    return this.contributions
      .flatMap((c) => c.due(snapshot, now).map((event) => ({ event, plan: c.plan })))
      .sort((a, b) => a.event.at.getTime() - b.event.at.getTime());
  }

  /** The message for a delivery; a kind no module renders any more (a module taken out) is not sent. */
  private render(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
    const render = this.renderers.get(delivery.kind);
    if (render) return render(delivery, context);
    this.options.log.warn({ deliveryId: delivery.id, kind: delivery.kind }, 'no module renders this delivery kind');
    return Promise.resolve(undefined);
  }

  private async deliverPending(snapshots: NetworkSnapshot[], now: Date): Promise<DeliveryReport> {
    const { store, catalogues, messenger, log } = this.options;
    const byNetwork = new Map(snapshots.map((s) => [s.network.id, s]));
    const pending = (await Promise.all(snapshots.map((s) => store.jobs.pendingDeliveries(s.network.id))))
      .flat()
      .filter((d) => d.notBefore <= now.toISOString());
    const versions = new Map<string, Promise<TemplateVersion | undefined>>();
    const version = (networkId: string, templateId: string, period: string) => {
      const key = `${networkId}/${templateId}/${period}`;
      if (!versions.has(key)) versions.set(key, this.options.templates.forPeriod(networkId, templateId, period, now));
      return versions.get(key)!;
    };
    return deliverAll(pending, {
      jobs: store.jobs,
      messenger,
      pacer: this.pacer,
      log,
      now: this.options.clock,
      concurrency: this.options.concurrency ?? 16,
      mayContinue: this.mayContinue,
      render: (d: Delivery) => {
        const snapshot = byNetwork.get(d.networkId)!;
        // Scheduled messages speak the network's language; there is no turn to tell the person's.
        return this.render(d, { snapshot, t: catalogues[snapshot.network.language ?? 'nb'], version, store, now, documents: this.options.documents, links: this.options.links, deliveriesOf: (key) => store.jobs.deliveriesOf(d.networkId, key) });
      },
      unreachable: (d: Delivery) => forgetDeliveryTarget(store, d, this.options.clock()),
      openChat: async (d: Delivery) => {
        const reference = await messenger.openPersonalChat(d.member!);
        await rememberPersonalChat(store, d.person!, reference);
        return reference;
      }
    });
  }

  /** Events whose deliveries are all done: tell the admins who could not be reached, then close them. */
  private async settle(snapshot: NetworkSnapshot, now: Date): Promise<void> {
    const { jobs } = this.options.store;
    for (const record of await jobs.plannedEvents(snapshot.network.id)) {
      const deliveries = await jobs.deliveriesOf(snapshot.network.id, record.key);
      if (deliveries.some((d) => d.state === 'pending')) continue;
      const event: AnnualCycleEvent = { ...record, at: new Date(record.at), until: new Date(record.until) };
      const notices = planNotices(snapshot, event, deliveries).map((d) => ({
        ...d,
        notBefore: now.toISOString(),
        until: new Date(now.getTime() + NOTICE_LIFETIME_MS).toISOString()
      }));
      if (notices.some((d) => d.state === 'pending')) {
        await jobs.addDeliveries(notices);
        continue;
      }
      await jobs.putEvent({ ...record, state: 'settled' });
    }
  }
}

/** Delivery kind → its renderer; two modules claiming one kind is a programming error, found at start. */
function renderersOf(contributions: AnnualCycleContribution[]): Map<string, RenderDelivery> {
  const renderers = new Map<string, RenderDelivery>([[NOTICE, renderNotice]]);
  for (const [kind, render] of contributions.flatMap((c) => Object.entries(c.render))) {
    if (renderers.has(kind)) throw new Error(`two årshjul renderers for delivery kind ${kind}`);
    renderers.set(kind, render);
  }
  return renderers;
}

function recordOf(networkId: string, event: AnnualCycleEvent): AnnualCycleEventRecord {
  return {
    key: eventKey(networkId, event),
    networkId,
    kind: event.kind,
    period: event.period,
    ...(event.reminder ? { reminder: event.reminder } : {}),
    at: event.at.toISOString(),
    until: event.until.toISOString(),
    state: 'planned'
  };
}
