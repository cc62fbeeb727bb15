import type { Network } from '../domain/types';
import type { NetworkDirectory } from './store';

/** How long the list of allowed tenants is trusted: a change in a network reaches every instance within this. */
const TTL_MS = 60_000;

export interface TenantAccess {
  /** False when networks exist and none of them lists this tenant: the activity is refused. */
  allowed: boolean;
  /** The networks whose members from this tenant may act in them. */
  networkIds: Set<string>;
  /** The language of this tenant's networks when they agree on one; replies use it. */
  language?: Network['language'];
}

/**
 * Each network lists the Microsoft 365 tenants allowed in it. Read from the store at most once
 * a minute per instance, so checking every activity costs no store request.
 */
export class TenantGate {
  private cached?: { at: number; byTenant: Map<string, Network[]>; anyNetwork: boolean };

  constructor(
    private readonly directory: NetworkDirectory,
    private readonly nowMs: () => number = Date.now
  ) {}

  async access(tenantId: string): Promise<TenantAccess> {
    const { byTenant, anyNetwork } = await this.load();
    const networks = byTenant.get(tenantId) ?? [];
    const languages = new Set(networks.map((n) => n.language ?? 'nb'));
    // A new installation has no network yet: nothing to protect, and the first one must be set up.
    return {
      allowed: !anyNetwork || networks.length > 0,
      networkIds: new Set(networks.map((n) => n.id)),
      ...(languages.size === 1 ? { language: [...languages][0] } : {})
    };
  }

  /** After a network changed here: this instance sees it at once, others within the minute. */
  forget(): void {
    this.cached = undefined;
  }

  private async load() {
    if (this.cached && this.nowMs() - this.cached.at < TTL_MS) return this.cached;
    const { networks } = await this.directory.loadNetworks(await this.directory.listNetworkIds());
    const byTenant = new Map<string, Network[]>();
    for (const network of networks) {
      for (const tenantId of network.tenantIds) byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), network]);
    }
    this.cached = { at: this.nowMs(), byTenant, anyNetwork: networks.length > 0 };
    return this.cached;
  }
}
