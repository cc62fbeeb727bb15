import { card, heading, plain, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { visible } from '../../domain/text';
import type { Catalogue } from '../../core/i18n/catalogue';

/** The reports one network offers the person, each a download link. */
export interface OfferedReports {
  network: string;
  links: { title: string; url: string }[];
}

const linkSet = (links: OfferedReports['links']): CardElement => ({
  type: 'ActionSet',
  actions: links.map((l) => ({ type: 'Action.OpenUrl', title: visible(l.title), url: l.url }))
});

/** `rapport`: per network, links to the tertial report and the municipalities' overviews. */
export function reportsCard(offers: OfferedReports[], intro: string, t: Catalogue): AdaptiveCard {
  return card([
    heading(t.reports.cardTitle),
    textBlock(intro),
    ...offers.flatMap((o) => [textBlock(plain(o.network), { weight: 'Bolder', spacing: 'Medium' }), linkSet(o.links)]),
    textBlock(t.reports.annualHint, { size: 'Small', isSubtle: true })
  ]);
}

/** `rapport <samarbeid>`: the link to one collaboration's annual report. */
export function annualReportCard(title: string, url: string, minutes: number, t: Catalogue): AdaptiveCard {
  return card([heading(t.reports.cardTitle), textBlock(t.reports.cardIntro(minutes)), linkSet([{ title, url }])]);
}
