import { sampleData } from '../cards/samples';
import { withoutWrittenAnswers, writtenAnswers } from './reporting';
import { quotedInTertial } from './reports';
import type { Collaboration } from './types';

const KEYS = ['overallComment', 'economyComment', 'risks', 'decisionText', 'celebrate'];

/** A sample collaboration whose latest answer carries words everywhere a leader can write them. */
function wordy(): Collaboration {
  const [collaboration] = sampleData().collaborations;
  const [digest] = collaboration.status.latest;
  return {
    ...collaboration,
    status: {
      ...collaboration.status,
      latest: [{ ...digest, answers: { ...digest.answers, overall: 'red', economy: 'minor', decisionNeeded: true, goals: 4, trust: null, risks: 'Kari slutter', celebrate: 'Ny rutine', decisionText: 'Ny avtale' }, benefits: { b1: { value: 3, comment: 'Ola har regnet' } } }]
    },
    benefits: { years: [], benefits: [{ id: 'b1', kind: 'time', indicator: 'Dager', baseline: 10, target: 5, since: '2026-01-01', targetDate: '2027-01-01', realised: [{ period: '2026-M10', value: 7, comment: 'Ola har regnet', submittedAt: '2026-11-01T08:00:00.000Z' }] }] }
  };
}

describe('a collaboration without what leaders wrote', () => {
  it('keeps colours, scores, economy and the decision flag, and loses every free text and benefit comment', () => {
    const read = withoutWrittenAnswers(wordy());
    const [answers] = read.status.latest.map((d) => d.answers);
    expect(answers).toMatchObject({ overall: 'red', economy: 'minor', decisionNeeded: true, goals: 4, trust: null });
    for (const key of KEYS) expect(writtenAnswers(read, key)).toEqual([]);
    expect(JSON.stringify(read)).not.toContain('Ola har regnet');
    expect(read.status.latest[0].benefits).toEqual({ b1: { value: 3 } });
    expect(read.benefits?.benefits[0].realised[0]).toEqual({ period: '2026-M10', value: 7, submittedAt: '2026-11-01T08:00:00.000Z' });
    expect(read.status.periods).toEqual(wordy().status.periods);
  });

  it('quotes no one in a tertial report, where the full collaboration quotes its leader', () => {
    const collaboration = wordy();
    const now = new Date(collaboration.status.periods[0].lastSubmittedAt);
    expect(quotedInTertial([collaboration], now)).toEqual([collaboration.status.latest[0].respondent]);
    expect(quotedInTertial([withoutWrittenAnswers(collaboration)], now)).toEqual([]);
  });
});
