import { card, largestFitting, shared, teamsSize, textBlock, TEAMS_MESSAGE_BUDGET } from './card';

/** A card of `shown` lines of 1,000 characters, saying how many of `count` were left out. */
const listOf = (count: number) => (shown: number) =>
  card([
    ...Array.from({ length: shown }, (_, i) => textBlock(`${i} `.padEnd(1000, 'æ'))),
    ...(shown < count ? [textBlock(`${count - shown} til`)] : [])
  ]);

describe('largestFitting', () => {
  it('keeps a list that fits whole, with nothing said about leaving out', () => {
    const built = largestFitting(5, listOf(5));
    expect(built.body).toHaveLength(5);
  });

  it('cuts a list too large for Teams at the longest start that fits, and the card says how many were left out', () => {
    const built = largestFitting(200, listOf(200));
    const shown = built.body.length - 1;

    expect(teamsSize(built)).toBeLessThanOrEqual(TEAMS_MESSAGE_BUDGET);
    expect(teamsSize(listOf(200)(shown + 1))).toBeGreaterThan(TEAMS_MESSAGE_BUDGET);
    expect(built.body.at(-1)!.text).toBe(`${200 - shown} til`);
    expect(shown).toBe(39); // 40 lines of 2 KB as Teams counts them pass 80 KB with the card around them
  });
});

describe('shared', () => {
  it('freezes a card all the way down, so a turn that tried to change one shown to others would fail, and keeps its size', () => {
    const built = listOf(3)(3);
    const size = teamsSize(built);
    const kept = shared(built);
    expect(teamsSize(kept)).toBe(size);
    expect(() => kept.body.push(textBlock('mer'))).toThrow(TypeError);
    expect(() => Object.assign(kept.body[0]!, { text: 'endret' })).toThrow(TypeError);
    expect(teamsSize(kept)).toBe(size);
  });
});
