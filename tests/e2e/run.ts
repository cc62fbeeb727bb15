/**
 * End-to-end: the real user journey in the Microsoft 365 Agents Playground, as Alex Wilber
 * (docs/e2e.md). `npm run test:e2e` builds first, then runs this script: one screenshot or more
 * per step in test-results/e2e/, and the last line is `N passed, M failed`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Locator } from 'playwright-core';
import { openDocx } from '../support/docx';
import { demoRound } from '../../src/demo/planning';
import { rankAreas } from '../../src/domain/prioritisation';
import { WCAG_TAGS } from './axe';
import { expectText, Playground } from './page';
import { reportFirstPage } from './reportPage';
import { ROOT, seconds, startStack, stopStack, type Stack } from './stack';
import { askSampulsStep } from './ask';

const SHOTS = path.join(ROOT, 'test-results', 'e2e');
/** The whole run, axe on every kind of card included, on a shared 2-core machine. */
const RUN_TIMEOUT_MS = 1_500_000;
const PERSONAL_CHAT = 'Personal Chat';
const LONN_CHANNEL = 'Indre Namdal - Lønn';
const GENERAL_CHANNEL = 'Indre Namdal - General';
const WELCOME = 'Velkommen til Sampuls';
const LOG_LINES_ON_FAILURE = 40;
/**
 * Restarts the bot on `day`, 30 s before the årshjul's send hour (09:00): the page has reloaded before
 * the sends, which could otherwise land between its first fetch and its live updates. Short
 * scheduler rounds so a due step goes out at once.
 */
const restartBefore = (stack: Stack, day: string) => stack.restart({ SCHEDULER_INTERVAL_SECONDS: '2', SAMPULS_CLOCK: `${day}T08:59:30` });
/** How long a scheduled message may take after a restart: the sends start at 09:00, about 30 s in, and the bot holds them until the playground listens. */
const SCHEDULED_WAIT_MS = 120_000;
/** How long to look at the page before loading it again (see scheduledCard). */
const RELOAD_AFTER_MS = 20_000;

/**
 * Waits for a card the årshjul sends after a restart, in `conversation`. The Playground's page
 * loses a message that arrives while it loads (after it fetched the chat, before its live
 * updates start); the playground keeps the message, so loading the page again shows it.
 */
async function scheduledCard(ui: Playground, stack: Stack, conversation: string, card: Locator): Promise<void> {
  const deadline = Date.now() + SCHEDULED_WAIT_MS;
  for (;;) {
    try {
      await card.waitFor({ timeout: RELOAD_AFTER_MS });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    say(`    the card was not on the page after ${seconds(RELOAD_AFTER_MS)}: loading the page again`);
    await stack.reload();
    await ui.openConversation(conversation);
  }
}

/** Texts typed into the form. The data dir is new on every run, so the journal shows whether each was stored. */
const TEXT = {
  refused: 'Utkast: vikar i lønnsteamet fra desember',
  reason: 'Sykefravær i lønnsteamet; vikar er på plass ut januar',
  economy: 'Lisenskostnader litt over budsjett',
  risks: 'Sårbart ved fravær: bare to som kan kjøre lønn',
  celebrate: 'Ny rutine for timelister i alle tre kommuner',
  decision: 'Felles lisensavtale for lønnssystemet må avklares'
};
/** Goals, quality, benefits, trust, control, anchoring, capacity. */
const SCALE = ['4 – I stor grad', '3 – I noen grad', '4 – I stor grad', '5 – I svært stor grad', '3 – I noen grad', '4 – I stor grad', '2 – I liten grad'];
/** Cards reached by typing a command: command, a text of the card, the kind of card. */
const TYPED_CARDS: [string, string, string][] = [
  ['sjekk inn', 'Hvilket samarbeid vil du sjekke inn for?', 'choose collaboration'],
  ['hva er rødt?', 'Røde samarbeid', 'what is red'],
  ['hva trenger beslutning?', 'Trenger beslutning eller avklaring', 'what needs a decision'],
  ['hva kan vi feire?', 'Resultater å feire', 'what we can celebrate'],
  ['trend tillit', 'Trend:', 'trend of one question'],
  ['status Lierne', 'Status for Lierne', 'municipality'],
  ['kostnad lønn 1 000 000', 'Kostnadsfordeling: Lønn', 'cost split'],
  ['årshjul', 'Årshjul – Indre Namdal', 'årshjul for an admin'],
  ['logg', 'Logg – Indre Namdal', 'audit log'],
  ['mal', 'Felles statusmal – Indre Namdal', 'template'],
  ['eksport 2026', 'Eksport for 2026', 'export'],
  ['mine data', 'Dette har Sampuls lagret om deg', 'my data'],
  ['slett mine data', 'Slette opplysningene om deg?', 'confirm erase'],
  ['om', 'Om Sampuls', 'about'],
  ['hjelp', 'Dette kan jeg hjelpe med', 'help'],
  ['blåbærsyltetøy', 'Jeg forstod ikke', 'suggestions for unknown input'],
  ['sjekkliste lønn', 'Sjekkliste – Lønn', 'checklist'],
  ['prioriter', 'Prioritering –', 'prioritisation round'],
  ['gevinster landbruk', 'Gevinstplan – Landbruk', 'benefits plan'],
  ['rapport', 'Word-dokumenter til møtene', 'reports'],
  ['spør sampuls', 'Spør Sampuls – Indre Namdal', 'ask sampuls setting']
];

/** Every kind of card the run must have checked with axe (docs/accessibility.md lists the few it cannot reach). */
const CARD_KINDS = [
  'welcome', 'welcome in a team', 'help', 'check-in form', 'check-in form with errors', 'check-in reminder',
  'receipt', 'channel summary', 'status overview', 'collaboration status', 'årshjul in a channel', 'admin overview', 'roles', 'grant a role',
  'network settings', 'municipalities', 'municipality form', 'collaborations', 'collaboration form', 'escalation', 'digest',
  'bodies', 'body form', 'prepare status', 'meeting report',
  ...TYPED_CARDS.map(([, , kind]) => kind)
];

/** A short question label, as receipts, summaries and the status table show it (the form asks the long question). */
const SHORT_LABEL = /^Kapasitet og kompetanse$/;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Writes to check-ins and collaborations (where a check-in lands) in the store journal. */
function checkInWrites(stack: Stack): number {
  return stack
    .journal()
    .split('\n')
    .filter((line) => line.includes('"coll":"checkins"') || line.includes('"coll":"config"')).length;
}

interface Step {
  name: string;
  run(ui: Playground, stack: Stack): Promise<void>;
}

/* Issue 17, «from idea to operation»: the two steps below share the collaboration the first makes. */

/** Texts typed on the way from the prioritised area to a decision and a benefits plan. */
const PLANNING = {
  reference: 'PS 14/26',
  reasonToStudy: 'Folkevalgte i Lierne og Namsskogan informeres i formannskapet i januar',
  reasonToDecision: 'Utredningen er lagt fram; drøftingene med tillitsvalgte fullføres før vedtaket',
  indicator: 'Ventetid til første samtale (dager)'
};
/** The area the demo's finished round ranks first: it becomes the new collaboration. */
const TOP_AREA = rankAreas(demoRound(new Date())).map((r) => r.area.name)[0];

/** A chat reply (a paragraph outside the cards) that arrives after `action`. */
async function expectReply(ui: Playground, text: string | RegExp, action: () => Promise<void>): Promise<void> {
  const replies = ui.page.getByRole('paragraph').filter({ hasText: text });
  const before = await replies.count();
  await action();
  await replies.nth(before).waitFor();
}

/** Alex turns the round's top area into a collaboration and works its checklist from idé to vedtak, giving a reason where items are open. */
async function prioritiseToDecision(ui: Playground): Promise<void> {
  await ui.openConversation(PERSONAL_CHAT);
  const result = await ui.expectNewCard('Prioritering – Workshop om nye samarbeidsområder', () => ui.sendMessage('prioriter'));
  await expectText(result, 'Formannskapet i Grong ga alle områdene 8 eller mer');
  await ui.shot(result, 'round');
  await expectReply(ui, `${TOP_AREA} er blitt samarbeidet ${TOP_AREA}.`, () => result.getByRole('button', { name: 'Gjør til samarbeid (fase idé)', exact: true }).click());
  await ui.shot(undefined, 'adopted');

  // Tick one item of phase idé, with its case number.
  const list = await ui.expectNewCard(`Sjekkliste – ${TOP_AREA}`, () => ui.sendMessage(`sjekkliste ${TOP_AREA}`));
  await expectText(list, 'fase: Idé · 0 av');
  const item = await ui.expectNewCard(`${TOP_AREA} · fase: Idé`, () => list.getByRole('button', { name: 'Endre punktet', exact: true }).click());
  await item.getByRole('radio', { name: 'Ferdig', exact: true }).check();
  await item.getByRole('textbox', { name: 'Referanse: saksnummer eller lenke', exact: true }).fill(PLANNING.reference);
  await ui.checkCard(item, 'checklist item');
  await ui.shot(item, 'item');
  await expectReply(ui, /^Lagret: «.+» – Ferdig\.$/, () => item.getByRole('button', { name: 'Lagre punktet', exact: true }).click());

  // Items of idé are still open: moving on asks for a reason, which goes to the log.
  for (const [phase, next, reason] of [['Idé', 'Utredning', PLANNING.reasonToStudy], ['Utredning', 'Vedtak', PLANNING.reasonToDecision]]) {
    const card = await ui.expectNewCard(`Sjekkliste – ${TOP_AREA}`, () => ui.sendMessage(`sjekkliste ${TOP_AREA}`));
    await expectText(card, `fase: ${phase} ·`);
    const move = card.getByRole('button', { name: `Flytt til fase: ${next}`, exact: true });
    await expectReply(ui, new RegExp(`i fasen ${phase} er ikke ferdige\\. Skriv en begrunnelse`), () => move.click());
    await card.getByRole('textbox', { name: 'Begrunnelse for å gå videre med åpne punkter (kommer i loggen)', exact: true }).fill(reason);
    await expectReply(ui, `${TOP_AREA} er nå i fasen ${next}.`, () => move.click());
  }
  const decided = await ui.expectNewCard(`Sjekkliste – ${TOP_AREA}`, () => ui.sendMessage(`sjekkliste ${TOP_AREA}`));
  await expectText(decided, 'fase: Vedtak · 1 av');
  await ui.shot(decided, 'vedtak');
  const log = await ui.expectNewCard('Logg – Indre Namdal', () => ui.sendMessage('logg'));
  await expectText(log, PLANNING.reasonToDecision);
  await ui.shot();
}

/** Alex adds a benefits plan to the new collaboration, then sees realised benefits (the demo's Landbruk in drift) in status and in the export workbook. */
async function benefitsToExport(ui: Playground): Promise<void> {
  const plan = await ui.expectNewCard(`Gevinstplan – ${TOP_AREA}`, () => ui.sendMessage(`gevinster ${TOP_AREA}`));
  await expectText(plan, 'Ingen gevinster er planlagt ennå.');
  const form = await ui.expectNewCard(`Ny gevinst – ${TOP_AREA}`, () => plan.getByRole('button', { name: 'Endre eller legg til gevinst', exact: true }).click());
  await form.getByRole('radio', { name: 'Tid', exact: true }).check();
  await form.getByRole('textbox', { name: 'Indikator: hva som måles, med enhet', exact: true }).fill(PLANNING.indicator);
  await form.getByRole('textbox', { name: 'Utgangspunkt (verdien i dag)', exact: true }).fill('30');
  await form.getByRole('textbox', { name: 'Mål', exact: true }).fill('14');
  // The Playground's date picker takes typed text, read as a date the way the browser's Date.parse reads it.
  const date = form.getByPlaceholder('Select a date...');
  await date.fill('12/31/2028');
  await date.press('Tab');
  await form.getByRole('combobox', { name: /^Gevinsteier/ }).click();
  await ui.page.getByRole('option', { name: 'Alex Wilber', exact: true }).click();
  await ui.checkCard(form, 'benefit form');
  await ui.shot(form, 'benefit');
  await expectReply(ui, `Lagret gevinsten «${PLANNING.indicator}».`, () => form.getByRole('button', { name: 'Lagre gevinsten', exact: true }).click());
  const saved = await ui.expectNewCard(`Gevinstplan – ${TOP_AREA}`, () => ui.sendMessage(`gevinster ${TOP_AREA}`));
  await expectText(saved, PLANNING.indicator);

  // Realised values: Landbruk (Solør) is in drift with two years of reported values.
  const status = await ui.expectNewCard('Status: Landbruk', () => ui.sendMessage('status landbruk'));
  await expectText(status, /Gevinster: \d av 3 nådd/);
  await ui.shot(status, 'status');
  const offer = await ui.expectNewCard('Eksport for 2026', () => ui.sendMessage('eksport 2026'));
  const link = await ui.linkBehind(offer, 'Last ned Excel (XLSX)');
  const response = await ui.page.request.get(link);
  check(response.ok(), `the export link answered ${response.status()}`);
  const workbook = new Workbook();
  await workbook.xlsx.load((await response.body()) as never);
  const sheet = workbook.getWorksheet('Gevinster');
  check(sheet, `the export has no «Gevinster» sheet (sheets: ${workbook.worksheets.map((w) => w.name).join(', ')})`);
  const rows: string[] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).join(' | ')));
  check(rows.some((row) => row.includes('Landbruk')), 'the «Gevinster» sheet has no row for Landbruk');
  say(`    export: «Gevinster» has ${rows.length - 1} rows, e.g. ${rows.find((row) => row.includes('Landbruk'))}`);
  await ui.shot();
}

/** The KDU meeting Alex sets: «Forbered status» ten working days before (28 January), the report three before (8 February). */
const KDU_MEETING = { typed: '11.02.2027', day: '11. februar 2027', prepare: '2027-01-28', report: '2027-02-08' };

/** Alex opens `organ`, edits the KDU and sets its meeting date; the General channel stays its channel. */
async function setKduMeeting(ui: Playground): Promise<void> {
  await ui.openConversation(PERSONAL_CHAT);
  const bodies = await ui.expectNewCard('Organ – Indre Namdal', () => ui.sendMessage('organ'));
  await expectText(bodies, 'KDU Indre Namdal');
  await ui.checkCard(bodies, 'bodies');
  const form = await ui.expectNewCard('Endre organet KDU Indre Namdal', () => bodies.getByRole('button', { name: 'Endre KDU Indre Namdal' }).click());
  await ui.checkCard(form, 'body form');
  await form.getByRole('textbox', { name: 'Møtedatoer' }).fill(KDU_MEETING.typed);
  await ui.shot(form, 'form');
  const saved = await ui.expectNewCard('Organ – Indre Namdal', () => form.getByRole('button', { name: 'Lagre organet' }).click());
  await expectText(saved, `neste møte ${KDU_MEETING.day}`);
  await ui.shot(saved);
}

/** On the prepare day the leader of a collaboration on the agenda gets «Forbered status»; its button opens the check-in. */
async function prepareStatus(ui: Playground, stack: Stack): Promise<void> {
  await restartBefore(stack, KDU_MEETING.prepare);
  await ui.openConversation(PERSONAL_CHAT);
  const prepare = ui.cardsWith('Forbered status').filter({ hasText: 'Lønn står på sakslisten' }).last();
  await scheduledCard(ui, stack, PERSONAL_CHAT, prepare);
  await expectText(prepare, `KDU Indre Namdal har møte ${KDU_MEETING.day}`);
  await ui.checkCard(prepare, 'prepare status');
  await ui.shot(prepare);
  const form = await ui.expectNewCard('Sjekk inn: Lønn', () => prepare.getByRole('button', { name: 'Sjekk inn nå' }).click());
  await form.getByRole('button', { name: 'Send inn' }).waitFor();
}

/** On the report day the KDU's channel gets the link to the filed report, and the link downloads a Word file with its charts. */
async function meetingReport(ui: Playground, stack: Stack): Promise<void> {
  await restartBefore(stack, KDU_MEETING.report);
  await ui.openConversation(GENERAL_CHANNEL);
  const report = ui.cardsWith(`Rapport til møtet i KDU Indre Namdal ${KDU_MEETING.day}`).first();
  await scheduledCard(ui, stack, GENERAL_CHANNEL, report);
  await ui.checkCard(report, 'meeting report');
  await ui.shot(report);
  const link = await ui.linkBehind(report, 'Åpne Word-dokumentet');
  const response = await fetch(link);
  check(response.status === 200, `the report link answered ${response.status}`);
  check(response.headers.get('content-type')?.includes('wordprocessingml') === true, 'the report link did not give a Word document');
  const docx = openDocx(Buffer.from(await response.arrayBuffer()));
  check(docx.text.includes('Tertialrapport for Indre Namdal'), 'the Word document has no title');
  check(docx.text.includes(`til møtet ${KDU_MEETING.day}`), 'the Word document does not name the meeting');
  check(docx.images.length > 0 && docx.tables > 0, 'the Word document has no chart or no table');
  say(`    KDU report: ${docx.tables} table(s), ${docx.images.length} chart(s), ${docx.paragraphs.length} paragraphs`);
}

const steps: Step[] = [
  {
    name: 'welcome',
    async run(ui) {
      const welcome = ui.lastCard(WELCOME);
      await welcome.waitFor();
      await expectText(welcome, 'sjekk inn');
      await expectText(welcome, 'koble lønn');
      await ui.checkCard(welcome, 'welcome');
      await ui.shot();
      await ui.shot(welcome);
    }
  },
  {
    name: 'open-checkin',
    async run(ui) {
      const card = await ui.expectNewCard('Sjekk inn: Lønn', () => ui.sendMessage('sjekk inn lønn'));
      await expectText(card, 'Indre Namdal');
      await card.getByRole('button', { name: 'Send inn' }).waitFor();
      const welcomes = await ui.cardsWith(WELCOME).count();
      check(welcomes === 1, `the personal chat shows the welcome card ${welcomes} times, not once`);
      await ui.checkCard(card, 'check-in form');
      await ui.shot();
      await ui.shot(card);
    }
  },
  {
    name: 'required-field-refused',
    async run(ui, stack) {
      const writesBefore = checkInWrites(stack);
      // a) Nothing chosen for «Samlet status»: the card itself refuses (its errorMessage), nothing is sent.
      let card = ui.lastCard('Sjekk inn: Lønn');
      await ui.fillCheckIn(card, { scale: SCALE, economy: 'Innenfor budsjett', reason: TEXT.refused });
      await ui.submit(card);
      await expectText(card, 'Svar på dette spørsmålet.');
      await ui.shot(undefined, 'client');
      // b) «Gul» without «Kort begrunnelse» (required only for yellow/red): only the server can refuse that.
      card = await ui.expectNewCard('Svaret ble ikke lagret', async () => {
        await card.getByRole('radio', { name: 'Gul – utfordringer under kontroll', exact: true }).check();
        await card.getByRole('textbox', { name: 'Kort begrunnelse', exact: true }).fill('');
        await ui.submit(card);
      });
      await expectText(card, 'Kort begrunnelse: mangler svar');
      await ui.checkCard(card, 'check-in form with errors');
      await ui.shot();
      await ui.shot(card);
      check(!stack.journal().includes(TEXT.refused), 'the refused answer was stored anyway (found in cosmos.jsonl)');
      check(checkInWrites(stack) === writesBefore, 'the refused submits wrote check-ins or collaborations to the store');
    }
  },
  {
    // Keyboard only, no clicks: Tab, Shift+Tab, arrows, Space and Enter.
    name: 'checkin-saved-by-keyboard',
    async run(ui, stack) {
      const form = ui.lastCard('Sjekk inn: Lønn');
      await ui.fillCheckInByKeyboard(form, {
        overall: 'Gul – utfordringer under kontroll',
        reason: TEXT.reason,
        scale: SCALE,
        economy: 'Mindre avvik',
        economyComment: TEXT.economy,
        risks: TEXT.risks,
        celebrate: TEXT.celebrate
      });
      await ui.shot(form, 'filled');
      const receipt = await ui.expectNewCard('Takk! Innsjekken er lagret', () => ui.submitByKeyboard(form));
      await expectText(receipt, /^Gul$/);
      await expectText(receipt, SHORT_LABEL);
      await expectText(receipt, 'Lønn har ingen kanal ennå');
      check(stack.journal().includes(TEXT.reason), 'the receipt came, but the answer is not in the store journal');
      await ui.checkCard(receipt, 'receipt');
      await ui.shot();
      await ui.shot(receipt);
    }
  },
  {
    name: 'link-channel',
    async run(ui) {
      await ui.openConversation(LONN_CHANNEL);
      // The channel got its own welcome at install: it asks for the link instead of offering a check-in.
      await expectText(ui.cardsWith(WELCOME), 'Koble denne kanalen');
      await ui.checkCard(ui.cardsWith(WELCOME).first(), 'welcome in a team');
      const linked = ui.page.getByRole('paragraph').filter({ hasText: 'Kanalen er koblet til Lønn' });
      const before = await linked.count();
      await ui.postMentioningBot('koble lønn');
      await linked.nth(before).waitFor();
      await ui.shot();
    }
  },
  {
    name: 'update-and-summary',
    async run(ui) {
      await ui.openConversation(PERSONAL_CHAT);
      const form = await ui.expectNewCard('Sjekk inn: Lønn', () => ui.sendMessage('sjekk inn lønn'));
      await expectText(form, 'Du sjekket inn for denne perioden');
      // The card comes back with the stored answers; add a decision request and send it again.
      const reason = await form.getByRole('textbox', { name: 'Kort begrunnelse', exact: true }).inputValue();
      check(reason === TEXT.reason, 'the stored «Kort begrunnelse» is not pre-filled');
      await form.getByRole('checkbox', { name: /Ja, vi trenger en beslutning eller avklaring/ }).check();
      await form.getByRole('textbox', { name: 'Hva må besluttes eller avklares?', exact: true }).fill(TEXT.decision);
      await ui.shot(form, 'form');
      const receipt = await ui.expectNewCard('Innsjekken er oppdatert', () => ui.submit(form));
      await expectText(receipt, 'Oppsummeringen er sendt til kanalen');
      const sentTo = /Oppsummeringen er sendt til kanalen «([^»]*)»/.exec(await receipt.innerText())?.[1];
      check(sentTo === 'Lønn', `the receipt names the channel «${sentTo}», not «Lønn»`);
      await ui.shot(undefined, 'receipt');
      await ui.shot(receipt);
      await ui.openConversation(LONN_CHANNEL);
      const summary = ui.cardsWith('Ny status: Lønn').first(); // channel: newest post on top
      await summary.waitFor();
      await expectText(summary, 'Alex Wilber har oppdatert innsjekken');
      await expectText(summary, TEXT.decision);
      await expectText(summary, TEXT.reason);
      await expectText(summary, SHORT_LABEL);
      await ui.checkCard(summary, 'channel summary');
      await ui.shot();
      await ui.shot(summary, 'summary');
    }
  },
  {
    name: 'status',
    async run(ui) {
      await ui.openConversation(PERSONAL_CHAT);
      const overview = await ui.expectNewCard('Status – Indre Namdal', () => ui.sendMessage('status'));
      await expectText(overview, 'Lønn – Gul');
      await expectText(overview, 'Trenger beslutning');
      await ui.checkCard(overview, 'status overview');
      await overview.scrollIntoViewIfNeeded(); // one card per network: this one is not the last
      await ui.shot(undefined, 'overview');
      await ui.shot(overview, 'overview-card');
      const detail = await ui.expectNewCard('Status: Lønn', () => ui.sendMessage('status lønn'));
      const table = detail.getByRole('table').first();
      await table.waitFor();
      // The partners' yearly evaluation (demo data) beside Alex's own ratings.
      await expectText(detail, 'Deltakerkommunenes syn (årlig evaluering)');
      for (const header of ['Spørsmål', 'Nå', 'Forrige']) await expectText(table, header);
      await expectText(table, /^Samlet status$/);
      await expectText(table, SHORT_LABEL);
      await expectText(detail, TEXT.reason);
      // The questions that moved most are drawn as small charts (SVGs with the periods as labels),
      // not their fallback tables, under a sentence saying what they show.
      const chart = detail.locator('svg').filter({ hasText: /(jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des) \d{2}/ }).first();
      await chart.waitFor();
      await expectText(detail, /^Spørsmålene som har endret seg mest fra .+ til .+, som snitt på skalaen 1–5: .+ fra \d,\d til \d,\d/);
      await expectText(detail, 'Felles mål');
      await ui.checkCard(detail, 'collaboration status');
      await ui.shot(undefined, 'detail');
      await ui.shot(detail, 'detail-card');
    }
  },
  reportFirstPage,
  {
    name: 'digest-channel',
    async run(ui) {
      await ui.openConversation(GENERAL_CHANNEL);
      await ui.postMentioningBot('årshjul');
      const cycle = ui.cardsWith('Årshjul – Indre Namdal').first();
      await cycle.waitFor();
      await expectText(cycle, 'Det som kommer');
      await ui.checkCard(cycle, 'årshjul in a channel');
      await ui.shot(cycle);
      await cycle.getByRole('button', { name: 'Send sammendraget hit', exact: true }).click();
      await ui.page.getByRole('paragraph').filter({ hasText: /Sammendraget for Indre Namdal sendes heretter til kanalen/ }).first().waitFor();
      await ui.shot();
    }
  },
  {
    // People are picked from the real Playground team's roster (paged member lookup), never typed.
    name: 'admin-roles',
    async run(ui) {
      await ui.openConversation(PERSONAL_CHAT);
      const overview = await ui.expectNewCard('Administrasjon – Indre Namdal', () => ui.sendMessage('admin'));
      await expectText(overview, /4 kommuner · 8 samarbeid/);
      await ui.checkCard(overview, 'admin overview');
      await overview.scrollIntoViewIfNeeded();
      const roles = await ui.expectNewCard('Roller – Indre Namdal', () => overview.getByRole('button', { name: 'Roller', exact: true }).click());
      await ui.checkCard(roles, 'roles');
      const picker = await ui.expectNewCard('Velg fra teamet', () => roles.getByRole('button', { name: 'Gi en person en rolle', exact: true }).click());
      await ui.checkCard(picker, 'grant a role');
      const combos = picker.getByRole('combobox');
      for (const [index, option] of [[0, 'Megan Bowen'], [1, 'Leder for et samarbeid'], [3, 'Lønn']] as const) {
        await combos.nth(index).click();
        await ui.page.getByRole('option', { name: option, exact: true }).click();
      }
      await ui.shot(picker);
      await picker.getByRole('button', { name: 'Gi rollen', exact: true }).click();
      await ui.page.getByRole('paragraph').filter({ hasText: 'Megan Bowen har nå rollen: leder for Lønn.' }).first().waitFor();
      await expectText(ui.lastCard('Roller – Indre Namdal'), 'leder for Lønn');
      await ui.shot();
    }
  },
  {
    // Every other kind of card the bot sends (the cardSamples of src/features/*), each checked by axe.
    name: 'every-card',
    async run(ui) {
      for (const [command, title, kind] of TYPED_CARDS) {
        const card = await ui.expectNewCard(title, () => ui.sendMessage(command));
        await ui.checkCard(card, kind);
      }
      const admin = await ui.expectNewCard('Administrasjon – Indre Namdal', () => ui.sendMessage('admin'));
      const press = async (card: Locator, button: string, title: string, kind: string) => {
        const opened = await ui.expectNewCard(title, () => card.getByRole('button', { name: button, exact: true }).click());
        await ui.checkCard(opened, kind);
        return opened;
      };
      await press(admin, 'Innstillinger', 'Innstillinger – Indre Namdal', 'network settings');
      await press(await press(admin, 'Kommuner', 'Kommuner – Indre Namdal', 'municipalities'), 'Endre Grong', 'Kommune – Grong', 'municipality form');
      await press(await press(admin, 'Samarbeid', 'Samarbeid – Indre Namdal', 'collaborations'), 'Endre Lønn', 'Samarbeid – Lønn', 'collaboration form');
      // A row of the overview (step 7) is a button named after what it opens and what it shows.
      const row = ui.lastCard('Status – Indre Namdal').getByRole('button', { name: /^Åpne Lønn – Gul/ });
      await ui.expectNewCard('Status: Lønn', () => row.click());
      await ui.shot();
    }
  },
  {
    // Alex is admin in four networks: one årshjul card with a choice of network, not four cards.
    name: 'network-picker',
    async run(ui) {
      await ui.openConversation(PERSONAL_CHAT);
      const cycle = await ui.expectNewCard('Årshjul – Indre Namdal', () => ui.sendMessage('årshjul'));
      await expectText(cycle, /påminnelser 2 og 4 arbeidsdager etter, .* kl\. 09:00/);
      await cycle.getByRole('combobox').first().click();
      await ui.page.getByRole('option', { name: 'Solør', exact: true }).click();
      await ui.shot(cycle, 'picker');
      await cycle.getByRole('button', { name: 'Vis nettverket', exact: true }).click();
      // The chosen network's card takes the place of the one the button was on.
      await ui.cardsWith('Årshjul – Solør').first().waitFor();
      await ui.shot();
    }
  },
  { name: 'prioritise-to-vedtak', run: prioritiseToDecision },
  { name: 'benefits-status-export', run: benefitsToExport },
  {
    // Last year's round (demo data) is split by level and municipality; Alex starts this year's, answers it, and sees it withheld.
    name: 'survey',
    async run(ui) {
      await ui.openConversation(PERSONAL_CHAT);
      const last = await ui.expectNewCard('Tillitsbarometer – Indre Namdal', () => ui.sendMessage('tillitsbarometer'));
      for (const group of ['Politisk', 'Administrativt', 'Grong', 'Forskjell mellom nivåene']) await expectText(last, group);
      const start = await ui.expectNewCard('Start tillitsbarometer – Indre Namdal', () => ui.sendMessage('undersøkelse'));
      await start.scrollIntoViewIfNeeded();
      const form = await ui.expectNewCard('Svaret ditt er anonymt', () => start.getByRole('button', { name: 'Start undersøkelsen', exact: true }).click());
      await expectText(form, 'evner å jobbe mot et felles mål');
      // With the keyboard: the chat may scroll the tall form while a list opens, and a click then misses.
      const answer = form.getByRole('combobox').first();
      await answer.focus();
      await ui.chooseOption(answer, '4 I stor grad');
      await ui.shot(form, 'answer');
      await form.getByRole('button', { name: 'Send svaret', exact: true }).click();
      await ui.page.getByRole('paragraph').filter({ hasText: 'Takk! Svaret ditt er talt med i tillitsbarometeret for Indre Namdal, uten navnet ditt.' }).first().waitFor();
      await ui.sendMessage('tillitsbarometer');
      await ui.page.getByRole('paragraph').filter({ hasText: /1 har svart så langt\. Resultatene vises når det er avsluttet, og bare hvis minst 5 har svart\./ }).first().waitFor();
      await ui.shot();
    }
  },
  askSampulsStep,
  {
    // Restarted on 5 January 2027, the day of the second reminder for the December and tertial windows.
    name: 'reminders',
    async run(ui, stack) {
      await restartBefore(stack, '2027-01-05');
      const reminder = ui.lastCard('Påminnelse: vi mangler fortsatt innsjekken din for desember 2026');
      await scheduledCard(ui, stack, PERSONAL_CHAT, reminder);
      await expectText(reminder, 'Sjekk inn: Lønn');
      await reminder.getByRole('button', { name: 'Send inn' }).waitFor();
      await ui.checkCard(reminder, 'check-in reminder');
      await scheduledCard(ui, stack, PERSONAL_CHAT, ui.lastCard('Påminnelse: vi mangler fortsatt innsjekken din for 3. tertial 2026'));
      await ui.shot();
      await ui.shot(reminder);
    }
  },
  {
    // Restarted on 11 January 2027: the tertial digest goes to the channel chosen above, the escalation to Alex.
    name: 'digest-and-escalation',
    async run(ui, stack) {
      await restartBefore(stack, '2027-01-11');
      const escalation = ui.cardsWith('Forsinket rapportering – Indre Namdal').filter({ hasText: 'desember 2026' }).last();
      await scheduledCard(ui, stack, PERSONAL_CHAT, escalation);
      await expectText(escalation, /^Lønn$/);
      await expectText(escalation, 'Leder: Alex Wilber');
      await ui.checkCard(escalation, 'escalation');
      await ui.shot(escalation, 'escalation');
      await ui.openConversation(GENERAL_CHANNEL);
      const digest = ui.cardsWith('Sammendrag 3. tertial 2026 – Indre Namdal').first();
      await scheduledCard(ui, stack, GENERAL_CHANNEL, digest);
      await expectText(digest, 'Har ikke rapportert');
      await ui.checkCard(digest, 'digest');
      await ui.shot();
      await ui.shot(digest, 'digest');
    }
  },
  { name: 'kdu-meeting-date', run: setKduMeeting },
  { name: 'kdu-prepare-status', run: prepareStatus },
  { name: 'kdu-meeting-report', run: meetingReport },
  {
    // axe (WCAG 2.0/2.1 A and AA) found nothing on any card, and every kind of card was checked.
    name: 'accessibility',
    async run(ui) {
      const kinds = [...ui.audit.checked.keys()];
      const missing = CARD_KINDS.filter((kind) => !kinds.includes(kind));
      check(missing.length === 0, `no axe check of: ${missing.join(', ')}`);
      const cards = [...ui.audit.checked.values()].reduce((a, b) => a + b, 0);
      say(`    axe (${WCAG_TAGS.join(', ')}): ${cards} cards of ${kinds.length} kinds in ${seconds(ui.audit.ms)}`);
      for (const [kind, count] of ui.audit.charts) say(`    left out: ${count} chart(s) on ${kind}, drawn by the Playground's chart component (docs/accessibility.md)`);
      for (const [kind, count] of ui.audit.toggles) say(`    left out: aria-controls of ${count} show/hide button(s) on ${kind}, written by the renderer (docs/accessibility.md)`);
      for (const [rule, where] of ui.audit.incomplete) say(`    for a person to check (axe «incomplete»): ${rule} on ${[...where].join(', ')}`);
      check(ui.audit.violations.length === 0, `${ui.audit.violations.length} axe violations:\n${ui.audit.report().join('\n')}`);
    }
  }
];

async function main(): Promise<number> {
  const started = Date.now();
  mkdirSync(SHOTS, { recursive: true });
  for (const file of readdirSync(SHOTS)) if (file.endsWith('.png')) rmSync(path.join(SHOTS, file));
  const watchdog = setTimeout(() => {
    say(`✗ the whole run took longer than ${seconds(RUN_TIMEOUT_MS)}; giving up`);
    void stopStack(true).finally(() => process.exit(1));
  }, RUN_TIMEOUT_MS);

  let stack: Stack | undefined;
  let passed = 0;
  let failed = 0;
  try {
    stack = await startStack(path.join(SHOTS, 'local.log'));
    say(`stack up in ${seconds(Date.now() - started)}: playground ${stack.url}, bot ${stack.botUrl}, data ${stack.dataDir}`);
    const ui = new Playground(stack.page, SHOTS);
    for (const [i, step] of steps.entries()) {
      const label = `${i + 1}. ${step.name}`;
      if (failed) {
        say(`- ${label}: skipped`);
        continue;
      }
      ui.shotPrefix = `${String(i + 1).padStart(2, '0')}-${step.name}`;
      const t0 = Date.now();
      try {
        await step.run(ui, stack);
        passed++;
        say(`✓ ${label} (${seconds(Date.now() - t0)})`);
      } catch (error) {
        failed++;
        say(`✗ ${label} (${seconds(Date.now() - t0)})\n    ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n    ')}`);
        const file = await ui.shot(undefined, 'FAILED').catch(() => undefined);
        if (file) say(`    screenshot: ${path.relative(ROOT, file)}`);
      }
    }
  } catch (error) {
    failed++;
    say(`✗ setup: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(watchdog);
    // A failed step keeps the data dir for a look at the store; a failed start has nothing worth keeping.
    await stopStack(Boolean(process.env.E2E_KEEP_DATA) || (failed > 0 && stack !== undefined));
  }
  if (failed) {
    const log = path.join(SHOTS, 'local.log');
    // CI keeps only what is printed: the end of the log says what the bot was doing when the step gave up.
    const output = existsSync(log) ? readFileSync(log, 'utf8') : '';
    for (const line of output.trimEnd().split('\n').slice(-LOG_LINES_ON_FAILURE)) say(`    | ${line.slice(0, 400)}`);
    say(`bot and playground output: ${path.relative(ROOT, log)}${stack ? `; data kept in ${stack.dataDir}` : ''}`);
  }
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
