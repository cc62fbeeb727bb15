import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { StorageSharedKeyCredential } from '@azure/storage-blob';

/**
 * Microsoft's Blob Storage emulator (Azurite), so documents are kept through the real
 * `@azure/storage-blob` client without an Azure account. With `dataDir` its files live in
 * `<dataDir>/blob` and survive a restart; without, in memory.
 *
 * It runs in a child process: Azurite is an Express app, and restify (our HTTP server) rewrites
 * Node's request and response prototypes for the whole process, which makes Azurite answer 400.
 */
export interface EmbeddedBlob {
  /** The account URL, as https://<account>.blob.core.windows.net is on Azure. */
  accountUrl: string;
  credential: StorageSharedKeyCredential;
  close(): Promise<void>;
}

/** Azurite's fixed development account; it is public and opens nothing but the emulator. */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * The child: Azurite's blob server on a free loopback port, its address on stdout, and an exit
 * when stdin closes, so it never outlives the bot (even one killed without a chance to stop it).
 * The client may speak a newer API version than this Azurite knows (skipApiVersionCheck); the
 * calls used here are old ones.
 */
const CHILD = `
const [, serverPath, configPath, location] = process.argv;
const BlobServer = require(serverPath).default;
const BlobConfiguration = require(configPath).default;
const at = (file) => (location ? require('node:path').join(location, file) : file);
const config = new BlobConfiguration('127.0.0.1', 0, 5, at('azurite_blob_metadata.json'), at('azurite_blob_extents.json'),
  [{ locationId: 'Default', locationPath: at('blobstorage'), maxConcurrency: 10 }],
  false, undefined, false, undefined, false, true, '', '', '', undefined, false, !location);
const server = new BlobServer(config);
server.start().then(() => process.stdout.write(JSON.stringify({ address: server.getHttpServerAddress() }) + '\\n'));
const stop = () => server.close().finally(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
`;

export async function startEmbeddedBlob(options: { dataDir?: string } = {}): Promise<EmbeddedBlob> {
  const location = options.dataDir ? path.resolve(options.dataDir, 'blob') : '';
  if (location) fs.mkdirSync(location, { recursive: true });
  const child = spawn(
    process.execPath,
    ['-e', CHILD, require.resolve('azurite/dist/src/blob/BlobServer'), require.resolve('azurite/dist/src/blob/BlobConfiguration'), location],
    { stdio: ['pipe', 'pipe', 'inherit'] }
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const address = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the embedded Blob server exited (${code}) before it listened`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve((JSON.parse(line) as { address: string }).address));
  });
  return {
    accountUrl: `${address}/${ACCOUNT}`,
    credential: new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY),
    close: async () => {
      child.stdin.end();
      await exited;
    }
  };
}
