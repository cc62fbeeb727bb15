/** Helpers for the Agents Playground UI: chatting, finding Adaptive Cards, the check-in form, screenshots. */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { CardAudit } from './axe';
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
  readonly audit: CardAudit;

  constructor(
    readonly page: Page,
    private readonly shotsDir: string
  ) {
    this.audit = new CardAudit(page, (line) => process.stdout.write(`${line}\n`));
  }

  /** Runs axe on one card and files what it finds under `kind`. */
  async checkCard(card: Locator, kind: string): Promise<void> {
    await card.scrollIntoViewIfNeeded();
    await this.audit.check(card, kind);
  }

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
  /**
   * The URL a link button on a card opens (Action.OpenUrl). The Playground calls window.open,
   * caught here instead of opening a tab, so the step can fetch the link as the browser would.
   */
  async linkBehind(card: Locator, title: string): Promise<string> {
    type Opening = { open(url: string): null; sampulsOpened: string[] };
    await this.page.evaluate(() => {
      const page = globalThis as unknown as Opening;
      page.sampulsOpened = [];
      page.open = (url: string) => (page.sampulsOpened.push(String(url)), null);
    });
    // The Playground names link buttons its own way; the title on the card is what a person clicks.
    await card.getByText(title, { exact: true }).first().click();
    await this.page.waitForFunction(() => (globalThis as unknown as Opening).sampulsOpened.length > 0);
    const [url] = await this.page.evaluate(() => (globalThis as unknown as Opening).sampulsOpened);
    return url;
  }

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

  /**
   * The check-in form as a keyboard user fills it: from the message box, Shift+Tab back into the
   * card, then Tab from field to field, arrows in radio groups and lists, Space and Enter. No clicks.
   */
  async fillCheckInByKeyboard(card: Locator, answers: CheckInAnswers): Promise<void> {
    const keys = this.page.keyboard;
    const groups = card.getByRole('radiogroup');
    await this.page.locator(EDITOR).first().focus(); // where the cursor is after typing a message
    await this.keyTo(groups.nth(0).getByRole('radio'), 'Shift+Tab');
    if (answers.overall) await this.chooseRadio(groups.nth(0), answers.overall);
    const type = async (label: string, value: string | undefined) => {
      if (value === undefined) return;
      await this.keyTo(card.getByRole('textbox', { name: label, exact: true }));
      await keys.press('Control+A');
      await keys.type(value);
    };
    await type('Kort begrunnelse', answers.reason);
    const combos = card.getByRole('combobox');
    for (const [i, option] of answers.scale.entries()) await this.chooseOption(combos.nth(i), option);
    await this.chooseRadio(groups.nth(1), answers.economy);
    await type('Kommentar til økonomi', answers.economyComment);
    await type('Risikoer eller hindringer som bør løftes', answers.risks);
    if (answers.decision !== undefined) {
      await this.keyTo(card.getByRole('checkbox', { name: /Ja, vi trenger en beslutning eller avklaring/ }));
      await keys.press('Space');
      await type('Hva må besluttes eller avklares?', answers.decision);
    }
    await type('Resultater å feire siden sist', answers.celebrate);
  }

  /** Sends a form with the keyboard: Tab to its button, then Enter. */
  async submitByKeyboard(card: Locator): Promise<void> {
    await this.keyTo(card.getByRole('button', { name: 'Send inn', exact: true }));
    await this.page.keyboard.press('Enter');
  }

  /** Presses `key` until one of `targets` has the focus, as someone moving through the page does. */
  private async keyTo(targets: Locator, key = 'Tab', max = 80): Promise<void> {
    for (let i = 0; i <= max; i++) {
      if (await targets.evaluateAll((all) => all.some((e) => e === e.ownerDocument.activeElement))) return;
      if (i < max) await this.page.keyboard.press(key);
    }
    throw new Error(`${max} × ${key} did not reach ${targets.toString()}`);
  }

  /** Tab into a radio group, arrows to the option, Space to choose it. */
  private async chooseRadio(group: Locator, name: string): Promise<void> {
    await this.keyTo(group.getByRole('radio'));
    const radio = group.getByRole('radio', { name, exact: true });
    await this.keyTo(radio, 'ArrowDown', 6);
    await this.page.keyboard.press('Space');
    if (!(await radio.isChecked())) throw new Error(`the keyboard did not choose «${name}»`);
  }

  /**
   * Tab to a drop-down list, Enter opens it, arrows to the option, Enter chooses it.
   * The chat may re-render a fresh card while a list opens and drop the choice, so a try that chose nothing is made again.
   */
  async chooseOption(combo: Locator, name: string, tries = 3): Promise<void> {
    let chosen = '';
    for (let attempt = 1; attempt <= tries; attempt++) {
      chosen = await this.tryOption(combo, name);
      if (chosen === name) return;
      if (chosen !== '') break; // a wrong option is a real failure, not a lost keystroke
      process.stdout.write(`    the list lost the keyboard's choice of «${name}» (try ${attempt} of ${tries})\n`);
    }
    throw new Error(`the keyboard chose «${chosen}», not «${name}»`);
  }

  private async tryOption(combo: Locator, name: string): Promise<string> {
    await this.keyTo(combo);
    await this.page.keyboard.press('Enter');
    const option = this.page.getByRole('option', { name, exact: true });
    await option.waitFor();
    const id = await option.getAttribute('id');
    const active = async () => (await combo.getAttribute('aria-activedescendant')) === id;
    for (const key of ['ArrowDown', 'ArrowUp']) for (let i = 0; i < 8 && !(await active()); i++) await this.page.keyboard.press(key);
    await this.page.keyboard.press('Enter');
    const settled = Date.now() + 2_000;
    let chosen = await combo.inputValue();
    while (chosen !== name && Date.now() < settled) {
      await this.page.waitForTimeout(100);
      chosen = await combo.inputValue();
    }
    if (chosen === '' && (await option.isVisible())) await this.page.keyboard.press('Escape');
    return chosen;
  }

  async submit(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Send inn', exact: true }).click();
  }
}
