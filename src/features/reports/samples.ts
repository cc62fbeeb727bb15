import { sample, type CardSample } from '../../core/module';
import { HOSTILE_NAME, sampleData } from '../../cards/samples';
import type { Catalogue } from '../../core/i18n/catalogue';
import { annualReportCard, reportsCard } from './cards';

export function reportSamples(t: Catalogue): CardSample[] {
  const { network } = sampleData();
  const url = 'https://sampuls.example/report/token.docx';
  return [
    sample('reports offered', reportsCard, [
      { network: network.name, links: [{ title: t.reports.tertialLink(network.name), url }, ...network.municipalities.map((m) => ({ title: t.reports.overviewLink(m.name), url }))] },
      { network: HOSTILE_NAME, links: [{ title: t.reports.tertialLink(HOSTILE_NAME), url }] }
    ], t.reports.cardIntro(15), t),
    sample('annual report link', annualReportCard, t.reports.annualLink(HOSTILE_NAME, 2026), url, 15, t)
  ];
}
