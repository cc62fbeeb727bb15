import { parseAnswers, UNKNOWN_SCALE, type AnswerError } from './answers';
import { currentVersion, fellesStatusmal, TEXT_MAX_LENGTH, type TemplateVersion } from './template';

const version = currentVersion(fellesStatusmal('n'));

/** A complete, valid card submission as Adaptive Cards sends it: every value a string. */
const valid = (): Record<string, unknown> => ({
  overall: 'green',
  goals: '4',
  quality: '3',
  economy: 'within',
  benefits: UNKNOWN_SCALE,
  trust: '5',
  control: '2',
  anchoring: '1',
  capacity: '3',
  decisionNeeded: 'false'
});

function errorsOf(raw: Record<string, unknown>, v: TemplateVersion = version): AnswerError[] {
  const parsed = parseAnswers(v, raw);
  if (parsed.ok) throw new Error(`expected errors, got ${JSON.stringify(parsed.answers)}`);
  return parsed.errors;
}

function answersOf(raw: Record<string, unknown>, v: TemplateVersion = version) {
  const parsed = parseAnswers(v, raw);
  if (!parsed.ok) throw new Error(`expected answers, got ${JSON.stringify(parsed.errors)}`);
  return parsed.answers;
}

describe('parseAnswers with «Felles statusmal»', () => {
  it('turns a full submission into typed values', () => {
    const answers = answersOf({
      ...valid(),
      overall: 'yellow',
      overallComment: '  Ny leder fra 1. mars, opplæring pågår.  ',
      economy: 'minor',
      economyComment: 'Overtid i januar',
      risks: 'Sårbart ved fravær',
      decisionNeeded: 'true',
      decisionText: 'Kostnadsnøkkel for 2027 må vedtas',
      celebrate: 'Alle lønnskjøringer i tide'
    });
    expect(answers).toEqual({
      overall: 'yellow',
      overallComment: 'Ny leder fra 1. mars, opplæring pågår.',
      goals: 4,
      quality: 3,
      economy: 'minor',
      economyComment: 'Overtid i januar',
      benefits: null,
      trust: 5,
      control: 2,
      anchoring: 1,
      capacity: 3,
      risks: 'Sårbart ved fravær',
      decisionNeeded: true,
      decisionText: 'Kostnadsnøkkel for 2027 må vedtas',
      celebrate: 'Alle lønnskjøringer i tide'
    });
  });

  it('reads scale "4" as the number 4 and «Vet ikke» as null', () => {
    const answers = answersOf({ ...valid(), goals: '4', benefits: 'unknown' });
    expect(answers.goals).toBe(4);
    expect(answers.benefits).toBeNull();
    expect('benefits' in answers).toBe(true);
  });

  it('reads the toggle as a boolean', () => {
    expect(answersOf({ ...valid(), decisionNeeded: 'false' }).decisionNeeded).toBe(false);
    expect(answersOf({ ...valid(), decisionNeeded: 'true', decisionText: 'Ny avtale' }).decisionNeeded).toBe(true);
  });

  it('also accepts already typed values (numbers and booleans)', () => {
    const answers = answersOf({ ...valid(), goals: 5, decisionNeeded: false });
    expect(answers.goals).toBe(5);
    expect(answers.decisionNeeded).toBe(false);
  });

  it('leaves out optional text that was not given', () => {
    const answers = answersOf(valid());
    expect(answers).not.toHaveProperty('overallComment');
    expect(answers).not.toHaveProperty('risks');
    expect(answers).not.toHaveProperty('celebrate');
  });

  describe('required answers', () => {
    it('reports every missing required answer', () => {
      const errors = errorsOf({});
      expect(errors).toEqual(
        ['overall', 'goals', 'quality', 'economy', 'benefits', 'trust', 'control', 'anchoring', 'capacity', 'decisionNeeded'].map(
          (key) => ({ key, code: 'required' })
        )
      );
    });

    it('reports just the one that is missing', () => {
      const { trust: _trust, ...withoutTrust } = valid();
      expect(errorsOf(withoutTrust)).toEqual([{ key: 'trust', code: 'required' }]);
    });

    it('treats blank and whitespace-only strings as missing', () => {
      expect(errorsOf({ ...valid(), overall: '' })).toEqual([{ key: 'overall', code: 'required' }]);
      expect(errorsOf({ ...valid(), economy: '   ' })).toEqual([{ key: 'economy', code: 'required' }]);
      expect(errorsOf({ ...valid(), overall: 'red', overallComment: ' \n ' })).toEqual([
        { key: 'overallComment', code: 'required' }
      ]);
    });

    it('drops blank optional text instead of storing an empty string', () => {
      const answers = answersOf({ ...valid(), risks: '   ', celebrate: '' });
      expect(answers).not.toHaveProperty('risks');
      expect(answers).not.toHaveProperty('celebrate');
    });
  });

  describe('answers required by another answer', () => {
    it('needs a comment for yellow and red, not for green', () => {
      expect(errorsOf({ ...valid(), overall: 'yellow' })).toEqual([{ key: 'overallComment', code: 'required' }]);
      expect(errorsOf({ ...valid(), overall: 'red' })).toEqual([{ key: 'overallComment', code: 'required' }]);
      expect(answersOf({ ...valid(), overall: 'green' })).not.toHaveProperty('overallComment');
      expect(answersOf({ ...valid(), overall: 'red', overallComment: 'Mangler jurist' }).overallComment).toBe('Mangler jurist');
    });

    it('needs decision text when a decision is needed, not otherwise', () => {
      expect(errorsOf({ ...valid(), decisionNeeded: 'true' })).toEqual([{ key: 'decisionText', code: 'required' }]);
      expect(errorsOf({ ...valid(), decisionNeeded: true })).toEqual([{ key: 'decisionText', code: 'required' }]);
      expect(answersOf({ ...valid(), decisionNeeded: 'false' })).not.toHaveProperty('decisionText');
    });

    it('keeps a comment given for green all the same', () => {
      expect(answersOf({ ...valid(), overallComment: 'Godt i rute' }).overallComment).toBe('Godt i rute');
    });
  });

  describe('invalid values', () => {
    it.each([
      ['goals', '0'],
      ['goals', '6'],
      ['goals', '4.5'],
      ['goals', 'fire'],
      ['goals', 6],
      ['goals', 3.5],
      ['goals', true],
      ['goals', null],
      ['overall', 'blue'],
      ['overall', 'Grønn'],
      ['overall', 'GREEN'],
      ['economy', 'huge'],
      ['decisionNeeded', 'yes'],
      ['decisionNeeded', 1],
      ['risks', 42],
      ['risks', ['a', 'b']]
    ])('refuses %s = %p', (key, value) => {
      expect(errorsOf({ ...valid(), [key]: value })).toContainEqual({ key, code: 'invalid' });
    });

    it('does not ask for a comment when the colour itself is invalid', () => {
      expect(errorsOf({ ...valid(), overall: 'purple' })).toEqual([{ key: 'overall', code: 'invalid' }]);
    });
  });

  describe('too long text', () => {
    it('accepts text up to the limit and refuses one character more', () => {
      const longest = 'a'.repeat(TEXT_MAX_LENGTH);
      expect(answersOf({ ...valid(), risks: longest }).risks).toBe(longest);
      expect(errorsOf({ ...valid(), risks: `${longest}a` })).toEqual([{ key: 'risks', code: 'tooLong' }]);
    });

    it('counts a too long required comment as too long, not as missing', () => {
      expect(errorsOf({ ...valid(), overall: 'red', overallComment: 'x'.repeat(TEXT_MAX_LENGTH + 1) })).toEqual([
        { key: 'overallComment', code: 'tooLong' }
      ]);
    });

    it('applies the default limit to a text question that sets none', () => {
      const custom: TemplateVersion = {
        version: 2,
        validFrom: '2027-01-01',
        questions: [{ key: 'note', kind: 'text', label: 'Merknad', short: 'Merknad', required: true }]
      };
      expect(answersOf({ note: 'Kort merknad' }, custom)).toEqual({ note: 'Kort merknad' });
      expect(errorsOf({ note: 'x'.repeat(TEXT_MAX_LENGTH + 1) }, custom)).toEqual([{ key: 'note', code: 'tooLong' }]);
    });
  });

  it('keeps tab and line breaks in a text answer and drops the control characters a spreadsheet cannot hold', () => {
    const answers = answersOf({ ...valid(), risks: 'Lønn\u0000kjøring\r\nfeilet\u0007\ti\u001Fnatt\rigjen\uFFFE\uFFFF' });
    expect(answers.risks).toBe('Lønnkjøring\nfeilet\tinatt\nigjen');
  });

  describe('unknown fields', () => {
    it('refuses fields the template does not have (forged card data)', () => {
      expect(errorsOf({ ...valid(), isAdmin: 'true' })).toEqual([{ key: 'isAdmin', code: 'unknown' }]);
    });

    it('refuses a question retired from this version', () => {
      const v1 = { ...version, questions: version.questions.filter((q) => q.key !== 'celebrate') };
      expect(errorsOf({ ...valid(), celebrate: 'Ny avtale signert' }, v1)).toEqual([{ key: 'celebrate', code: 'unknown' }]);
    });

    it('reports unknown fields together with other errors', () => {
      const errors = errorsOf({ ...valid(), overall: 'blue', extra: 'x' });
      expect(errors).toEqual(expect.arrayContaining([{ key: 'extra', code: 'unknown' }, { key: 'overall', code: 'invalid' }]));
      expect(errors).toHaveLength(2);
    });
  });
});
