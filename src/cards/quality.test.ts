// The package's ESM build does not load in Node; its UMD bundle does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');
import { demoCheckIns } from '../demo/history';
import { ALEX } from '../demo/people';
import { buildStatus } from '../domain/status';
import { currentVersion, fellesStatusmal } from '../domain/template';
import type { Collaboration, Network } from '../domain/types';
import { shiftPeriod } from '../domain/period';
import { channelSummaryCard, checkInCard, receiptCard } from '../features/checkin/cards';
import { helpCard, welcomeCard } from '../features/help/cards';
import { detailCard, overviewCard, overviewRows } from '../features/status/cards';
import { questionCard, trendCard } from '../features/status/questionCards';
import { municipalityCard } from '../features/status/municipality';
import { costCard } from '../features/cost/cards';
import { sharesOf } from '../features/cost/cost';
import { DEFAULT_COST_KEY } from '../domain/cost';
import { nb as t } from '../i18n/nb';
import { auditCard } from '../features/audit/cards';
import { peopleCard, rolesCard } from '../features/admin/cards/roles';
import { collaborationsCard } from '../features/admin/cards/collaborations';
import { escalationCard } from '../features/schedule/cards';
import type { AdaptiveCard, CardElement } from './adaptive';
import { chooseCollaborationCard } from './choose';

/** Card quality over every builder with realistic data: what Teams renders and what WCAG asks. */
const NOW = new Date('2026-11-25T10:00:00+01:00');
const version = currentVersion(fellesStatusmal('indre-namdal'));
const network: Network = {
  id: 'indre-namdal', name: 'Indre Namdal', tenantIds: [ALEX.tenantId],
  municipalities: [{ id: 'grong', name: 'Grong', number: '5045', population: 2400 }]
};
const HOSTILE = 'Se [denne lenken](https://phishing.example) og **rop**';
/** A display name, channel or team name as Teams may hand it over: links, an autolink, a reversed file name, hidden characters. */
const HOSTILE_NAME = '[Megan – klikk](https://evil.example/m) <https://evil.example/a> www.evil.example \u202Eexe.gnp\u202C Be\u200Brit\u2066';
const STRANGER = { ...ALEX, aadObjectId: 'stranger', name: HOSTILE_NAME };

function collaboration(i: number): Collaboration {
  const base = {
    id: `c${i}`, networkId: network.id, name: `Samarbeid nummer ${i} – ${'lønn og regnskap '.repeat(2)}`, aliases: [], sector: 'økonomi',
    legalForm: 'administrativt vertskommunesamarbeid' as const, participantIds: ['grong'], leaders: [ALEX, STRANGER], cadence: 'monthly' as const,
    templateId: 'felles-statusmal', reportingSince: '2021-01-01'
  };
  const periods = Array.from({ length: 60 }, (_, p) => shiftPeriod('2026-M11', -p)).reverse();
  const checkIns = demoCheckIns(base, [ALEX, { ...ALEX, aadObjectId: 'other', name: 'Ingrid Haugen' }], periods, version);
  checkIns.at(-1)!.answers.risks = HOSTILE;
  return { ...base, status: buildStatus(checkIns) };
}

const many = Array.from({ length: 50 }, (_, i) => collaboration(i));
const answers = many[0].status.latest[1].answers;

const CARDS: [string, AdaptiveCard][] = [
  ['welcome', welcomeCard(t)],
  ['help', helpCard(t)],
  ['help for unknown input', helpCard(t, HOSTILE)],
  ['choose collaboration', chooseCollaborationCard(t.checkIn.choose, many.slice(0, 8).map((c) => ({ collaboration: c, network })), { verb: 'checkin.open' }, t)],
  ['check-in form', checkInCard({ network, collaboration: many[0], version, period: '2026-M11' }, t)],
  ['check-in form with errors', checkInCard({ network, collaboration: many[0], version, period: '2026-M11', values: { risks: 'x'.repeat(100_000) }, errors: [{ key: 'overall', code: 'required' }, { key: 'hack', code: 'unknown' }] }, t)],
  ['receipt', receiptCard({ collaboration: many[0], version, period: '2026-M11', answers, outcome: 'created', channelNote: t.checkIn.summarySent('Lønn') }, t)],
  ['channel summary', channelSummaryCard({ collaboration: many[0], version, period: '2026-M11', respondent: { ...ALEX, name: HOSTILE }, answers, outcome: 'updated' }, t)],
  ['status overview of 50 collaborations', overviewCard(network, overviewRows(many, NOW), t)],
  ['collaboration status', detailCard(network, many[0], version, t)],
  ['question: what is red', questionCard('red', many.slice(0, 20).map((c) => ({ collaboration: c, network, texts: [HOSTILE, 'Bemanning'] })), t)],
  ['cost split', costCard({ collaboration: many[0], key: DEFAULT_COST_KEY, amount: 1_234_567, shares: sharesOf(many[0], network, 1_234_567) }, t)],
  ['municipality', municipalityCard({ network, municipality: network.municipalities[0] }, many, NOW, t)],
  ['roles', rolesCard(network, [{ person: STRANGER, membership: { networkId: network.id, roles: ['admin'] }, leads: [many[0]] }], t)],
  ['people from a team roster', peopleCard(network, many.slice(0, 3), { teamName: HOSTILE_NAME, teamId: 'team', people: [{ title: HOSTILE_NAME, value: 'signed' }], otherTeams: [{ teamId: 'other', name: HOSTILE_NAME }] }, t)],
  ['audit log', auditCard(network, [
    { id: '2', networkId: network.id, at: NOW.toISOString(), actor: STRANGER, action: 'role.granted', subject: HOSTILE_NAME, before: { leaders: 'Alex Wilber' }, after: { leaders: `Alex Wilber, ${HOSTILE_NAME}` } },
    { id: '1', networkId: network.id, at: NOW.toISOString(), actor: ALEX, action: 'channel.linked', subject: 'Lønn', after: { channel: HOSTILE_NAME } }
  ], t)],
  ['collaborations in the admin setup', collaborationsCard(network, many.slice(0, 5), t)],
  ['escalation of overdue check-ins', escalationCard(network, '2026-M11', many.slice(0, 5), t)],
  ['trend of one dimension', trendCard('Tillit', many.map((c) => ({ collaboration: c, network, now: c.status.periods[0].means.trust, previous: c.status.periods[1].means.trust })), t)]
];

function elements(card: AdaptiveCard): CardElement[] {
  const all: CardElement[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (typeof (value as CardElement).type === 'string') all.push(value as CardElement);
      Object.values(value).forEach(visit);
    }
  };
  visit(card.body);
  return all;
}

describe.each(CARDS)('%s card', (_name, card) => {
  it('is Adaptive Card 1.5 that the official parser reads without complaint', () => {
    expect(card.version).toBe('1.5');
    const context = new AC.SerializationContext();
    new AC.AdaptiveCard().parse(card, context);
    const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message as string);
    // Teams' chart elements are unknown to the reference parser; each must carry a fallback instead.
    expect(events.filter((e) => !/^Unknown element type "Chart\./.test(e))).toEqual([]);
  });

  it('gives every chart a fallback that the parser does know', () => {
    for (const chart of elements(card).filter((e) => e.type.startsWith('Chart.'))) {
      const fallback = chart.fallback as AdaptiveCard['body'][number];
      expect(['FactSet', 'Table']).toContain(fallback?.type);
      const context = new AC.SerializationContext();
      new AC.AdaptiveCard().parse({ ...card, body: [fallback] }, context);
      expect(context.eventCount).toBe(0);
    }
  });

  it('labels every input and explains every required one', () => {
    for (const input of elements(card).filter((e) => e.type.startsWith('Input.'))) {
      expect(typeof input.label === 'string' && input.label.length > 0).toBe(true);
      if (input.isRequired) expect(input.errorMessage).toEqual(expect.any(String));
    }
  });

  it('stays under 80 KB, well inside Teams’ message limit', () => {
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(80 * 1024);
  });

  it('never renders someone’s text as a link, and hides nothing in it', () => {
    // TextBlocks and facts read markdown and link URLs; choice and button titles are shown as they are.
    const markdown = JSON.stringify(elements(card).flatMap((e) => (e.type === 'TextBlock' ? [e.text] : e.type === 'FactSet' ? [e.facts] : [])));
    expect(markdown).not.toContain('[denne lenken](https');
    expect(markdown).not.toMatch(/\]\(https?:|<https?:|https?:\/\/|\bwww\./);
    expect(JSON.stringify({ body: card.body, actions: card.actions })).not.toMatch(/[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/);
  });
});

it('asks every template question in the check-in form, required ones marked', () => {
  const form = elements(CARDS[4][1]).filter((e) => e.type.startsWith('Input.'));
  expect(form.map((e) => e.id)).toEqual(version.questions.map((q) => q.key));
  expect(form.filter((e) => e.isRequired).map((e) => e.id)).toEqual(['overall', 'goals', 'quality', 'economy', 'benefits', 'trust', 'control', 'anchoring', 'capacity']);
});
