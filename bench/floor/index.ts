import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConnectorStandIn } from '../../tests/support/connector';
import { OpenAiStandIn, say } from '../../tests/support/openai';
import { memoryMegabytes, PRODUCTION_START, spawnBuiltBot, spawnServer, type BuiltBot } from '../startup';
import { BENCH_USER, ms, percentile } from '../support';
import { makeCertificate, startIdentityStandIn, startIngestionStandIn, startStoreProcess } from './standIns';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Turns of each kind before any is timed: V8 optimises a function after it has run a few hundred times, as it has in a bot in service. */
const WARMUP = 200;
/** Timed turns of each kind. */
const SAMPLES = 600;
/** Seconds a process sits after /readyz answers before its idle memory is read. */
const IDLE_SECONDS = 5;

/** Turn times of one kind: pooled over the run, and the p50 of each round's block. */
type Times = { p50: number; p95: number; rounds: number[] };

export interface LoadFigures {
  turns: number;
  concurrency: number;
  seconds: number;
  peakRssMb: number;
  endRssMb: number;
}

/** Sampuls with «Spør Sampuls» configured (local mode, the Azure OpenAI stand-in): idle, and after its first question loaded teams-ai. */
export interface AskFigures {
  idleRssMb: number;
  afterQuestionRssMb: number;
}

export interface FloorFigures {
  floor: Times & { idleRssMb: number };
  sampuls: Times & { help: Times; idleRssMb: number; productionIdleRssMb: number; load: LoadFigures; ask: AskFigures };
}

/** One turn as Teams delivers it: POST the activity, the reply goes to the connector stand-in before the 200. */
function poster(url: string, connectorUrl: string, text: string) {
  return async () => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: `m-${Math.random()}`, text, channelId: 'msteams', serviceUrl: connectorUrl,
        from: { id: `29:${BENCH_USER.aadObjectId}`, name: BENCH_USER.name, aadObjectId: BENCH_USER.aadObjectId },
        recipient: { id: '28:sampuls-bot', name: 'Sampuls' },
        conversation: { id: 'a:bench-floor', conversationType: 'personal', tenantId: BENCH_USER.tenantId },
        channelData: { tenant: { id: BENCH_USER.tenantId } }
      })
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`turn answered ${response.status}`);
  };
}

/** Timed turns of one kind in a row before the next kind's: the first of a block follows another process's turn. */
const BLOCK = 50;

/**
 * Turns of several kinds (the floor's and Sampuls's) in blocks, a block of each kind in every
 * round. The machine's speed drifts during a run (other tenants of the host), and taking the kinds
 * in turn lays that drift on all alike; blocks rather than single turns, so a turn rarely shares
 * the machine with the work another process does after it has answered.
 */
async function interleavedTimes<K extends string>(turns: Record<K, () => Promise<void>>): Promise<Record<K, Times>> {
  const kinds = Object.keys(turns) as K[];
  for (const kind of kinds) for (let i = 0; i < WARMUP; i++) await turns[kind]();
  const times = new Map<K, number[][]>(kinds.map((kind) => [kind, []]));
  for (let round = 0; round < SAMPLES / BLOCK; round++) {
    for (const kind of kinds) {
      const block: number[] = [];
      for (let i = 0; i < BLOCK; i++) {
        const start = performance.now();
        await turns[kind]();
        block.push(performance.now() - start);
      }
      times.get(kind)!.push(block);
    }
  }
  const summary = (blocks: number[][]): Times => ({
    p50: percentile(blocks.flat(), 50),
    p95: percentile(blocks.flat(), 95),
    rounds: blocks.map((block) => percentile(block, 50))
  });
  return Object.fromEntries(kinds.map((kind) => [kind, summary(times.get(kind)!)])) as Record<K, Times>;
}

/** Each round's p50 of `a` over the same round's of `b`: the median and the range, drift within a round being small. */
function roundRatios(a: Times, b: Times): { median: number; low: number; high: number } {
  const ratios = a.rounds.map((p50, i) => p50 / b.rounds[i]!);
  return { median: percentile(ratios, 50), low: Math.min(...ratios), high: Math.max(...ratios) };
}

/** Started, ready and left alone for a few seconds: its resident memory then. */
async function idle(bot: BuiltBot): Promise<{ url: string; idleRssMb: number }> {
  const url = await bot.url;
  while ((await fetch(`${url}/readyz`).catch(() => undefined))?.status !== 200) await sleep(20);
  await sleep(IDLE_SECONDS * 1000);
  return { url, idleRssMb: memoryMegabytes(bot.child.pid!) };
}

/** `turns` turns, `concurrency` at a time, with the resident memory sampled throughout. */
async function sustained(pid: number, turn: () => Promise<void>, turns: number, concurrency: number): Promise<LoadFigures> {
  let peakRssMb = 0;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, memoryMegabytes(pid))), 100);
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < turns) await turn();
  }));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const endRssMb = memoryMegabytes(pid);
  return { turns, concurrency, seconds, peakRssMb: Math.max(peakRssMb, endRssMb), endRssMb };
}

/**
 * The bot with a language model configured, the network having turned «Spør Sampuls» on: resident
 * memory when idle (teams-ai is loaded only for the first question) and after one question the
 * rules do not understand has gone to the model and been answered.
 */
async function withAsk(store: { endpoint: string; key: string }, certFile: string, connectorUrl: string): Promise<AskFigures> {
  const openAi = await new OpenAiStandIn().start();
  openAi.model = () => say('Lønn og regnskap er sårbare: begge har én nøkkelperson.');
  // NODE_EXTRA_CA_CERTS takes one file: the store's certificate and the model's, together.
  const trusted = path.join(path.dirname(certFile), 'trusted.pem');
  writeFileSync(trusted, readFileSync(certFile, 'utf8') + readFileSync(openAi.certFile, 'utf8'));
  const bot = spawnBuiltBot({
    COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key, NODE_EXTRA_CA_CERTS: trusted, SCHEDULER_ENABLED: 'false',
    AZURE_OPENAI_ENDPOINT: openAi.url, AZURE_OPENAI_DEPLOYMENT: openAi.deployment, AZURE_OPENAI_API_KEY: openAi.apiKey
  });
  try {
    const { url, idleRssMb } = await idle(bot);
    await poster(url, connectorUrl, 'Hvor sårbare er vi egentlig?')();
    if (openAi.requests.length === 0) throw new Error('the question never reached the language model: «Spør Sampuls» is not on for the bench network');
    await sleep(IDLE_SECONDS * 1000);
    return { idleRssMb, afterQuestionRssMb: memoryMegabytes(bot.child.pid!) };
  } finally {
    await bot.stop();
    await openAi.stop();
  }
}

/**
 * Sampuls against the floor (bench/floor/bot.cjs), side by side in one run: both built, both
 * running, their turns taken in turn (interleavedTimes), both driven over HTTP with replies going
 * to the same connector stand-in, the store in a process of its own behind TLS (as Cosmos DB is).
 * Sampuls answers `status` for a network of 50 collaborations with five years of history (a card
 * of one row per collaboration) and `hjelp` (a fixed card); the floor answers every message with a
 * small card. Idle memory of Sampuls is read in local mode and in production mode (bot identity,
 * Cosmos DB over TLS with a managed identity token, Application Insights on, the AI feature off),
 * and in local mode with the AI feature configured, before and after its first question.
 */
export async function benchFloor(options: { loadTurns?: number; concurrency?: number } = {}): Promise<FloorFigures> {
  const { loadTurns = 16_000, concurrency = 8 } = options;
  const certificate = makeCertificate();
  const store = await startStoreProcess(certificate);
  const connector = await new ConnectorStandIn().start();
  // Nothing here reads what was sent, and keeping 20,000 cards would slow the driver's own process.
  connector.keepSent = false;
  const stops: (() => Promise<void>)[] = [() => connector.stop(), () => store.stop(), async () => certificate.remove()];
  try {
    const floorBot = spawnServer(['bench/floor/bot.cjs'], { PATH: process.env.PATH, PORT: '0' });
    stops.unshift(() => floorBot.stop());
    const floorIdle = await idle(floorBot);

    const bot = spawnBuiltBot({ COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key, NODE_EXTRA_CA_CERTS: certificate.certFile, SCHEDULER_ENABLED: 'false' });
    stops.unshift(() => bot.stop());
    const local = await idle(bot);
    const status = poster(local.url, connector.url, 'status');
    const times = await interleavedTimes({ floor: poster(floorIdle.url, connector.url, 'status'), status, help: poster(local.url, connector.url, 'hjelp') });
    await floorBot.stop();
    const load = await sustained(bot.child.pid!, status, loadTurns, concurrency);
    await bot.stop();
    const ask = await withAsk(store, certificate.certFile, connector.url);

    const identityHeader = 'bench-identity-header';
    const identity = await startIdentityStandIn(identityHeader);
    const ingestion = await startIngestionStandIn(certificate);
    stops.unshift(() => identity.stop(), () => ingestion.stop());
    const production = spawnServer(PRODUCTION_START, {
      PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', LOG_LEVEL: 'info',
      MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_TYPE: 'UserAssignedMSI', MICROSOFT_APP_TENANT_ID: '66666666-7777-8888-9999-000000000000',
      COSMOS_ENDPOINT: store.endpoint, NODE_EXTRA_CA_CERTS: certificate.certFile,
      // Reached only when a report is filed, which the bench never does.
      BLOB_ENDPOINT: 'https://127.0.0.1:9',
      IDENTITY_ENDPOINT: identity.url, IDENTITY_HEADER: identityHeader,
      APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=${ingestion.url}`,
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true'
    });
    stops.unshift(() => production.stop());
    const productionIdle = await idle(production);
    return {
      floor: { ...times.floor, idleRssMb: floorIdle.idleRssMb },
      sampuls: { ...times.status, help: times.help, idleRssMb: local.idleRssMb, productionIdleRssMb: productionIdle.idleRssMb, load, ask }
    };
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

export function describeFloor({ floor, sampuls }: FloorFigures): string[] {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const rounds = (a: Times) => {
    const { median, low, high } = roundRatios(a, floor);
    return `median of ${a.rounds.length} rounds ${median.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)})`;
  };
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  const { load } = sampuls;
  return [
    `floor (botbuilder + restify, a card per message) vs Sampuls, over HTTP, store in its own process, turns taken in turn:`,
    `  turn p50   floor ${ms(floor.p50).padStart(9)}   status ${ms(sampuls.p50).padStart(9)}   ratio ${ratio(sampuls.p50, floor.p50)}, ${rounds(sampuls)} (target ≤ 2.00×)`,
    `  turn p50   floor ${ms(floor.p50).padStart(9)}   hjelp  ${ms(sampuls.help.p50).padStart(9)}   ratio ${ratio(sampuls.help.p50, floor.p50)}, ${rounds(sampuls.help)} (a fixed card after one point read)`,
    `  turn p95   floor ${ms(floor.p95).padStart(9)}   status ${ms(sampuls.p95).padStart(9)}   ratio ${ratio(sampuls.p95, floor.p95)}`,
    `  idle RSS   floor ${mb(floor.idleRssMb).padStart(9)}   local ${mb(sampuls.idleRssMb).padStart(10)}   ratio ${ratio(sampuls.idleRssMb, floor.idleRssMb)}`,
    `  idle RSS production (identity, telemetry, AI off) ${mb(sampuls.productionIdleRssMb)} (target ≤ 150 MB), ratio to the floor ${ratio(sampuls.productionIdleRssMb, floor.idleRssMb)} (target ≤ 1.60×)`,
    `  idle RSS local, «Spør Sampuls» configured ${mb(sampuls.ask.idleRssMb)}; after its first question (teams-ai loaded) ${mb(sampuls.ask.afterQuestionRssMb)} = +${mb(sampuls.ask.afterQuestionRssMb - sampuls.idleRssMb)} over local idle with it off`,
    `  sustained ${load.turns} status turns, ${load.concurrency} at a time, in ${load.seconds.toFixed(1)} s: peak RSS ${mb(load.peakRssMb)}, at the end ${mb(load.endRssMb)} = ${ratio(load.peakRssMb, sampuls.idleRssMb)} idle (target ≤ 2.00×)`
  ];
}
