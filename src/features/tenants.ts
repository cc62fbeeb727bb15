import type { NetworkDirectory } from '../store/types';

/** How long the list of allowed tenants is trusted: a change in a network reaches every instance within this. */
const TTL_MS = 60_000;

export interface TenantAccess {
  /** False when networks exist and none of them lists this tenant: the activity is refused. */
  allowed: boolean;
  /** The networks whose members from this tenant may act in them. */
  networkIds: Set<string>;
}

/**
 * Each network lists the Microsoft 365 tenants allowed in it. Read from the store at most once
 * a minute per instance, so checking every activity costs no store request.
 */
export class TenantGate {
  private cached?: { at: number; byTenant: Map<string, Set<string>>; anyNetwork: boolean };

  constructor(
    private readonly directory: NetworkDirectory,
    private readonly nowMs: () => number = Date.now
  ) {}

  async access(tenantId: string): Promise<TenantAccess> {
    const { byTenant, anyNetwork } = await this.load();
    const networkIds = byTenant.get(tenantId) ?? new Set<string>();
    // A new installation has no network yet: nothing to protect, and the first one must be set up.
    return { allowed: !anyNetwork || networkIds.size > 0, networkIds };
  }

  private async load() {
    if (this.cached && this.nowMs() - this.cached.at < TTL_MS) return this.cached;
    const { networks } = await this.directory.loadNetworks(await this.directory.listNetworkIds());
    const byTenant = new Map<string, Set<string>>();
    for (const network of networks) {
      for (const tenantId of network.tenantIds) byTenant.set(tenantId, (byTenant.get(tenantId) ?? new Set()).add(network.id));
    }
    this.cached = { at: this.nowMs(), byTenant, anyNetwork: networks.length > 0 };
    return this.cached;
  }
}
