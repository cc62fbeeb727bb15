/**
 * axe-core over single cards as the Playground renders them (docs/accessibility.md). Each check
 * is scoped to one card element: the Playground's own page is not ours to fix.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA: what forskrift om universell utforming av IKT requires. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  kind: string;
  rule: string;
  impact: string;
  help: string;
  /** The offending elements: where, and what axe says is wrong. */
  nodes: string[];
}

export class CardAudit {
  /** Each kind of card checked so far, with how many of them. */
  readonly checked = new Map<string, number>();
  readonly violations: Violation[] = [];
  /** Rules axe could not decide by itself (e.g. text on a gradient): for a person to look at. */
  readonly incomplete = new Map<string, Set<string>>();
  /** Charts left out, per kind of card: drawn by the Playground's own chart component, not by us. */
  readonly charts = new Map<string, number>();
  /** Show/hide buttons (Action.ToggleVisibility) whose aria-controls the host renderer fills, per kind of card. */
  readonly toggles = new Map<string, number>();
  /** Time spent in axe, for the summary. */
  ms = 0;
  private next = 0;

  /** `say` hears each violation as it is found, so a run cut short still shows them. */
  constructor(
    private readonly page: Page,
    private readonly say: (line: string) => void
  ) {}

  /** Runs axe on `card` and records what it finds under `kind`; failures are reported at the end of the run. */
  async check(card: Locator, kind: string): Promise<void> {
    const started = Date.now();
    const id = `card-${++this.next}`;
    await card.evaluate((element, value) => element.setAttribute('data-axe', value), id);
    // A chart (Chart.*) is drawn by the Playground's Fluent UI chart component, whose focus traps
    // and legend fail axe whatever the card says; docs/accessibility.md lists it as a known gap.
    const charts = await card.locator('[role=alert]:has(svg)').evaluateAll((found, value) =>
      found.map((chart) => {
        let element = chart;
        while (element.parentElement && !element.parentElement.classList.contains('ac-adaptiveCard')) element = element.parentElement;
        element.setAttribute('data-axe-chart', value);
      }).length, id);
    if (charts) this.charts.set(kind, (this.charts.get(kind) ?? 0) + charts);
    const result = await new AxeBuilder({ page: this.page })
      .include(`[data-axe="${id}"]`)
      .exclude(`[data-axe-chart="${id}"]`)
      .withTags(WCAG_TAGS)
      .analyze();
    this.checked.set(kind, (this.checked.get(kind) ?? 0) + 1);
    // The renderer writes aria-controls on a show/hide button itself, and axe finds the value wrong
    // whatever the card says; docs/accessibility.md lists it as a known gap of the host, like charts.
    const isToggle = (v: (typeof result.violations)[number]) => v.id === 'aria-valid-attr-value' && v.nodes.every((n) => /aria-controls=/.test(n.html));
    for (const v of result.violations.filter(isToggle)) this.toggles.set(kind, (this.toggles.get(kind) ?? 0) + v.nodes.length);
    result.violations = result.violations.filter((v) => !isToggle(v));
    for (const v of result.violations) {
      this.violations.push({
        kind,
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
      });
    }
    this.ms += Date.now() - started;
    for (const v of result.violations) this.say(`    ✗ axe on ${kind}: ${v.id} (${v.nodes.length}×) ${v.help}`);
    for (const v of result.incomplete) this.incomplete.set(v.id, (this.incomplete.get(v.id) ?? new Set()).add(kind));
  }

  /** Every violation, one block per rule and card kind. */
  report(): string[] {
    return this.violations.flatMap((v) => [`${v.kind}: ${v.rule} (${v.impact}) ${v.help}`, ...v.nodes.slice(0, 5).map((n) => `    ${n}`)]);
  }
}
