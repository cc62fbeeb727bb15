/**
 * The picture of a report's first page (docs/report-first-page.png): the Word file behind
 * `rapport`, fetched through the link on the card, laid out in the same Chromium by docx-preview,
 * a maintained docx-to-HTML renderer that draws pages as Word sizes them. No LibreOffice needed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Playground } from './page';
import { ROOT } from './stack';

const PICTURE = path.join(ROOT, 'docs', 'report-first-page.png');
/** The packages' browser builds (UMD: they set `JSZip` and `docx` on the page). */
const SCRIPTS = [require.resolve('jszip/dist/jszip.min.js'), require.resolve('docx-preview')];
/** Runs in the page (written as text: this project's TypeScript has no DOM types): lays the bytes out, then waits for every picture. */
const RENDER = `(async (base64) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  await window.docx.renderAsync(bytes, document.getElementById('document'));
  await Promise.all([...document.images].map((image) => image.decode()));
})`;
/** A4, as the document declares it: the first page is the top of the first section, this much of its width tall. */
const A4_RATIO = 297 / 210;

/** The Word file behind a link on the card, fetched from the signed URL as a user's browser would. */
async function docxBehind(ui: Playground, card: Locator, link: string): Promise<Buffer> {
  const response = await fetch(await ui.linkBehind(card, link));
  if (response.status !== 200) throw new Error(`the report link answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Lays the document out with docx-preview on a page of its own; returns that page. */
async function renderDocx(context: BrowserContext, docx: Buffer): Promise<Page> {
  const viewer = await context.newPage();
  await viewer.setViewportSize({ width: 1000, height: 1400 });
  await viewer.setContent('<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Rapport</title></head><body style="margin:0"><div id="document"></div></body></html>');
  for (const script of SCRIPTS) await viewer.addScriptTag({ path: script });
  await viewer.evaluate(`${RENDER}(${JSON.stringify(docx.toString('base64'))})`);
  return viewer;
}

/** What the rendered document must show, as a reader would look for it. */
async function checkRendered(viewer: Page): Promise<void> {
  const page = viewer.locator('section.docx').first();
  await page.getByText('Tertialrapport for Indre Namdal', { exact: true }).waitFor();
  await page.getByText('Status per samarbeid', { exact: true }).waitFor();
  await page.getByText('Plan, byggesak, tilsyn, GIS og oppmåling').first().waitFor();
  const tables = await page.locator('table').count();
  if (tables !== 1) throw new Error(`the report shows ${tables} tables, not 1`);
  const charts = await viewer.locator('section.docx img').evaluateAll((images) => images.filter((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0).length);
  if (charts < 1) throw new Error('the trend chart is not drawn');
}

/** The step: `rapport` → «Tertialrapport – Indre Namdal» → the first page as a picture in docs/. */
export const reportFirstPage = {
  name: 'report-first-page',
  async run(ui: Playground): Promise<void> {
    await ui.openConversation('Personal Chat');
    const card = await ui.expectNewCard('Word-dokumenter til møtene', () => ui.sendMessage('rapport'));
    await card.scrollIntoViewIfNeeded();
    const docx = await docxBehind(ui, card, 'Tertialrapport – Indre Namdal');
    const viewer = await renderDocx(ui.page.context(), docx);
    try {
      await checkRendered(viewer);
      const box = (await viewer.locator('section.docx').first().boundingBox())!;
      const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, Math.round(box.width * A4_RATIO)) };
      writeFileSync(PICTURE, await viewer.screenshot({ clip, fullPage: true, animations: 'disabled' }));
      await ui.shot(card);
    } finally {
      await viewer.close();
    }
  }
};
