import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(__dirname, '../..');

export interface Certificate {
  keyFile: string;
  certFile: string;
  remove(): void;
}

/** A throwaway certificate for 127.0.0.1, trusted by the bot through NODE_EXTRA_CA_CERTS as a private CA would be. */
export function makeCertificate(): Certificate {
  const dir = mkdtempSync(path.join(tmpdir(), 'sampuls-floor-tls-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { encoding: 'utf8' }
  );
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr || made.error?.message}`);
  return { keyFile, certFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface StoreProcess {
  /** https on loopback, with the certificate given. */
  endpoint: string;
  key: string;
  stop(): Promise<void>;
}

/** The Cosmos-protocol server in a process of its own, seeded with the bench network (bench/floor/store.ts). */
export async function startStoreProcess(certificate: Certificate): Promise<StoreProcess> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'bench/floor/store.ts', certificate.keyFile, certificate.certFile], {
    cwd: ROOT,
    env: { ...process.env, NODE_EXTRA_CA_CERTS: certificate.certFile },
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`store process exited with ${code}`)));
  });
  const started = JSON.parse(line) as Omit<StoreProcess, 'stop'>;
  return {
    ...started,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  };
}

export interface StandIn {
  url: string;
  stop(): Promise<void>;
}

async function listen(server: Server, scheme: 'http' | 'https', pathname = '/'): Promise<StandIn> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}${pathname}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
}

/**
 * App Service's managed identity endpoint (IDENTITY_ENDPOINT + IDENTITY_HEADER): hands out a
 * token for any resource to a caller with the header, as the platform does for the app.
 */
export function startIdentityStandIn(header: string): Promise<StandIn> {
  const server = createHttpServer((req, res) => {
    if (req.headers['x-identity-header'] !== header) return void res.writeHead(401).end();
    const resource = new URL(req.url ?? '/', 'http://x').searchParams.get('resource') ?? '';
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ access_token: 'bench-token', expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource, token_type: 'Bearer' }));
  });
  return listen(server, 'http', '/msi/token');
}

/** Application Insights' ingestion endpoint (the exporter always speaks https): accepts and drops. */
export function startIngestionStandIn(certificate: Certificate): Promise<StandIn> {
  const server = createHttpsServer({ key: readFileSync(certificate.keyFile), cert: readFileSync(certificate.certFile) }, (req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
    });
  });
  return listen(server, 'https');
}
