/**
 * The store in a process of its own, as Cosmos DB is on Azure: the Cosmos-protocol server
 * (memory only) behind TLS with the given certificate, since production mode speaks only https
 * to Cosmos DB (`node --require tsx/cjs bench/floor/store.ts <key.pem> <cert.pem>`, with the
 * certificate trusted through NODE_EXTRA_CA_CERTS). Seeds the bench network of 50
 * collaborations with five years of monthly history («Spør Sampuls» turned on), then prints one
 * JSON line: endpoint and key.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { createCosmosClient } from '../../src/store/client';
import { openCosmosStore } from '../../src/store/cosmos';
import { EMULATOR_KEY } from '../../src/store/embedded';
import { NETWORK_ID, seedNetwork } from '../support';

async function main(): Promise<void> {
  const [keyFile, certFile] = process.argv.slice(2);
  // Keep-alive as the embedded server has it (its default closes every connection).
  const server = createHttpsServer({ key: readFileSync(keyFile!), cert: readFileSync(certFile!), keepAlive: true } as Parameters<typeof createHttpsServer>[0]);
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const client = createCosmosClient({ endpoint, key: EMULATOR_KEY, embedded: false });
  const store = await openCosmosStore(client, 'sampuls');
  await seedNetwork(store, 50, 60, new Date());
  // «Spør Sampuls» on for the network: only a bot configured with a language model (the «AI on» run) has it.
  await store.directory.updateNetwork(NETWORK_ID, (network) => ({ ...network, ask: { enabled: true } }));
  client.dispose();
  process.stdout.write(`${JSON.stringify({ endpoint, key: EMULATOR_KEY })}\n`);
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

void main();
