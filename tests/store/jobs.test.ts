import type { Delivery } from '../../src/core/store';
import { startTestStore, type TestStore } from '../support/store';

let testStore: TestStore;
beforeAll(async () => {
  testStore = await startTestStore();
});
afterAll(() => testStore.close());

const delivery = (id: string, patch: Partial<Delivery> = {}): Delivery => ({
  id, networkId: 'solor', eventKey: 'solor|open|2026-M11', kind: 'invitation', period: '2026-M11', state: 'pending', attempts: 0,
  notBefore: '2026-11-26T08:00:00.000Z', until: '2026-12-07T08:00:00.000Z', ...patch
});

describe('the scheduler lease', () => {
  it('is held by one instance at a time, renewed by its holder and taken over once it has expired', async () => {
    const { jobs } = testStore.store;
    expect(await jobs.claimLease('a', 1000, 10_000)).toBe('held');
    expect(await jobs.claimLease('b', 1000, 10_500)).toBe('refused');
    expect(await jobs.claimLease('a', 1000, 10_900)).toBe('held'); // renewed until 11 900
    expect(await jobs.claimLease('b', 1000, 11_800)).toBe('refused');
    expect(await jobs.claimLease('b', 1000, 12_000)).toBe('takenOver'); // a died
    expect(await jobs.claimLease('a', 1000, 12_100)).toBe('refused');
  });

  it('goes to exactly one of several instances racing for it', async () => {
    const { jobs } = testStore.store;
    await jobs.releaseLease('b');
    const results = await Promise.all(['x', 'y', 'z', 'w'].map((holder) => jobs.claimLease(holder, 5000, 20_000)));
    expect(results.filter((r) => r !== 'refused')).toHaveLength(1);
  });

  it('is free at once when its holder releases it', async () => {
    const { jobs } = testStore.store;
    const holder = (await Promise.all(['x', 'y', 'z', 'w'].map(async (h) => ((await jobs.claimLease(h, 5000, 20_001)) !== 'refused' ? h : '')))).find(Boolean)!;
    await jobs.releaseLease(holder);
    // Taken over, not simply held: the one who released it may have sent a moment ago.
    expect(await jobs.claimLease('fresh', 5000, 20_002)).toBe('takenOver');
  });
});

describe('deliveries', () => {
  it('are created once per id: adding the same plan again changes nothing', async () => {
    const { jobs } = testStore.store;
    await jobs.addDeliveries([delivery('d1'), delivery('d2')]);
    await jobs.putDelivery({ ...delivery('d1'), state: 'sent', sentAt: '2026-11-26T08:00:01.000Z', attempts: 1 });
    await jobs.addDeliveries([delivery('d1'), delivery('d2'), delivery('d3')]);
    const all = await jobs.deliveriesOf('solor', 'solor|open|2026-M11');
    expect(all.map((d) => [d.id, d.state]).sort()).toEqual([['d1', 'sent'], ['d2', 'pending'], ['d3', 'pending']]);
    expect((await jobs.pendingDeliveries('solor')).map((d) => d.id).sort()).toEqual(['d2', 'd3']);
    expect(await jobs.pendingDeliveries('other')).toEqual([]);
  });

  it('keep events and their state per network', async () => {
    const { jobs } = testStore.store;
    const event = { key: 'solor|open|2026-M11', networkId: 'solor', kind: 'open' as const, period: '2026-M11', at: 'a', until: 'b', state: 'planned' as const };
    expect(await jobs.getEvent('solor', event.key)).toBeUndefined();
    await jobs.putEvent(event);
    expect(await jobs.getEvent('solor', event.key)).toMatchObject(event);
    expect((await jobs.plannedEvents('solor')).map((e) => e.key)).toEqual([event.key]);
    await jobs.putEvent({ ...event, state: 'settled' });
    expect(await jobs.plannedEvents('solor')).toEqual([]);
  });
});

describe('directory and profiles for scheduled work', () => {
  it('lists every network and everybody with a role in one', async () => {
    const { directory, profiles } = testStore.store;
    await directory.putNetwork({ id: 'n1', name: 'N1', tenantIds: ['t'], municipalities: [] });
    await directory.putNetwork({ id: 'n2', name: 'N2', tenantIds: ['t'], municipalities: [] });
    await profiles.put({ tenantId: 't', aadObjectId: 'a', name: 'A', memberships: [{ networkId: 'n1', roles: ['admin'] }] });
    await profiles.put({ tenantId: 't', aadObjectId: 'b', name: 'B', memberships: [{ networkId: 'n2', roles: ['member'] }, { networkId: 'n1', roles: ['member'] }] });
    await profiles.put({ tenantId: 't', aadObjectId: 'c', name: 'C', memberships: [{ networkId: 'n2', roles: ['kommunedirektør'] }] });
    await profiles.put({ tenantId: 't', aadObjectId: 'd', name: 'D', memberships: [] });
    expect((await directory.listNetworkIds()).sort()).toEqual(['n1', 'n2']);
    expect((await profiles.withRoles()).map((p) => p.aadObjectId).sort()).toEqual(['a', 'b', 'c']);
  });
});
