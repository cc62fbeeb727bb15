import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { seedDemo } from '../../src/demo/seed';
import { assemble, type AssemblyOptions } from '../../src/index';
import { ConnectorStandIn } from './connector';
import { startTestStore, type TestStore } from './store';

export interface ServedBot {
  testStore: TestStore;
  connector: ConnectorStandIn;
  /** Base URL of the bot's HTTP server on loopback. */
  url: string;
  close(): Promise<void>;
}

/** The assembled bot (HTTP server, adapter, bot) in-process on the demo data, with a connector stand-in. */
export async function serveBot(options: Partial<AssemblyOptions> = {}): Promise<ServedBot> {
  const testStore = await startTestStore();
  await seedDemo(testStore.store, new Date());
  const connector = await new ConnectorStandIn().start();
  const { server } = assemble({ store: testStore.store, documents: testStore.documents, log: pino({ level: 'silent' }), clock: () => new Date(), ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    testStore,
    connector,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.stop();
      await testStore.close();
    }
  };
}
