import { seedDemo } from '../../src/demo/seed';
import { testScheduler } from '../support/scheduler';
import { startTestStore, type TestStore } from '../support/store';

const NOW = new Date('2026-11-25T10:00:00+01:00');
let testStore: TestStore;

beforeEach(async () => {
  testStore = await startTestStore();
  await seedDemo(testStore.store, NOW);
});
afterEach(() => testStore.close());

describe('retention of raw answers', () => {
  it('deletes check-ins older than the network keeps them, keeps the status, and leaves other networks alone', async () => {
    const { store } = testStore;
    const all = async (collaborationId: string) => store.checkIns.listSince(collaborationId, '2000-M01');
    const before = await all('in-lonn');
    const solorBefore = (await store.checkIns.listSince('so-arkiv', '2000-Q1')).length;
    expect(before.some((c) => c.submittedAt < '2026-08-25')).toBe(true);
    const network = (await store.directory.getNetwork('indre-namdal'))!;
    await store.directory.putNetwork({ ...network, retention: { checkInMonths: 3 } });
    const statusBefore = (await store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value.status;

    await testScheduler(store, { clock: () => NOW }).tick();

    const after = await all('in-lonn');
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    expect(after.every((c) => c.submittedAt >= '2026-08-25')).toBe(true);
    expect((await store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value.status).toEqual(statusBefore);
    expect((await store.checkIns.listSince('so-arkiv', '2000-Q1')).length).toBe(solorBefore);
  });
});
