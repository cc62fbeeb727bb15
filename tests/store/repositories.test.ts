import type { Container } from '@azure/cosmos';
import { checkInId } from '../../src/domain/checkIns';
import { emptyStatus } from '../../src/domain/status';
import { fellesStatusmal } from '../../src/domain/template';
import type { CheckIn, Collaboration, Network } from '../../src/domain/types';
import { StoreUnavailable } from '../../src/core/store';
import { openCosmosStore } from '../../src/store/cosmos';
import { CosmosNetworkDirectory, REVALIDATE_AFTER_MS } from '../../src/store/cosmos/directory';
import { startTestStore, type TestStore } from '../support/store';

const LEADER = { tenantId: 't1', aadObjectId: 'u1', name: 'Kari Leder' };
const network: Network = { id: 'solor', name: 'Solør', tenantIds: ['t1'], municipalities: [{ id: 'valer', name: 'Våler', number: '3419', population: 3600 }] };
const collaboration: Collaboration = {
  id: 'so-arkiv', networkId: 'solor', name: 'Arkiv', aliases: [], sector: 'digitalisering', legalForm: 'administrativt vertskommunesamarbeid',
  participantIds: ['valer'], leaders: [LEADER], cadence: 'monthly', templateId: 'felles-statusmal', reportingSince: '2026-01-01', status: emptyStatus()
};
const checkIn = (period: string, overall = 'green'): CheckIn => ({
  id: checkInId(period, LEADER), collaborationId: 'so-arkiv', networkId: 'solor', period, respondent: LEADER,
  templateId: 'felles-statusmal', templateVersion: 1, answers: { overall }, submittedAt: '2026-11-02T09:00:00.000Z'
});

let testStore: TestStore;

type Items = Container['items'];

/** A directory on the real `config` container whose transactional batches go through `around`, to put faults in them. */
function directoryWithBatch(around: (batch: () => ReturnType<Items['batch']>) => ReturnType<Items['batch']>): CosmosNetworkDirectory {
  const config = testStore.client.database(testStore.databaseId).container('config');
  const items = Object.create(config.items, {
    batch: { value: (...args: Parameters<Items['batch']>) => around(() => config.items.batch(...args)) }
  }) as Items;
  return new CosmosNetworkDirectory(Object.create(config, { items: { value: items } }) as Container);
}

beforeAll(async () => {
  testStore = await startTestStore();
});

afterAll(async () => {
  await testStore.close();
});

describe('Cosmos repositories against the embedded Cosmos-protocol server', () => {
  it('reports an empty store until something is written', async () => {
    expect(await testStore.store.directory.isEmpty()).toBe(true);
    await testStore.store.directory.putNetwork(network);
    expect(await testStore.store.directory.isEmpty()).toBe(false);
  });

  it('reads networks, collaborations and templates back as plain domain values', async () => {
    await testStore.store.directory.putCollaboration(collaboration);
    await testStore.store.directory.putTemplate(fellesStatusmal('solor'));
    expect(await testStore.store.directory.getNetwork('solor')).toEqual({ ...network, networkId: 'solor' });
    expect((await testStore.store.directory.getCollaboration('solor', 'so-arkiv'))?.value).toEqual(collaboration);
    expect((await testStore.store.directory.getTemplate('solor', 'felles-statusmal'))?.versions[0].questions).toHaveLength(15);
    const contents = await testStore.store.directory.loadNetworks(['solor', 'nowhere']);
    expect(contents.networks.map((n) => n.id)).toEqual(['solor']);
    expect(contents.collaborations.map((c) => c.id)).toEqual(['so-arkiv']);
    expect(await testStore.store.directory.getCollaboration('solor', 'missing')).toBeUndefined();
  });

  it('reads a network in one query the first time, then asks its stamp and only what changed: another instance’s write shows at once', async () => {
    await testStore.store.directory.putNetwork({ ...network, id: 'other', name: 'Annet' });
    await testStore.store.directory.putCollaboration({ ...collaboration, id: 'ot-arkiv', networkId: 'other' });
    // A second bot instance on the same database, which has read nothing yet.
    const { directory } = await openCosmosStore(testStore.client, testStore.databaseId);
    const requests = async <T>(read: () => Promise<T>): Promise<[number, T]> => {
      const before = testStore.server.requests;
      const result = await read();
      return [testStore.server.requests - before, result];
    };
    const [first, one] = await requests(() => directory.loadNetworks(['other']));
    expect(first).toBe(2); // the stamp, then every document
    expect(one.collaborations.map((c) => c.name)).toEqual(['Arkiv']);
    const [again, same] = await requests(() => directory.loadNetworks(['other']));
    expect(again).toBe(1); // the stamp alone
    expect(same.collaborations[0]).toBe(one.collaborations[0]);
    await testStore.store.directory.updateCollaboration('other', 'ot-arkiv', (c) => ({ ...c, name: 'Arkiv og dokumentasjon' }));
    await testStore.store.directory.putCollaboration({ ...collaboration, id: 'ot-lonn', networkId: 'other', name: 'Lønn' });
    const [afterWrite, changed] = await requests(() => directory.loadNetworks(['other']));
    expect(afterWrite).toBe(3); // the stamp, every ETag, the two changed documents
    expect(changed.collaborations.map((c) => c.name).sort()).toEqual(['Arkiv og dokumentasjon', 'Lønn']);
    expect(changed.networks[0]).toBe(one.networks[0]);
    await testStore.store.directory.createCollaboration({ ...collaboration, id: 'ot-it', networkId: 'other', name: 'IT' });
    expect((await directory.loadNetworks(['other'])).collaborations.map((c) => c.name).sort()).toEqual(['Arkiv og dokumentasjon', 'IT', 'Lønn']);
    await testStore.store.directory.updateNetwork('other', (n) => ({ ...n, name: 'Annet nettverk' }));
    expect((await directory.loadNetworks(['other'])).networks.map((n) => n.name)).toEqual(['Annet nettverk']);
    const both = await directory.loadNetworks(['solor', 'other']);
    expect(both.collaborations.map((c) => c.id).sort()).toEqual(['ot-arkiv', 'ot-it', 'ot-lonn', 'so-arkiv']);
  });

  it('checks many networks at once (the scheduler, erasure) by their ETags, not with a read per network', async () => {
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5'];
    for (const id of ids) await testStore.store.directory.putNetwork({ ...network, id, name: `Nettverk ${id}` });
    const { directory } = await openCosmosStore(testStore.client, testStore.databaseId);
    await directory.loadNetworks(ids);
    await testStore.store.directory.updateNetwork('m5', (n) => ({ ...n, name: 'Endret' }));
    const before = testStore.server.requests;
    const { networks } = await directory.loadNetworks(ids);
    // Every ETag, then the one changed network: two queries across partitions, each with its query plan.
    expect(testStore.server.requests - before).toBe(4);
    expect(networks.map((n) => n.name)).toEqual(['Nettverk m1', 'Nettverk m2', 'Nettverk m3', 'Nettverk m4', 'Endret']);
  });

  it('sees a write that bypassed the stamp (an older instance, the portal) within a minute', async () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    const config = testStore.client.database(testStore.databaseId).container('config');
    const directory = new CosmosNetworkDirectory(config, { now: () => now });
    await testStore.store.directory.putCollaboration({ ...collaboration, id: 'so-lonn', name: 'Lønn' });
    expect((await directory.loadNetworks(['solor'])).collaborations.find((c) => c.id === 'so-lonn')?.name).toBe('Lønn');
    const { resource } = await config.item('collaboration:so-lonn', 'solor').read<Record<string, unknown>>();
    await config.items.upsert({ ...resource, name: 'Lønn og regnskap' });
    now += REVALIDATE_AFTER_MS - 1;
    expect((await directory.loadNetworks(['solor'])).collaborations.find((c) => c.id === 'so-lonn')?.name).toBe('Lønn');
    now += 1;
    expect((await directory.loadNetworks(['solor'])).collaborations.find((c) => c.id === 'so-lonn')?.name).toBe('Lønn og regnskap');
  });

  it('leaves the stamp as it was when a write is refused, so nothing is read again for nothing', async () => {
    const config = testStore.client.database(testStore.databaseId).container('config');
    const stamp = async () => (await config.item('stamp:solor', 'solor').read()).etag;
    const before = await stamp();
    expect(before).toBeDefined();
    expect(await testStore.store.directory.createCollaboration(collaboration)).toBe(false);
    expect(await stamp()).toBe(before);
    await testStore.store.directory.putTemplate(fellesStatusmal('solor'));
    expect(await stamp()).toBe(before);
    await testStore.store.directory.putCollaboration(collaboration);
    expect(await stamp()).not.toBe(before);
  });

  it('hands out network contents that cannot be changed behind the store’s back', async () => {
    const { collaborations } = await testStore.store.directory.loadNetworks(['solor']);
    expect(() => {
      (collaborations[0] as { name: string }).name = 'Endret';
    }).toThrow(TypeError);
    expect(() => collaborations[0].leaders.push(LEADER)).toThrow(TypeError);
    expect((await testStore.store.directory.loadNetworks(['solor'])).collaborations[0].name).toBe('Arkiv');
  });

  it('lets 20 simultaneous updates of one network all land: each loser of an ETag race reads again', async () => {
    const grow = () =>
      testStore.store.directory.updateNetwork('solor', (current) => ({
        ...current,
        municipalities: current.municipalities.map((m) => (m.id === 'valer' ? { ...m, population: m.population + 1 } : m))
      }));
    await Promise.all(Array.from({ length: 20 }, grow));
    expect((await testStore.store.directory.getNetwork('solor'))?.municipalities[0].population).toBe(3620);
  });

  it('writes nothing when the change has nothing to write, and nothing for a document that is not there', async () => {
    const before = await testStore.store.directory.getCollaboration('solor', 'so-arkiv');
    expect(await testStore.store.directory.updateCollaboration('solor', 'so-arkiv', () => undefined)).toEqual(before?.value);
    expect((await testStore.store.directory.getCollaboration('solor', 'so-arkiv'))?.etag).toBe(before?.etag);
    expect(await testStore.store.directory.updateNetwork('nowhere', (n) => ({ ...n, name: 'Ghost' }))).toBeUndefined();
    expect(await testStore.store.directory.getNetwork('nowhere')).toBeUndefined();
  });

  it('creates a network or collaboration only under a free id, never over one stored', async () => {
    const { directory } = testStore.store;
    await directory.putNetwork(network);
    expect(await directory.createNetwork({ ...network, name: 'Et annet nettverk' })).toBe(false);
    expect(await directory.getNetwork(network.id)).toMatchObject({ name: network.name });
    const fresh = { ...network, id: 'nytt', name: 'Nytt' };
    expect(await directory.createNetwork(fresh)).toBe(true);
    expect(await directory.createNetwork(fresh)).toBe(false); // a second creator of the same network, even an identical one

    await directory.putCollaboration(collaboration);
    expect(await directory.createCollaboration({ ...collaboration, name: 'Noe annet' })).toBe(false);
    expect((await directory.getCollaboration(collaboration.networkId, collaboration.id))!.value.name).toBe(collaboration.name);
  });

  it('counts a create whose answer was lost, tried again and refused as existing, as created when the stored one is its own', async () => {
    /** The next create times out once: after the store took the write (its answer lost) or before (the request lost). */
    let lost: 'answer' | 'request' | undefined;
    const directory = directoryWithBatch(async (batch) => {
      const fault = lost;
      lost = undefined;
      if (fault === 'request') throw Object.assign(new Error('the request was lost'), { name: 'TimeoutError' });
      const written = await batch();
      if (fault === 'answer') throw Object.assign(new Error('the answer was lost'), { name: 'TimeoutError' });
      return written;
    });

    lost = 'answer';
    expect(await directory.createNetwork({ ...network, id: 'tapt-svar', name: 'Tapt svar' })).toBe(true);
    expect(await directory.getNetwork('tapt-svar')).toMatchObject({ name: 'Tapt svar' });
    // Someone else's network under the id, met on a retry, is still refused and kept.
    lost = 'request';
    expect(await directory.createNetwork({ ...network, id: 'tapt-svar', name: 'Annet navn' })).toBe(false);
    expect(await directory.getNetwork('tapt-svar')).toMatchObject({ name: 'Tapt svar' });
  });

  it('takes a batched write whose answer carries no document (Azure may leave it out) as the document sent', async () => {
    const directory = directoryWithBatch(async (batch) => {
      const written = await batch();
      return { ...written, result: written.result?.map(({ resourceBody, ...rest }) => rest) };
    });
    const renamed = await directory.updateCollaboration('solor', 'so-arkiv', (c) => ({ ...c, name: 'Arkiv og post' }));
    expect(renamed).toEqual({ ...collaboration, name: 'Arkiv og post' });
    expect((await testStore.store.directory.getCollaboration('solor', 'so-arkiv'))?.value.name).toBe('Arkiv og post');
    await testStore.store.directory.putCollaboration(collaboration);
  });

  it('creates a profile that is not there yet once, and simultaneous first writes all land (409 read as a lost race)', async () => {
    const person = { tenantId: 't1', aadObjectId: 'new-person', name: 'Ny Person' };
    const join = (networkId: string) =>
      testStore.store.profiles.update(person, (stored) => {
        const profile = stored ?? { ...person, memberships: [] };
        return { ...profile, memberships: [...profile.memberships, { networkId, roles: ['member' as const] }] };
      });
    await Promise.all(['n1', 'n2', 'n3', 'n4', 'n5'].map(join));
    expect((await testStore.store.profiles.get(person))?.memberships.map((m) => m.networkId).sort()).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('keeps one check-in per period and respondent: a double submit updates it', async () => {
    expect(await testStore.store.checkIns.save(checkIn('2026-M10', 'green'))).toBe('created');
    expect(await testStore.store.checkIns.save(checkIn('2026-M10', 'red'))).toBe('updated');
    const stored = await testStore.store.checkIns.listSince('so-arkiv', '2026-M01');
    expect(stored).toHaveLength(1);
    expect(stored[0].answers.overall).toBe('red');
  });

  it('stores 100 simultaneous submits of the same answer exactly once', async () => {
    const outcomes = await Promise.all(Array.from({ length: 100 }, () => testStore.store.checkIns.save(checkIn('2026-M11'))));
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
    expect((await testStore.store.checkIns.listSince('so-arkiv', '2026-M11')).filter((c) => c.period === '2026-M11')).toHaveLength(1);
  });

  it('lists a collaboration’s check-ins from a period on, oldest first, in the same cadence only', async () => {
    await testStore.store.checkIns.save(checkIn('2026-M09'));
    await testStore.store.checkIns.save(checkIn('2026-Q3'));
    await testStore.store.checkIns.save({ ...checkIn('2026-M10'), collaborationId: 'other', id: 'x' });
    const periods = (await testStore.store.checkIns.listSince('so-arkiv', '2026-M10')).map((c) => c.period);
    expect(periods).toEqual(['2026-M10', '2026-M11']);
  });

  it('keeps profiles and conversation references by identity', async () => {
    await testStore.store.profiles.put({ ...LEADER, memberships: [{ networkId: 'solor', roles: ['member'] }] });
    expect(await testStore.store.profiles.get({ tenantId: 't1', aadObjectId: 'u1' })).toEqual({ ...LEADER, memberships: [{ networkId: 'solor', roles: ['member'] }] });
    expect(await testStore.store.profiles.get({ tenantId: 't2', aadObjectId: 'u1' })).toBeUndefined();
    const record = { serviceUrl: 'http://127.0.0.1/', tenantId: 't1', conversationId: '19:c@thread', conversationType: 'channel' as const, botId: 'b', channelId: 'msteams', active: true, updatedAt: '2026-11-25T00:00:00Z' };
    await testStore.store.conversations.put(record);
    expect(await testStore.store.conversations.get('19:c@thread')).toEqual(record);
  });

  it('creates its containers idempotently, so several instances may start at once', async () => {
    const { openCosmosStore } = await import('../../src/store/cosmos');
    await Promise.all([openCosmosStore(testStore.client, testStore.databaseId), openCosmosStore(testStore.client, testStore.databaseId)]);
    expect((await testStore.store.directory.getCollaboration('solor', 'so-arkiv'))?.value.id).toBe('so-arkiv');
  });
});

describe('a store that goes away', () => {
  it('turns connection failures into StoreUnavailable after retrying, and answers the probe with a failure', async () => {
    const own = await startTestStore();
    await own.close();
    await expect(own.store.profiles.get(LEADER)).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(own.store.ping()).rejects.toBeDefined();
  });
});
