import { parseAnswers } from './answers';
import { periodBounds } from './period';
import { currentVersion, fellesStatusmal, nextValidFrom, pendingVersion, questionsEverAsked, versionFor, type Template } from './template';
import { keyFor, revise, type Revised, type Revision } from './templateRevision';

const NOVEMBER = new Date('2026-11-25T10:00:00+01:00');
const template = fellesStatusmal('indre-namdal');
const base = currentVersion(template);
const noChange: Revision = { wording: {}, retire: [] };

function revised(result: Revised): Template {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.template;
}

const keys = (t: Template) => currentVersion(t).questions.map((q) => q.key);
const start = (period: string) => periodBounds(period).start.toISODate()!;

describe('when a new version applies', () => {
  it('is the first of the next month in Norwegian time, whatever the server zone', () => {
    expect(nextValidFrom(NOVEMBER)).toBe('2026-12-01');
    expect(nextValidFrom(new Date('2026-12-31T23:30:00Z'))).toBe('2027-02-01'); // already 1 January in Oslo
    expect(nextValidFrom(new Date('2026-11-30T22:59:00Z'))).toBe('2026-12-01'); // still 30 November in Oslo
  });

  it('periods pick the highest version valid on their first day; periods before every version get the first', () => {
    const t: Template = {
      ...template,
      versions: [
        { ...base, version: 1, validFrom: '2026-01-01' },
        { ...base, version: 2, validFrom: '2026-12-01' },
        { ...base, version: 3, validFrom: '2026-12-01' },
        { ...base, version: 4, validFrom: '2027-03-01' }
      ]
    };
    expect(versionFor(t, start('2026-M11')).version).toBe(1);
    expect(versionFor(t, start('2026-M12')).version).toBe(3);
    expect(versionFor(t, start('2027-Q1')).version).toBe(3);
    expect(versionFor(t, start('2027-M03')).version).toBe(4);
    expect(versionFor(t, start('2025-T3')).version).toBe(1);
  });

  it('calls the newest version pending until its first day', () => {
    const t = revised(revise(template, { ...noChange, retire: ['celebrate'] }, NOVEMBER));
    expect(pendingVersion(t, NOVEMBER)?.version).toBe(2);
    expect(pendingVersion(t, new Date('2026-12-01T00:30:00+01:00'))).toBeUndefined();
    expect(pendingVersion(template, NOVEMBER)).toBeUndefined();
  });
});

describe('revise', () => {
  it('rewords a question under the same key, as a new version from the next period; the old one is untouched', () => {
    const t = revised(revise(template, { ...noChange, wording: { trust: { label: ' Hvor stor er tilliten mellom kommunene? ', short: 'Tillit' } } }, NOVEMBER));
    expect(t.versions.map((v) => [v.version, v.validFrom])).toEqual([[1, '2000-01-01'], [2, '2026-12-01']]);
    expect(currentVersion(t).questions.find((q) => q.key === 'trust')).toEqual({ ...base.questions.find((q) => q.key === 'trust'), label: 'Hvor stor er tilliten mellom kommunene?' });
    expect(t.versions[0]).toBe(base);
    expect(keys(t)).toEqual(base.questions.map((q) => q.key));
  });

  it('retires a question: left out of the new version, still in the old one', () => {
    const t = revised(revise(template, { ...noChange, retire: ['capacity', 'celebrate'] }, NOVEMBER));
    expect(keys(t)).not.toContain('capacity');
    expect(keys(t)).not.toContain('celebrate');
    expect(t.versions[0].questions.map((q) => q.key)).toContain('capacity');
    expect(parseAnswers(currentVersion(t), { capacity: '3' })).toMatchObject({ ok: false, errors: expect.arrayContaining([{ key: 'capacity', code: 'unknown' }]) });
  });

  it('adds scale questions among the scales and others last, with keys from the short label', () => {
    const scale = revised(revise(template, { ...noChange, add: { kind: 'scale', label: 'I hvilken grad er brukerne fornøyde?', short: 'Brukertilfredshet', required: true } }, NOVEMBER));
    expect(keys(scale).slice(10, 13)).toEqual(['capacity', 'brukertilfredshet', 'risks']);
    const text = revised(revise(template, { ...noChange, add: { kind: 'text', label: 'Hva har dere lært?', short: 'Læring og åpenhet', required: false } }, NOVEMBER));
    expect(currentVersion(text).questions.at(-1)).toEqual({ key: 'laeringOgApenhet', kind: 'text', label: 'Hva har dere lært?', short: 'Læring og åpenhet', required: false, maxLength: 1000 });
    const yesno = revised(revise(template, { ...noChange, add: { kind: 'yesno', label: 'Er avtalen revidert i år?', short: 'Avtale revidert', required: true } }, NOVEMBER));
    expect(currentVersion(yesno).questions.at(-1)).toMatchObject({ key: 'avtaleRevidert', kind: 'yesno', required: true });
  });

  it('never reuses a key, not even a retired one, and keeps clear of card fields and object built-ins', () => {
    const retired = revised(revise(template, { ...noChange, retire: ['trust'] }, NOVEMBER));
    expect(keyFor('Trust', retired)).toBe('trust2');
    expect(keyFor('Goals', template)).toBe('goals2');
    expect(keyFor('Period', template)).toBe('period2');
    expect(keyFor('Constructor', template)).toBe('constructor2');
    expect(keyFor('Kafé på Grøn', template)).toBe('kafePaGron');
    expect(keyFor('2026-mål', template)).toBe('q2026Mal');
    expect(keyFor('?!', template)).toBe('q');
  });

  it('makes one version per save; several before the same date all apply from it and the last wins', () => {
    const once = revised(revise(template, { ...noChange, retire: ['celebrate'] }, NOVEMBER));
    const twice = revised(revise(once, { ...noChange, retire: ['risks'] }, new Date('2026-11-28T12:00:00+01:00')));
    expect(twice.versions.map((v) => [v.version, v.validFrom])).toEqual([[1, '2000-01-01'], [2, '2026-12-01'], [3, '2026-12-01']]);
    expect(versionFor(twice, '2026-12-01').questions.map((q) => q.key)).not.toContain('celebrate');
    expect(versionFor(twice, '2026-12-01').version).toBe(3);
  });

  it('refuses to retire what the status or another question depends on', () => {
    expect(revise(template, { ...noChange, retire: ['overall', 'economy', 'decisionNeeded', 'trust'] }, NOVEMBER)).toEqual({
      ok: false,
      reason: 'problems',
      problems: [
        { code: 'essential', question: 'Samlet status' },
        { code: 'essential', question: 'Økonomi' },
        { code: 'essential', question: 'Trenger beslutning' }
      ]
    });
    const custom: Template = {
      ...template,
      versions: [{ version: 1, validFrom: '2000-01-01', questions: [
        { key: 'visited', kind: 'yesno', label: 'Besøkt?', short: 'Besøk', required: true },
        { key: 'note', kind: 'text', label: 'Hvorfor ikke?', short: 'Hvorfor', required: false, requiredWhen: { key: 'visited', values: ['false'] } }
      ] }]
    };
    expect(revise(custom, { ...noChange, retire: ['visited'] }, NOVEMBER)).toMatchObject({ reason: 'problems', problems: [{ code: 'essential', question: 'Besøk' }] });
    expect(revise(custom, { ...noChange, retire: ['note', 'visited'] }, NOVEMBER)).toMatchObject({ reason: 'problems', problems: [{ code: 'essential', question: 'Besøk' }] });
  });

  it('keeps at least one question', () => {
    const lone: Template = { ...template, versions: [{ version: 1, validFrom: '2000-01-01', questions: [{ key: 'note', kind: 'text', label: 'Notat', short: 'Notat', required: false }] }] };
    expect(revise(lone, { ...noChange, retire: ['note'] }, NOVEMBER)).toEqual({ ok: false, reason: 'noQuestions' });
  });

  it('checks every wording: label required and at most 300 characters, short label required, at most 40 and unique', () => {
    const result = revise(
      template,
      {
        wording: { goals: { label: '   ', short: 'Mål' }, quality: { label: 'x'.repeat(301), short: 'y'.repeat(41) }, trust: { label: 'Tillit?', short: 'mål' } },
        retire: [],
        add: { kind: 'scale', label: 'Ny', short: '', required: true }
      },
      NOVEMBER
    );
    expect(result).toEqual({
      ok: false,
      reason: 'problems',
      problems: [
        { code: 'labelRequired', question: 'Felles mål' },
        { code: 'labelTooLong', question: 'Kvalitet' },
        { code: 'shortTooLong', question: 'Kvalitet' },
        { code: 'shortRequired' },
        { code: 'shortTaken', question: 'mål' }
      ]
    });
    expect(revise(template, { ...noChange, wording: { quality: { label: 'x'.repeat(300), short: 'y'.repeat(40) } } }, NOVEMBER).ok).toBe(true);
  });

  it('refuses keys the newest version does not have, and a save that changes nothing', () => {
    expect(revise(template, { ...noChange, wording: { hacked: { label: 'x', short: 'x' } } }, NOVEMBER)).toEqual({ ok: false, reason: 'unknownQuestion' });
    const retired = revised(revise(template, { ...noChange, retire: ['celebrate'] }, NOVEMBER));
    expect(revise(retired, { ...noChange, retire: ['celebrate'] }, NOVEMBER)).toEqual({ ok: false, reason: 'unknownQuestion' });
    const same = Object.fromEntries(base.questions.map((q) => [q.key, { label: `${q.label} `, short: q.short }]));
    expect(revise(template, { wording: same, retire: [] }, NOVEMBER)).toEqual({ ok: false, reason: 'unchanged' });
  });
});

describe('questionsEverAsked', () => {
  it('lists the newest wording of every question, retired ones after the rest', () => {
    const t = revised(revise(template, { wording: { trust: { label: 'Ny tillit?', short: 'Tillit nå' } }, retire: ['capacity'], add: { kind: 'scale', label: 'Brukere?', short: 'Brukere', required: true } }, NOVEMBER));
    const asked = questionsEverAsked(t);
    expect(asked.map((q) => q.key)).toEqual([...keys(t), 'capacity']);
    expect(asked.find((q) => q.key === 'trust')?.short).toBe('Tillit nå');
  });
});
