import { fold, isNamed, matchByName, MATCH_THRESHOLD, normalize, resolveName, sameName, type Named, type Resolution } from './matching';

interface Collab extends Named {
  id: string;
}

/** Indre Namdal as in DOMAIN.md and the demo network. */
const indreNamdal: Collab[] = [
  { id: 'plan', name: 'Plan, byggesak, tilsyn, GIS og oppmåling', aliases: ['plan og byggesak', 'byggesak', 'GIS og oppmåling'] },
  { id: 'regnskap', name: 'Regnskap', aliases: ['regnskapssamarbeidet'] },
  { id: 'lonn', name: 'Lønn', aliases: ['lønnssamarbeidet', 'Lønn IN'] },
  { id: 'barnevern', name: 'Barnevern', aliases: ['barneverntjenesten'] },
  { id: 'ppt', name: 'PPT', aliases: ['pedagogisk-psykologisk tjeneste'] },
  { id: 'legevakt', name: 'Legevakt' },
  { id: 'ikt', name: 'Indre Namdal IKT IKS', aliases: ['IKT', 'IKT IKS'] },
  { id: 'brann', name: 'Brannvesen Midt IKS', aliases: ['brann', 'brannvesenet'] }
];

const ids = (resolution: Resolution<Collab>): string[] => {
  switch (resolution.kind) {
    case 'one':
      return [resolution.item.id];
    case 'several':
      return resolution.items.map((c) => c.id);
    case 'none':
      return resolution.suggestions.map((c) => c.id);
  }
};

function expectOne(query: string, id: string, items: Collab[] = indreNamdal): void {
  const resolution = resolveName(query, items);
  expect({ query, kind: resolution.kind, ids: ids(resolution) }).toEqual({ query, kind: 'one', ids: [id] });
}

describe('normalize', () => {
  it('lowercases Norwegian letters and turns punctuation into single spaces', () => {
    expect(normalize('  PLAN, Byggesak – GIS/Oppmåling ')).toBe('plan byggesak gis oppmåling');
    expect(normalize('ØKONOMI Æ Å')).toBe('økonomi æ å');
  });
});

describe('fold: æ, ø and å as people type them without a Norwegian keyboard', () => {
  it.each([
    ['Lønn', 'lonn'],
    ['lonn', 'lonn'],
    ['loenn', 'lonn'],
    ['Tromsø', 'tromso'],
    ['tromsoe', 'tromso'],
    ['Åsnes', 'asnes'],
    ['Aasnes', 'asnes'],
    ['Værøy', 'vaeroy'],
    ['Vaeroey', 'vaeroy'],
    ['Kafé', 'kafe']
  ])('«%s» → «%s»', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('makes the same name typed either way equal, and only exact names count as named', () => {
    expect(sameName('Indre namdal', 'Indre Namdal')).toBe(true);
    expect(sameName('lonn', 'Lønn')).toBe(true);
    expect(sameName('lonn', 'Lønn IN')).toBe(false);
    expect(isNamed('lonn in', { name: 'Lønn', aliases: ['Lønn IN'] })).toBe(true);
    expect(isNamed('Indre Namdal', { name: 'Indre Namdal IKT IKS', aliases: ['IKT'] })).toBe(false);
  });
});

describe('resolveName: what people type', () => {
  it.each([
    ['lønn', 'lonn'],
    ['Lønn', 'lonn'],
    ['LØNN', 'lonn'],
    ['lønnssamarbeidet', 'lonn'],
    ['Lønn IN', 'lonn'],
    ['lønn in', 'lonn'],
    ['barnevern', 'barnevern'],
    ['barnevernet', 'barnevern'],
    ['Barnevernet', 'barnevern'],
    ['barneverntjenesten', 'barnevern'],
    ['legevakt', 'legevakt'],
    ['legevakta', 'legevakt'],
    ['legevakten', 'legevakt'],
    ['regnskap', 'regnskap'],
    ['regnskapet', 'regnskap'],
    ['ppt', 'ppt'],
    ['byggesak', 'plan'],
    ['plan', 'plan'],
    ['plan og byggesak', 'plan'],
    ['oppmåling', 'plan'],
    ['IKT', 'ikt'],
    ['brannvesenet', 'brann'],
    ['brann', 'brann'],
    // æ, ø and å typed as ae, o/oe and a/aa
    ['lonn', 'lonn'],
    ['loenn', 'lonn'],
    ['LONN', 'lonn'],
    ['lonnssamarbeidet', 'lonn'],
    ['lonn in', 'lonn'],
    ['oppmaling', 'plan'],
    ['oppmaaling', 'plan']
  ])('«%s» → %s', (query, id) => {
    expectOne(query, id);
  });

  it('ignores words that only say "collaboration"', () => {
    expectOne('barnevern samarbeidet', 'barnevern');
    expectOne('samarbeidet lønn', 'lonn');
    expectOne('legevaktsamarbeidet', 'legevakt');
  });

  it('ignores punctuation and extra spaces', () => {
    expectOne('  «Barnevern»!  ', 'barnevern');
    expectOne('plan,  byggesak', 'plan');
  });

  it('accepts a beginning of the name', () => {
    expectOne('barnev', 'barnevern');
    expectOne('lege', 'legevakt');
  });

  it.each([
    ['barnevren', 'barnevern'], // two letters swapped
    ['barnevenr', 'barnevern'], // two letters swapped at the end
    ['barnvern', 'barnevern'], // a letter missing
    ['legvakt', 'legevakt'],
    ['legevatk', 'legevakt'],
    ['regnskp', 'regnskap'],
    ['regsnkap', 'regnskap']
  ])('forgives the typo «%s» → %s', (query, id) => {
    expectOne(query, id);
  });

  it('prefers a bare «Lønn» collaboration over «Personal, HR og lønn»', () => {
    const items: Collab[] = [
      { id: 'hr', name: 'Personal, HR og lønn' },
      { id: 'lonn', name: 'Lønn' }
    ];
    expectOne('lønn', 'lonn', items);
    // …but the longer name is still found by its own words.
    expectOne('personal', 'hr', items);
    expectOne('HR', 'hr', items);
    expect(matchByName('lønn', items).map((m) => m.item.id)).toEqual(['lonn', 'hr']);
  });

  it('asks which one when two collaborations fit equally well', () => {
    const resolution = resolveName('IKS', indreNamdal);
    expect(resolution.kind).toBe('several');
    expect(ids(resolution).sort()).toEqual(['brann', 'ikt']);
  });

  it('asks which one when the same name exists in two networks', () => {
    const twoNetworks: Collab[] = [
      { id: 'in-lonn', name: 'Lønn', aliases: ['Lønn IN'] },
      { id: 'kr-lonn', name: 'Lønn', aliases: ['Lønn KR'] },
      { id: 'in-ppt', name: 'PPT' }
    ];
    const resolution = resolveName('lønn', twoNetworks);
    expect(resolution.kind).toBe('several');
    expect(ids(resolution)).toEqual(['in-lonn', 'kr-lonn']);
    // The alias tells them apart.
    expectOne('Lønn KR', 'kr-lonn', twoNetworks);
  });

  it('finds nothing for nonsense and suggests nothing when nothing is near', () => {
    expect(resolveName('xyzzy', indreNamdal)).toEqual({ kind: 'none', suggestions: [] });
    expect(resolveName('hva er rødt', indreNamdal)).toEqual({ kind: 'none', suggestions: [] });
  });

  it('finds nothing for an empty name or one made only of filler words', () => {
    expect(resolveName('', indreNamdal).kind).toBe('none');
    expect(resolveName('   ', indreNamdal).kind).toBe('none');
    expect(resolveName('samarbeidet', indreNamdal).kind).toBe('none');
  });

  it('suggests the nearest names when none is good enough', () => {
    const resolution = resolveName('brannvern', indreNamdal);
    expect(resolution.kind).toBe('none');
    expect(ids(resolution)).toContain('brann');
    expect(ids(resolution)).not.toContain('ppt');
    expect(ids(resolution).length).toBeLessThanOrEqual(3);
  });

  it('finds nothing in an empty list', () => {
    expect(resolveName('lønn', [])).toEqual({ kind: 'none', suggestions: [] });
  });
});

describe('matchByName', () => {
  it('ranks best first and scores an exact name or alias 1', () => {
    const matches = matchByName('lønnssamarbeidet', [
      { id: 'hr', name: 'Personal, HR og lønn' },
      { id: 'lonn', name: 'Lønn', aliases: ['lønnssamarbeidet'] }
    ]);
    expect(matches.map((m) => m.item.id)).toEqual(['lonn', 'hr']);
    expect(matches[0].score).toBe(1);
    expect(matches[1].score).toBeLessThan(1);
  });

  it('returns only candidates at or above the threshold', () => {
    const matches = matchByName('barnevern', indreNamdal);
    expect(matches.map((m) => m.item.id)).toEqual(['barnevern']);
    // «brannvern» is near «Brannvesen» (a suggestion) but not near enough to act on.
    expect(matchByName('brannvern', indreNamdal)).toEqual([]);
    for (const m of matchByName('lønn', [...indreNamdal, { id: 'hr', name: 'Personal, HR og lønn' }])) {
      expect(m.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    }
  });

  it('needs every word of the query to fit: one wrong word sinks the match', () => {
    expect(matchByName('lønn kongsberg', indreNamdal)).toEqual([]);
  });
});
