import { buildStatus, direction, emptyStatus, foldCheckIn, mostMoved, STATUS_HISTORY_LENGTH, statusWindowStart, summarizePeriod } from './status';
import { shiftPeriod } from './period';
import type { Answers, CheckIn, PeriodSummary, Person } from './types';

const person = (aadObjectId: string, name: string, tenantId = 'tenant-grong'): Person => ({ tenantId, aadObjectId, name });
const kari = person('u-kari', 'Kari Nordmann');
const ola = person('u-ola', 'Ola Nordmann', 'tenant-lierne');
const per = person('u-per', 'Per Hansen', 'tenant-royrvik');

const green: Answers = {
  overall: 'green',
  goals: 4,
  quality: 4,
  economy: 'within',
  benefits: 3,
  trust: 5,
  control: 4,
  anchoring: 3,
  capacity: 2,
  decisionNeeded: false
};

let counter = 0;
function checkIn(period: string, respondent: Person, answers: Partial<Answers>, submittedAt: string): CheckIn {
  counter += 1;
  return {
    id: `${period}:${respondent.tenantId}:${respondent.aadObjectId}:${counter}`,
    collaborationId: 'in-lonn',
    networkId: 'indre-namdal',
    period,
    respondent,
    templateId: 'felles-statusmal',
    templateVersion: 1,
    answers: { ...green, ...answers } as Answers,
    submittedAt
  };
}

describe('buildStatus', () => {
  it('is empty without check-ins', () => {
    expect(buildStatus([])).toEqual(emptyStatus());
    expect(emptyStatus()).toEqual({ periods: [], latest: [] });
  });

  it('groups check-ins by period, newest period first', () => {
    const status = buildStatus([
      checkIn('2025-T3', kari, {}, '2025-12-20T10:00:00Z'),
      checkIn('2026-T2', kari, {}, '2026-08-20T10:00:00Z'),
      checkIn('2026-T1', ola, {}, '2026-04-28T10:00:00Z'),
      checkIn('2026-T1', kari, {}, '2026-04-29T10:00:00Z')
    ]);
    expect(status.periods.map((p) => [p.period, p.respondents])).toEqual([
      ['2026-T2', 1],
      ['2026-T1', 2],
      ['2025-T3', 1]
    ]);
  });

  it('orders monthly periods by month, not as text (M10 after M09)', () => {
    const status = buildStatus([
      checkIn('2026-M09', kari, {}, '2026-09-20T10:00:00Z'),
      checkIn('2026-M10', kari, {}, '2026-10-20T10:00:00Z'),
      checkIn('2025-M12', kari, {}, '2025-12-20T10:00:00Z')
    ]);
    expect(status.periods.map((p) => p.period)).toEqual(['2026-M10', '2026-M09', '2025-M12']);
  });

  it(`keeps only the newest ${STATUS_HISTORY_LENGTH} periods`, () => {
    const newest = '2026-M06';
    const checkIns = Array.from({ length: STATUS_HISTORY_LENGTH + 4 }, (_, i) =>
      checkIn(shiftPeriod(newest, -i), kari, {}, `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`)
    ).reverse();
    const status = buildStatus(checkIns);
    expect(status.periods).toHaveLength(STATUS_HISTORY_LENGTH);
    expect(status.periods[0].period).toBe(newest);
    expect(status.periods.at(-1)!.period).toBe(shiftPeriod(newest, -(STATUS_HISTORY_LENGTH - 1)));
    expect(status.periods.at(-1)!.period).toBe(statusWindowStart(newest));
  });

  it('shows the worst colour and the worst economy: nobody’s warning is averaged away', () => {
    const [summary] = buildStatus([
      checkIn('2026-T1', kari, { overall: 'green', economy: 'within' }, '2026-04-01T10:00:00Z'),
      checkIn('2026-T1', ola, { overall: 'red', economy: 'minor' }, '2026-04-02T10:00:00Z'),
      checkIn('2026-T1', per, { overall: 'yellow', economy: 'major' }, '2026-04-03T10:00:00Z')
    ]).periods;
    expect(summary.overall).toBe('red');
    expect(summary.economy).toBe('major');
  });

  it('shows yellow over green whatever the order of answers', () => {
    const a = checkIn('2026-T1', kari, { overall: 'yellow' }, '2026-04-01T10:00:00Z');
    const b = checkIn('2026-T1', ola, { overall: 'green' }, '2026-04-02T10:00:00Z');
    expect(buildStatus([a, b]).periods[0].overall).toBe('yellow');
    expect(buildStatus([b, a]).periods[0].overall).toBe('yellow');
  });

  it('leaves economy out when nobody answered it (an older template)', () => {
    const { economy: _economy, ...withoutEconomy } = green;
    const only = { ...checkIn('2026-T1', kari, {}, '2026-04-01T10:00:00Z'), answers: withoutEconomy };
    expect(buildStatus([only]).periods[0]).not.toHaveProperty('economy');
  });

  it('averages scale answers, ignores «Vet ikke» and rounds to one decimal', () => {
    const [summary] = buildStatus([
      checkIn('2026-T1', kari, { goals: 4, trust: 3, capacity: null }, '2026-04-01T10:00:00Z'),
      checkIn('2026-T1', ola, { goals: 4, trust: null, capacity: null }, '2026-04-02T10:00:00Z'),
      checkIn('2026-T1', per, { goals: 3, trust: 4, capacity: null }, '2026-04-03T10:00:00Z')
    ]).periods;
    expect(summary.means.goals).toBe(3.7); // 11 / 3
    expect(summary.means.trust).toBe(3.5); // null left out: (3 + 4) / 2, not 7 / 3
    expect(summary.means).not.toHaveProperty('capacity'); // everybody said «Vet ikke»
    expect(summary.means.quality).toBe(4);
  });

  it('averages only numbers: colour, economy, toggles and text are not means', () => {
    const [summary] = buildStatus([
      checkIn('2026-T1', kari, { decisionNeeded: true, decisionText: 'Ny avtale', risks: 'Få søkere' }, '2026-04-01T10:00:00Z')
    ]).periods;
    expect(Object.keys(summary.means).sort()).toEqual(['anchoring', 'benefits', 'capacity', 'control', 'goals', 'quality', 'trust']);
  });

  it('needs a decision if any one leader asks for it', () => {
    const status = buildStatus([
      checkIn('2026-T2', kari, { decisionNeeded: false }, '2026-06-01T10:00:00Z'),
      checkIn('2026-T2', ola, { decisionNeeded: true, decisionText: 'Ny kostnadsnøkkel' }, '2026-06-02T10:00:00Z'),
      checkIn('2026-T1', kari, { decisionNeeded: false }, '2026-03-01T10:00:00Z')
    ]);
    expect(status.periods.map((p) => p.decisionNeeded)).toEqual([true, false]);
  });

  it('records when the last answer of each period came in', () => {
    const [summary] = buildStatus([
      checkIn('2026-T1', ola, {}, '2026-04-29T10:00:00Z'),
      checkIn('2026-T1', kari, {}, '2026-04-30T09:00:00Z'),
      checkIn('2026-T1', per, {}, '2026-04-02T10:00:00Z')
    ]).periods;
    expect(summary.lastSubmittedAt).toBe('2026-04-30T09:00:00Z');
  });

  it('keeps every respondent of the newest period in latest, oldest answer first, and nobody else', () => {
    const status = buildStatus([
      checkIn('2026-T1', per, { overall: 'green' }, '2026-04-10T10:00:00Z'),
      checkIn('2026-T2', ola, { overall: 'red', overallComment: 'Mangler folk' }, '2026-06-02T10:00:00Z'),
      checkIn('2026-T2', kari, { overall: 'yellow', overallComment: 'Ny leder' }, '2026-05-20T10:00:00Z')
    ]);
    expect(status.latest.map((d) => d.respondent.name)).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(status.latest.every((d) => d.period === '2026-T2')).toBe(true);
    expect(status.latest[1]).toEqual({
      respondent: ola,
      period: '2026-T2',
      templateVersion: 1,
      answers: { ...green, overall: 'red', overallComment: 'Mangler folk' },
      submittedAt: '2026-06-02T10:00:00Z'
    });
  });

  it('keeps digests small: no ids or network details in latest', () => {
    const status = buildStatus([checkIn('2026-T2', kari, {}, '2026-06-02T10:00:00Z')]);
    expect(Object.keys(status.latest[0]).sort()).toEqual(['answers', 'period', 'respondent', 'submittedAt', 'templateVersion']);
  });

  it('does not reorder the caller’s array', () => {
    const checkIns = [
      checkIn('2026-T2', ola, {}, '2026-06-02T10:00:00Z'),
      checkIn('2026-T2', kari, {}, '2026-05-20T10:00:00Z')
    ];
    const before = [...checkIns];
    buildStatus(checkIns);
    expect(checkIns).toEqual(before);
  });
});

describe('summarizePeriod', () => {
  it('is green with no means for a period without answers', () => {
    expect(summarizePeriod('2026-T1', [])).toEqual({
      period: '2026-T1',
      overall: 'green',
      means: {},
      respondents: 0,
      decisionNeeded: false,
      lastSubmittedAt: ''
    });
  });
});

describe('direction', () => {
  it('is up or down from half a step', () => {
    expect(direction(4, 3.5)).toBe('up');
    expect(direction(3.5, 4)).toBe('down');
    expect(direction(4.5, 2)).toBe('up');
    expect(direction(1, 5)).toBe('down');
  });

  it('is the same for less than half a step', () => {
    expect(direction(3.4, 3)).toBe('same');
    expect(direction(3, 3.4)).toBe('same');
    expect(direction(3, 3)).toBe('same');
  });

  it('counts exactly half a step between one-decimal means as a change, despite float rounding', () => {
    // 2.3 − 1.8 and 4.1 − 3.6 are a hair under 0.5 in floating point.
    expect(direction(2.3, 1.8)).toBe('up');
    expect(direction(1.8, 2.3)).toBe('down');
    expect(direction(4.1, 3.6)).toBe('up');
    expect(direction(3.6, 4.1)).toBe('down');
  });

  it('has no direction without both values', () => {
    expect(direction(undefined, 3)).toBeUndefined();
    expect(direction(3, undefined)).toBeUndefined();
    expect(direction(undefined, undefined)).toBeUndefined();
  });
});

describe('foldCheckIn', () => {
  const history = [
    checkIn('2026-M09', kari, { overall: 'green' }, '2026-09-10T08:00:00Z'),
    checkIn('2026-M10', kari, { overall: 'yellow', trust: 2 }, '2026-10-10T08:00:00Z'),
    checkIn('2026-M10', ola, { overall: 'green', trust: 4 }, '2026-10-11T08:00:00Z')
  ];

  it('gives the same status as rebuilding from every check-in, answer by answer', () => {
    const next = [...history, checkIn('2026-M10', kari, { overall: 'red', trust: 1 }, '2026-10-12T08:00:00Z'), checkIn('2026-M11', per, { overall: 'green' }, '2026-11-02T08:00:00Z')];
    let folded = emptyStatus();
    for (const c of next) folded = foldCheckIn(folded, c)!;
    const replacedKari = next.filter((c) => !(c.period === '2026-M10' && c.respondent === kari && c.answers.overall === 'yellow'));
    expect(folded).toEqual(buildStatus(replacedKari));
  });

  it('replaces a respondent’s earlier answer for the same period instead of counting it twice', () => {
    const status = foldCheckIn(buildStatus(history), checkIn('2026-M10', ola, { overall: 'red', trust: 2 }, '2026-10-20T08:00:00Z'))!;
    expect(status.periods[0]).toMatchObject({ period: '2026-M10', respondents: 2, overall: 'red', means: { trust: 2 } });
    expect(status.latest.map((d) => d.respondent.name)).toEqual(['Kari Nordmann', 'Ola Nordmann']);
  });

  it('asks for a rebuild when the answer is for an older period or another cadence', () => {
    expect(foldCheckIn(buildStatus(history), checkIn('2026-M09', ola, {}, '2026-10-20T08:00:00Z'))).toBeUndefined();
    expect(foldCheckIn(buildStatus(history), checkIn('2026-T3', ola, {}, '2026-10-20T08:00:00Z'))).toBeUndefined();
  });
});

describe('mostMoved', () => {
  const period = (key: string, means: Record<string, number>): PeriodSummary => ({
    period: key, overall: 'green', means, respondents: 1, decisionNeeded: false, lastSubmittedAt: '2026-01-01T00:00:00Z'
  });
  // Newest first, as stored.
  const periods = [
    period('2026-M11', { trust: 2, quality: 4.1, goals: 3, capacity: 5 }),
    period('2026-M10', { trust: 3, quality: 4, goals: 3 }),
    period('2026-M09', { trust: 4.5, quality: 4, goals: 2.5, anchoring: 3 })
  ];

  it('picks the questions that moved most between the earliest and latest kept period, either way, biggest first', () => {
    const moved = mostMoved(periods, ['goals', 'quality', 'trust', 'anchoring', 'capacity'], 2);
    expect(moved.map((m) => m.key)).toEqual(['trust', 'goals']);
    expect(moved[0]).toEqual({ key: 'trust', change: -2.5, points: [{ period: '2026-M09', mean: 4.5 }, { period: '2026-M10', mean: 3 }, { period: '2026-M11', mean: 2 }] });
  });

  it('leaves out questions answered in fewer than two periods, and keeps template order among equals', () => {
    expect(mostMoved(periods, ['anchoring', 'capacity'], 3)).toEqual([]);
    expect(mostMoved([period('2026-M11', { a: 3, b: 4 }), period('2026-M10', { a: 2, b: 3 })], ['b', 'a'], 3).map((m) => m.key)).toEqual(['b', 'a']);
    expect(mostMoved([], ['trust'], 3)).toEqual([]);
  });
});
