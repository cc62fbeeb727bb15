/**
 * End-to-end: the real user journey in the Microsoft 365 Agents Playground, driven in Debian's
 * Chromium by playwright-core. `npm run test:e2e` builds first, then runs this script.
 *
 * It starts `node dist/local.js` (bot + playground) on free ports with a fresh temp data dir,
 * walks the steps below as Alex Wilber, writes a screenshot per step to test-results/e2e/, and
 * exits non-zero if any step fails. Everything it started is stopped at the end, also on failure.
 *
 * Environment: E2E_KEEP_DATA=1 keeps the temp data dir; CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-results', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];
const VIEWPORT = { width: 1280, height: 1000 };
/** Longest wait for any one thing on the page (a bot reply is usually there within a second). */
const ACTION_TIMEOUT_MS = 15_000;
const STARTUP_TIMEOUT_MS = 30_000;
/** The whole run; the brief is "well under 3 minutes". */
const RUN_TIMEOUT_MS = 150_000;

const EDITOR = '[data-lexical-editor=true][role=textbox]';
const CARD = '.ac-adaptiveCard';
const PERSONAL_CHAT = 'Personal Chat';
const LONN_CHANNEL = 'Indre Namdal - Lønn';

/** Texts typed into the form. The data dir is new on every run, so the journal shows whether each was stored. */
const TEXT = {
  refused: 'Utkast: vikar i lønnsteamet fra desember',
  reason: 'Sykefravær i lønnsteamet; vikar er på plass ut januar',
  economy: 'Lisenskostnader litt over budsjett',
  risks: 'Sårbart ved fravær: bare to som kan kjøre lønn',
  celebrate: 'Ny rutine for timelister i alle tre kommuner',
  decision: 'Felles lisensavtale for lønnssystemet må avklares'
};
/** One answer per scale question, in card order (goals, quality, benefits, trust, control, anchoring, capacity). */
const SCALE_ANSWERS = ['4 – I stor grad', '3 – I noen grad', '4 – I stor grad', '5 – I svært stor grad', '3 – I noen grad', '4 – I stor grad', '2 – I liten grad'];

// ---------------------------------------------------------------------------------------------
// Output

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// The product: bot + playground as one child process (`node dist/local.js`)

interface Stack {
  url: string;
  botUrl: string;
  dataDir: string;
  logFile: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds(timeoutMs)} waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function startStack(): Promise<Stack> {
  if (!existsSync(path.join(ROOT, 'dist', 'local.js'))) throw new Error('dist/local.js is missing: run `npm run build` first');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-e2e-'));
  const [port, playgroundPort] = [await freePort(), await freePort()];
  const logFile = path.join(SHOTS, 'local.log');
  const log = createWriteStream(logFile);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'dist', 'local.js')], {
    cwd: ROOT,
    // Own process group, so the playground it spawns can be stopped with it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      PLAYGROUND_PORT: String(playgroundPort),
      SAMPULS_DATA_DIR: dataDir,
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dataDir, 'm365agentsplayground.log'),
      PLAYGROUND_BROWSER: '',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info'
    }
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const killed = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000);
      await exited;
      clearTimeout(killed);
    }
    log.end();
  };
  try {
    const listening = await waitFor(
      'the playground to listen',
      () => {
        if (child.exitCode !== null) throw new Error(`dist/local.js exited with code ${child.exitCode}; see ${logFile}`);
        return /Listening on (\d+)/.exec(output)?.[1];
      },
      STARTUP_TIMEOUT_MS
    );
    const botUrl = `http://127.0.0.1:${port}`;
    await waitFor(
      'the bot to be ready',
      async () => ((await fetch(`${botUrl}/readyz`).catch(() => undefined))?.ok ? true : undefined),
      STARTUP_TIMEOUT_MS
    );
    return { url: `http://127.0.0.1:${listening}`, botUrl, dataDir, logFile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The browser and small helpers for the playground UI

let page: Page;
let stack: Stack;

/** Chromium with a fresh profile; the profile is removed by `cleanup` in main. */
async function launchBrowser(userDataDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: 'nb-NO'
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  return context;
}

/** Switches to a chat or channel in the left-hand tree. */
async function openConversation(name: string): Promise<void> {
  await page.getByRole('treeitem', { name, exact: true }).click();
  await page.locator(EDITOR).first().waitFor();
}

/** Types a message in the personal chat and sends it with Enter. */
async function sendMessage(text: string): Promise<void> {
  const editor = page.locator(EDITOR).first();
  await editor.click();
  await editor.pressSequentially(text);
  await editor.press('Enter');
}

/** Starts a new post in the open channel that @mentions the bot (channel messages only reach it with a mention). */
async function postMentioningBot(text: string): Promise<void> {
  const editor = page.locator(EDITOR).first(); // "Start a new post"
  await editor.click();
  await editor.pressSequentially('@Samp');
  await page.getByRole('menuitem', { name: /Sampuls/ }).click();
  await editor.pressSequentially(` ${text}`);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
}

function cardsWith(text: string): Locator {
  return page.locator(CARD).filter({ hasText: text });
}

/** The newest card containing `text` (personal chat: newest is at the bottom). */
function lastCard(text: string): Locator {
  return cardsWith(text).last();
}

/** Runs `action` and waits until one more card containing `text` is on the page; returns the newest (chats only). */
async function expectNewCard(text: string, action: () => Promise<void>): Promise<Locator> {
  const before = await cardsWith(text).count();
  await action();
  await waitFor(`a new card with «${text}»`, async () => ((await cardsWith(text).count()) > before ? true : undefined), ACTION_TIMEOUT_MS);
  return lastCard(text);
}

async function expectText(scope: Locator | Page, text: string | RegExp): Promise<void> {
  await scope.getByText(text).first().waitFor();
}

let stepNumber = 0;
let stepName = '';

/** Screenshot of the page, or of one card, as test-results/e2e/<nn>-<step>[-suffix].png. */
async function shot(card?: Locator, suffix = card ? 'card' : ''): Promise<string> {
  const file = path.join(SHOTS, `${String(stepNumber).padStart(2, '0')}-${stepName}${suffix ? `-${suffix}` : ''}.png`);
  if (!card) {
    await page.screenshot({ path: file });
    return file;
  }
  // The chat scrolls inside its own pane: grow the window so a tall card fits, then shrink it back.
  const box = await card.boundingBox();
  const height = Math.ceil(box?.height ?? 0) + 300;
  if (height > VIEWPORT.height) await page.setViewportSize({ width: VIEWPORT.width, height });
  try {
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: file, animations: 'disabled' });
  } finally {
    if (height > VIEWPORT.height) await page.setViewportSize(VIEWPORT);
  }
  return file;
}

/** What the embedded Cosmos store has written so far (one JSON line per mutation). */
function journal(): string {
  const file = path.join(stack.dataDir, 'cosmos.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** How many writes the journal holds for answers and collaborations (where a check-in lands). */
function checkInWrites(): number {
  return journal()
    .split('\n')
    .filter((line) => line.includes('"coll":"checkins"') || line.includes('"coll":"config"')).length;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const notes: string[] = [];

/** Something wrong that should not fail the run (a known bot issue): printed under the step and at the end. */
function note(condition: unknown, message: string): void {
  if (condition) return;
  const line = `${String(stepNumber).padStart(2, '0')}-${stepName}: ${message}`;
  if (!notes.includes(line)) notes.push(line);
}

// ---------------------------------------------------------------------------------------------
// Filling the check-in card

async function chooseInCombobox(card: Locator, index: number, option: string): Promise<void> {
  await card.getByRole('combobox').nth(index).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

interface CheckInAnswers {
  overall?: string;
  reason?: string;
  economy: string;
  economyComment?: string;
  risks?: string;
  decision?: string;
  celebrate?: string;
}

async function fillCheckIn(card: Locator, answers: CheckInAnswers): Promise<void> {
  if (answers.overall) await card.getByRole('radio', { name: answers.overall, exact: true }).check();
  const combos = card.getByRole('combobox');
  check((await combos.count()) === SCALE_ANSWERS.length, `expected ${SCALE_ANSWERS.length} scale questions, found ${await combos.count()}`);
  for (const [i, option] of SCALE_ANSWERS.entries()) await chooseInCombobox(card, i, option);
  await card.getByRole('radio', { name: answers.economy, exact: true }).check();
  const text = (label: string, value: string | undefined) =>
    value === undefined ? undefined : card.getByRole('textbox', { name: label, exact: true }).fill(value);
  await text('Kort begrunnelse', answers.reason);
  await text('Kommentar til økonomi', answers.economyComment);
  await text('Risikoer eller hindringer som bør løftes', answers.risks);
  if (answers.decision !== undefined) {
    await card.getByRole('checkbox', { name: /Ja, vi trenger en beslutning eller avklaring/ }).check();
    await text('Hva må besluttes eller avklares?', answers.decision);
  }
  await text('Resultater å feire siden sist', answers.celebrate);
}

const submit = (card: Locator) => card.getByRole('button', { name: 'Send inn', exact: true }).click();

// ---------------------------------------------------------------------------------------------
// The journey

interface Step {
  name: string;
  run(): Promise<void>;
}

const steps: Step[] = [
  {
    name: 'welcome',
    async run() {
      await page.goto(stack.url);
      await page.getByRole('treeitem', { name: PERSONAL_CHAT, exact: true }).waitFor({ timeout: STARTUP_TIMEOUT_MS });
      const welcome = lastCard('Velkommen til Sampuls');
      await welcome.waitFor({ timeout: STARTUP_TIMEOUT_MS });
      // The log panel takes a third of the window; the screenshots are about the chat.
      const hideLog = page.getByRole('button', { name: 'Hide log panel' });
      if (await hideLog.isVisible()) await hideLog.click();
      await expectText(welcome, 'sjekk inn');
      note((await welcome.innerText()).includes('koble <samarbeid>'), 'the welcome card shows the command «koble <samarbeid>» as just «koble» (the <…> part is eaten)');
      await shot();
      await shot(welcome);
    }
  },
  {
    name: 'open-checkin',
    async run() {
      const card = await expectNewCard('Sjekk inn: Lønn', () => sendMessage('sjekk inn lønn'));
      await expectText(card, 'Indre Namdal');
      await card.getByRole('button', { name: 'Send inn' }).waitFor();
      const welcomes = await cardsWith('Velkommen til Sampuls').count();
      note(welcomes === 1, `the personal chat shows the welcome card ${welcomes} times (install + first message)`);
      await shot();
      await shot(card);
    }
  },
  {
    name: 'required-field-refused',
    async run() {
      const writesBefore = checkInWrites();
      // a) Nothing chosen for «Samlet status»: the card itself refuses (its errorMessage), nothing is sent.
      let card = lastCard('Sjekk inn: Lønn');
      await fillCheckIn(card, { economy: 'Innenfor budsjett', reason: TEXT.refused });
      await submit(card);
      await expectText(card, 'Svar på dette spørsmålet.');
      await shot(undefined, 'client');
      // b) «Gul» without «Kort begrunnelse» (required only for yellow/red): only the server can refuse that.
      card = await expectNewCard('Svaret ble ikke lagret', async () => {
        await card.getByRole('radio', { name: 'Gul – utfordringer under kontroll', exact: true }).check();
        await card.getByRole('textbox', { name: 'Kort begrunnelse', exact: true }).fill('');
        await submit(card);
      });
      await expectText(card, 'Kort begrunnelse: mangler svar');
      await shot();
      await shot(card);
      const stored = journal();
      check(!stored.includes(TEXT.refused), 'the refused answer was stored anyway (found in cosmos.jsonl)');
      check(checkInWrites() === writesBefore, 'the refused submits wrote check-ins or collaborations to the store');
    }
  },
  {
    name: 'checkin-saved',
    async run() {
      const form = lastCard('Sjekk inn: Lønn');
      await fillCheckIn(form, {
        overall: 'Gul – utfordringer under kontroll',
        reason: TEXT.reason,
        economy: 'Mindre avvik',
        economyComment: TEXT.economy,
        risks: TEXT.risks,
        celebrate: TEXT.celebrate
      });
      await shot(form, 'filled');
      const receipt = await expectNewCard('Takk! Innsjekken er lagret', () => submit(form));
      await expectText(receipt, /^Gul$/);
      await expectText(receipt, 'Lønn har ingen kanal ennå');
      check(journal().includes(TEXT.reason), 'the receipt came, but the answer is not in the store journal');
      await shot();
      await shot(receipt);
    }
  },
  {
    name: 'link-channel',
    async run() {
      await openConversation(LONN_CHANNEL);
      const before = await page.getByRole('paragraph').filter({ hasText: 'Kanalen er koblet til Lønn' }).count();
      await postMentioningBot('koble lønn');
      await waitFor(
        '«Kanalen er koblet til Lønn»',
        async () => ((await page.getByRole('paragraph').filter({ hasText: 'Kanalen er koblet til Lønn' }).count()) > before ? true : undefined),
        ACTION_TIMEOUT_MS
      );
      await shot();
    }
  },
  {
    name: 'update-and-summary',
    async run() {
      await openConversation(PERSONAL_CHAT);
      const form = await expectNewCard('Sjekk inn: Lønn', () => sendMessage('sjekk inn lønn'));
      await expectText(form, 'Du sjekket inn for denne perioden');
      // The card comes back with the stored answers; add a decision request and send it again.
      check((await form.getByRole('textbox', { name: 'Kort begrunnelse', exact: true }).inputValue()) === TEXT.reason, 'the stored «Kort begrunnelse» is not pre-filled');
      await form.getByRole('checkbox', { name: /Ja, vi trenger en beslutning eller avklaring/ }).check();
      await form.getByRole('textbox', { name: 'Hva må besluttes eller avklares?', exact: true }).fill(TEXT.decision);
      await shot(form, 'form');
      const receipt = await expectNewCard('Innsjekken er oppdatert', () => submit(form));
      await expectText(receipt, 'Oppsummeringen er sendt til kanalen');
      const sentTo = /Oppsummeringen er sendt til kanalen «([^»]*)»/.exec(await receipt.innerText())?.[1];
      note(sentTo === 'Lønn', `the receipt names the channel «${sentTo}» instead of «Lønn»`);
      await shot(undefined, 'receipt');
      await shot(receipt);
      await openConversation(LONN_CHANNEL);
      const summary = cardsWith('Ny status: Lønn').first(); // channel: newest post on top
      await summary.waitFor();
      await expectText(summary, 'Alex Wilber har oppdatert innsjekken');
      await expectText(summary, TEXT.decision);
      await expectText(summary, TEXT.reason);
      await shot();
      await shot(summary, 'summary');
    }
  },
  {
    name: 'status',
    async run() {
      await openConversation(PERSONAL_CHAT);
      const overview = await expectNewCard('Status – Indre Namdal', () => sendMessage('status'));
      await expectText(overview, 'Lønn – Gul');
      await expectText(overview, 'Trenger beslutning');
      await overview.scrollIntoViewIfNeeded(); // one card per network: this one is not the last
      await shot(undefined, 'overview');
      await shot(overview, 'overview-card');
      const detail = await expectNewCard('Status: Lønn', () => sendMessage('status lønn'));
      const table = detail.getByRole('table');
      await table.waitFor();
      for (const header of ['Spørsmål', 'Nå', 'Forrige']) await expectText(table, header);
      await expectText(table, 'Samlet status');
      await expectText(detail, TEXT.reason);
      await shot(undefined, 'detail');
      await shot(detail, 'detail-card');
    }
  }
];

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = Date.now();
  mkdirSync(SHOTS, { recursive: true });
  for (const file of readdirSync(SHOTS)) if (file.endsWith('.png')) rmSync(path.join(SHOTS, file));
  const watchdog = setTimeout(() => {
    say(`✗ the whole run took longer than ${seconds(RUN_TIMEOUT_MS)}; giving up`);
    void cleanup().finally(() => process.exit(1));
  }, RUN_TIMEOUT_MS);

  let context: BrowserContext | undefined;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-e2e-chromium-'));
  let stopped = false;
  const cleanup = async () => {
    if (stopped) return;
    stopped = true;
    await context?.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    await stack?.stop().catch(() => undefined);
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let passed = 0;
  let failed = 0;
  try {
    stack = await startStack();
    say(`stack up in ${seconds(Date.now() - started)}: playground ${stack.url}, bot ${stack.botUrl}, data ${stack.dataDir}`);
    context = await launchBrowser(userDataDir);
    page = context.pages()[0] ?? (await context.newPage());
    for (const [i, step] of steps.entries()) {
      stepNumber = i + 1;
      stepName = step.name;
      const t0 = Date.now();
      if (failed) {
        say(`- ${stepNumber}. ${step.name}: skipped`);
        continue;
      }
      try {
        await step.run();
        passed++;
        say(`✓ ${stepNumber}. ${step.name} (${seconds(Date.now() - t0)})`);
      } catch (error) {
        failed++;
        say(`✗ ${stepNumber}. ${step.name} (${seconds(Date.now() - t0)})\n    ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n    ')}`);
        const file = await shot(undefined, 'FAILED').catch(() => undefined);
        if (file) say(`    screenshot: ${path.relative(ROOT, file)}`);
      }
    }
  } catch (error) {
    failed++;
    say(`✗ setup: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(watchdog);
    await cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  if (stack) {
    if (failed) say(`bot and playground output: ${path.relative(ROOT, stack.logFile)}; data kept in ${stack.dataDir}`);
    else if (!process.env.E2E_KEEP_DATA) rmSync(stack.dataDir, { recursive: true, force: true });
  }
  if (notes.length) say(`notes (known issues, not failures):\n${notes.map((n) => `  ! ${n}`).join('\n')}`);
  say(`screenshots: ${path.relative(ROOT, SHOTS)}/ · total ${seconds(Date.now() - started)}`);
  say(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`✗ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  }
);
