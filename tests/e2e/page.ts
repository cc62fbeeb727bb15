/** Helpers for the Agents Playground UI: chatting, finding Adaptive Cards, the check-in form, screenshots. */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ACTION_TIMEOUT_MS, VIEWPORT, waitFor } from './stack';

const EDITOR = '[data-lexical-editor=true][role=textbox]';
const CARD = '.ac-adaptiveCard';

export interface CheckInAnswers {
  overall?: string;
  reason?: string;
  /** One option per scale question, in card order. */
  scale: readonly string[];
  economy: string;
  economyComment?: string;
  risks?: string;
  decision?: string;
  celebrate?: string;
}

export async function expectText(scope: Locator | Page, text: string | RegExp): Promise<void> {
  await scope.getByText(text).first().waitFor();
}

export class Playground {
  /** `<nn>-<step>`: how the next screenshot file names start. */
  shotPrefix = '';

  constructor(
    readonly page: Page,
    private readonly shotsDir: string
  ) {}

  /** Switches to a chat or channel in the left-hand tree. */
  async openConversation(name: string): Promise<void> {
    await this.page.getByRole('treeitem', { name, exact: true }).click();
    await this.page.locator(EDITOR).first().waitFor();
  }

  /** Types a message in the open chat and sends it with Enter. */
  async sendMessage(text: string): Promise<void> {
    const editor = this.page.locator(EDITOR).first();
    await editor.click();
    await editor.pressSequentially(text);
    await editor.press('Enter');
  }

  /** Starts a new post in the open channel that @mentions the bot (channel messages only reach it with a mention). */
  async postMentioningBot(text: string): Promise<void> {
    const editor = this.page.locator(EDITOR).first(); // "Start a new post"
    await editor.click();
    await editor.pressSequentially('@Samp');
    await this.page.getByRole('menuitem', { name: /Sampuls/ }).click();
    await editor.pressSequentially(` ${text}`);
    await this.page.getByRole('button', { name: 'Post', exact: true }).click();
  }

  cardsWith(text: string): Locator {
    return this.page.locator(CARD).filter({ hasText: text });
  }

  /** The newest card containing `text` in a chat, where the newest is at the bottom. */
  lastCard(text: string): Locator {
    return this.cardsWith(text).last();
  }

  /** Runs `action`, waits until one more card containing `text` is on the page and returns it (chats only). */
  async expectNewCard(text: string, action: () => Promise<void>): Promise<Locator> {
    const before = await this.cardsWith(text).count();
    await action();
    await waitFor(`a new card with «${text}»`, async () => ((await this.cardsWith(text).count()) > before ? true : undefined), ACTION_TIMEOUT_MS);
    return this.lastCard(text);
  }

  /** Screenshot of the page, or of one card, as <shotsDir>/<nn>-<step>[-suffix].png. */
  async shot(card?: Locator, suffix = card ? 'card' : ''): Promise<string> {
    const file = path.join(this.shotsDir, `${this.shotPrefix}${suffix ? `-${suffix}` : ''}.png`);
    if (!card) {
      await this.page.screenshot({ path: file });
      return file;
    }
    // The chat scrolls inside its own pane: grow the window so a tall card fits, then shrink it back.
    const box = await card.boundingBox();
    const height = Math.ceil(box?.height ?? 0) + 300;
    if (height > VIEWPORT.height) await this.page.setViewportSize({ width: VIEWPORT.width, height });
    try {
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: file, animations: 'disabled' });
    } finally {
      if (height > VIEWPORT.height) await this.page.setViewportSize(VIEWPORT);
    }
    return file;
  }

  async fillCheckIn(card: Locator, answers: CheckInAnswers): Promise<void> {
    if (answers.overall) await card.getByRole('radio', { name: answers.overall, exact: true }).check();
    const combos = card.getByRole('combobox');
    const found = await combos.count();
    if (found !== answers.scale.length) throw new Error(`expected ${answers.scale.length} scale questions, found ${found}`);
    for (const [i, option] of answers.scale.entries()) {
      await combos.nth(i).click();
      await this.page.getByRole('option', { name: option, exact: true }).click();
    }
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

  async submit(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Send inn', exact: true }).click();
  }
}
