import { currentVersion } from './template';
import {
  countAnswer, defaultBarometer, defaultEvaluation, emptyTally, evaluationCells, meanOf, nextPartnerView, partnerViewOf, previousPartnerMeans, readAnswer, resultsOf,
  shownGroups, storedCells, type PartnerView, type SurveyAnswer, type SurveyRound, type SurveyTally
} from './survey';

const round = (cells: string[], threshold = 5): SurveyRound => ({
  id: 'barometer-2026-11-26', templateId: 'tillitsbarometer', templateVersion: 1, opensAt: '2026-11-26T08:00:00.000Z',
  closesAt: '2026-12-17T08:00:00.000Z', reminders: [], threshold, cells, invited: {}
});
const questions = currentVersion(defaultBarometer('x')).questions;

/** A tally after answers from the given groups, everybody answering `value` on «Felles mål» and writing `text`. */
function tallyOf(r: SurveyRound, people: { municipalityId?: string; level: 'administrative' | 'political'; value: 1 | 2 | 3 | 4 | 5 | 'dontKnow'; text?: string }[]): SurveyTally {
  return people.reduce((tally, p, i) => {
    const answer: SurveyAnswer = { scale: { commonGoal: p.value }, ...(p.text ? { text: p.text } : {}) };
    return countAnswer(tally, r, p, answer, `token-${i}`)!;
  }, emptyTally('indre-namdal', r.id));
}

describe('threshold with complementary suppression', () => {
  it('shows groups of 5 and 6 and hides 2 and 3, which together reach 5 and cannot be derived', () => {
    expect(shownGroups({ a: 2, b: 3, c: 5, d: 6 }, 5)).toEqual(['c', 'd']);
  });

  it('hides the smallest shown group too when the hidden rest alone would fall below N', () => {
    // Total 13: showing 5 and 6 would give away the 2 by subtraction.
    expect(shownGroups({ a: 2, c: 5, d: 6 }, 5)).toEqual(['d']);
    expect(shownGroups({ b: 3, c: 5 }, 5)).toEqual([]);
    expect(shownGroups({ a: 2, b: 3 }, 5)).toEqual([]);
  });

  it('lets a group of 3 through at N = 3, and never shows anything when the total is below N', () => {
    expect(shownGroups({ a: 2, b: 3, c: 5, d: 6 }, 3)).toEqual(['c', 'd']);
    expect(shownGroups({ b: 3, c: 5, d: 6 }, 3)).toEqual(['b', 'c', 'd']);
    expect(shownGroups({ a: 2, b: 2 }, 5)).toEqual([]);
  });

  it('counts people without a group in the hidden rest', () => {
    expect(shownGroups({ c: 5, d: 6, '-': 2 }, 5, ['-'])).toEqual(['d']);
    expect(shownGroups({ c: 5, d: 6, '-': 0 }, 5, ['-'])).toEqual(['c', 'd']);
  });
});

describe('what is stored apart', () => {
  it('stores a level or municipality apart only when its invited group, and the rest, reach N', () => {
    const invited = { 'grong/administrative': 6, 'grong/political': 2, 'lierne/administrative': 3, 'lierne/political': 3, '-/administrative': 1 };
    // Levels: administrative 10, political 5. Municipalities: Grong 8, Lierne 6, no municipality 1 → Lierne is hidden with it.
    expect(storedCells(invited, 5)).toEqual(['all', 'level:administrative', 'level:political', 'municipality:grong']);
    expect(storedCells({ 'grong/administrative': 4 }, 5)).toEqual([]);
  });

  it('counts an answer only in the stored cells of the respondent, with no trace of who gave it', () => {
    const r = round(['all', 'level:administrative', 'municipality:grong']);
    const tally = countAnswer(emptyTally('n', r.id), r, { municipalityId: 'lierne', level: 'political' }, { scale: { commonGoal: 2 }, text: 'Bra' }, 'tok')!;
    expect(tally.respondents).toEqual({ all: 1 });
    expect(tally.counts).toEqual({ all: { commonGoal: [0, 1, 0, 0, 0, 0] } });
    expect(countAnswer(tally, r, { level: 'political' }, { scale: {} }, 'tok')).toBeUndefined();
  });

  it('keeps free texts and tokens sorted, so their order does not tell who came first', () => {
    const r = round(['all']);
    const tally = tallyOf(r, [{ level: 'administrative', value: 4, text: 'Ønsker mer åpenhet' }, { level: 'administrative', value: 4, text: 'Bedre møter' }]);
    expect(tally.texts).toEqual(['Bedre møter', 'Ønsker mer åpenhet']);
    expect(tally.applied).toEqual(['token-0', 'token-1']);
  });
});

describe('reading a submitted card', () => {
  const version = currentVersion(defaultBarometer('x'));
  it('accepts 1–5, «Vet ikke» and text, skipping empty answers', () => {
    expect(readAnswer(version, { commonGoal: '4', closer: 'dontKnow', community: '', comment: ' Fint ' })).toEqual({ answer: { scale: { commonGoal: 4, closer: 'dontKnow' }, text: 'Fint' } });
  });
  it('refuses forged keys, values out of range and over-long text', () => {
    expect(readAnswer(version, { commonGoal: '6', forged: '3', closer: 2, comment: 'x'.repeat(1001) })).toEqual({
      problems: [{ key: 'commonGoal', problem: 'range' }, { key: 'forged', problem: 'unknown' }, { key: 'closer', problem: 'range' }, { key: 'comment', problem: 'length' }]
    });
  });
});

describe('results', () => {
  const r = round(['all', 'level:administrative', 'level:political', 'municipality:grong', 'municipality:lierne']);

  it('withholds everything, free text too, below N respondents', () => {
    const tally = tallyOf(r, Array.from({ length: 4 }, () => ({ municipalityId: 'grong', level: 'administrative' as const, value: 5 as const, text: 'Hemmelig' })));
    expect(resultsOf(r, tally, questions)).toEqual({ shown: false, respondents: 4, threshold: 5 });
  });

  it('shows shares agreeing, disagreeing and «Vet ikke» per level and municipality, largest gap first, texts unattributed', () => {
    const admins = Array.from({ length: 6 }, (_, i) => ({ municipalityId: 'grong', level: 'administrative' as const, value: (i < 5 ? 4 : 1) as 4 | 1 }));
    const politicians = Array.from({ length: 5 }, (_, i) => ({ municipalityId: 'lierne', level: 'political' as const, value: (i < 2 ? 2 : i < 4 ? 5 : 'dontKnow') as 2 | 5 | 'dontKnow', text: `Tekst ${i}` }));
    const tally = { ...tallyOf(r, [...admins, ...politicians]), baseline: { commonGoal: 50 } };
    const results = resultsOf(r, tally, questions);
    if (!results.shown) throw new Error('expected results');
    expect(results.respondents).toBe(11);
    const goal = results.questions[0];
    expect(goal.question.key).toBe('commonGoal');
    expect(goal.all).toEqual({ agree: 64, disagree: 27, dontKnow: 9, answered: 11 });
    expect(goal.levels).toEqual({ administrative: { agree: 83, disagree: 17, dontKnow: 0, answered: 6 }, political: { agree: 40, disagree: 40, dontKnow: 20, answered: 5 } });
    expect(goal.gap).toBe(43);
    expect(goal.change).toBe(14);
    expect(goal.municipalities.map((m) => m.municipalityId)).toEqual(['grong', 'lierne']);
    expect(results.texts).toEqual(['Tekst 0', 'Tekst 1', 'Tekst 2', 'Tekst 3', 'Tekst 4']);
  });

  it('hides a level of 3 and, so it cannot be derived, the other level too', () => {
    const people = [
      ...Array.from({ length: 6 }, () => ({ municipalityId: 'grong', level: 'administrative' as const, value: 4 as const })),
      ...Array.from({ length: 3 }, () => ({ municipalityId: 'lierne', level: 'political' as const, value: 1 as const }))
    ];
    const results = resultsOf(r, tallyOf(r, people), questions);
    if (!results.shown) throw new Error('expected results');
    expect(results.questions[0].levels).toEqual({});
    expect(results.questions[0].municipalities).toEqual([]);
    expect(results.questions[0].all.agree).toBe(67);
  });
});

describe('the yearly evaluation of one collaboration', () => {
  const evaluationQuestions = currentVersion(defaultEvaluation('x')).questions;

  it('counts its partners apart only as a whole, or per municipality where that reaches N', () => {
    expect(evaluationCells({ 'lierne/administrative': 2, 'namsskogan/administrative': 3 }, 5)).toEqual(['all']);
    expect(evaluationCells({ 'lierne/administrative': 5, 'namsskogan/administrative': 6 }, 5)).toEqual(['all', 'municipality:lierne', 'municipality:namsskogan']);
    expect(evaluationCells({ 'lierne/administrative': 2, 'namsskogan/administrative': 2 }, 5)).toEqual([]);
  });

  it('gives the partners’ means, «Vet ikke» left out, only from N answers on', () => {
    expect(meanOf([1, 0, 2, 0, 0, 7])).toBe(2.3);
    expect(meanOf([0, 0, 0, 0, 0, 3])).toBeUndefined();
    const r = { ...round(['all']), kind: 'evaluation' as const };
    const answers = (n: number) => Array.from({ length: n }, (_, i) => ({ scale: { quality: (i % 2 ? 2 : 3) as 2 | 3, trust: 'dontKnow' as const } }));
    const tally = (n: number) => answers(n).reduce((t, a, i) => countAnswer(t, r, { municipalityId: 'lierne', level: 'administrative' }, a, `e${i}`)!, emptyTally('x', r.id));
    for (const n of [2, 3]) expect(partnerViewOf(r, tally(n), evaluationQuestions)).toBeUndefined();
    expect(partnerViewOf(r, tally(5), evaluationQuestions)).toEqual({ roundId: r.id, closedAt: r.closesAt, respondents: 5, means: { quality: 2.6 } });
    expect(partnerViewOf(r, tally(6), evaluationQuestions)?.means).toEqual({ quality: 2.5 });
  });
});

describe('the partners’ view from one evaluation to the next', () => {
  const view = (roundId: string, closedAt: string, quality: number): PartnerView => ({ roundId, closedAt, respondents: 6, means: { quality } });
  const y2026 = view('evaluering-2026', '2026-03-23T08:00:00.000Z', 2.6);
  const y2027 = view('evaluering-2027', '2027-04-01T08:00:00.000Z', 1);

  it('keeps last year’s means beside this year’s, and settling the same round again changes nothing', () => {
    const kept = nextPartnerView(y2026, y2027);
    expect(kept).toEqual({ ...y2027, previous: { closedAt: y2026.closedAt, means: { quality: 2.6 } } });
    expect(nextPartnerView(kept, y2027)).toEqual(kept);
    expect(nextPartnerView(undefined, y2027)).toEqual(y2027);
  });

  it('drops the view of a year withheld below N, so the next year has nothing to compare with', () => {
    expect(nextPartnerView(y2026, undefined)).toBeUndefined();
  });

  it('finds the year before a round whether or not the round’s own view is kept yet', () => {
    const round = { id: 'evaluering-2027', closesAt: y2027.closedAt };
    expect(previousPartnerMeans(y2026, round)).toEqual({ closedAt: y2026.closedAt, means: { quality: 2.6 } });
    expect(previousPartnerMeans(nextPartnerView(y2026, y2027), round)).toEqual({ closedAt: y2026.closedAt, means: { quality: 2.6 } });
    expect(previousPartnerMeans(y2027, { id: 'evaluering-2026', closesAt: y2026.closedAt })).toBeUndefined();
    expect(previousPartnerMeans(undefined, round)).toBeUndefined();
  });
});
