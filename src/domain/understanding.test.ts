import { likeliestCommands, mentionedIn, subjectsOf, type CommandHint } from './understanding';

interface Item {
  id: string;
  name: string;
  aliases?: string[];
}

/** Collaborations of the demo networks, as DOMAIN.md names them. */
const collaborations: Item[] = [
  { id: 'in-lonn', name: 'Lønn', aliases: ['lønnssamarbeidet', 'Lønn IN', 'payroll'] },
  { id: 'in-barnevern', name: 'Barnevern', aliases: ['barneverntjenesten', 'barnevernet', 'child welfare'] },
  { id: 'in-legevakt', name: 'Legevakt', aliases: ['legevaktsamarbeidet'] },
  { id: 'in-ikt', name: 'Indre Namdal IKT IKS', aliases: ['IKT', 'IKT IKS'] },
  { id: 'in-plan', name: 'Plan, byggesak, tilsyn, GIS og oppmåling', aliases: ['plan og byggesak', 'byggesak', 'GIS og oppmåling'] },
  { id: 'kr-suksit', name: 'SuksIT', aliases: ['digitalisering', 'IT'] },
  { id: 'kr-teknisk', name: 'Ledernettverk teknisk', aliases: ['teknisk'] },
  { id: 'so-teknisk', name: 'Tekniske tjenester', aliases: ['teknisk'] },
  { id: 'nis-nav', name: 'NAV Indre Salten', aliases: ['NAV'] }
];
const municipalities: Item[] = [
  { id: 'grong', name: 'Grong' },
  { id: 'lierne', name: 'Lierne' },
  { id: 'nore', name: 'Nore og Uvdal' },
  { id: 'asnes', name: 'Åsnes' }
];
const networks: Item[] = [
  { id: 'indre-namdal', name: 'Indre Namdal' },
  { id: 'solor', name: 'Solør' },
  { id: 'nav-indre-salten', name: 'NAV Indre Salten' }
];
const known = { collaborations, municipalities, networks };

/** What a sentence is about, as «kind:id». */
const about = (sentence: string) => subjectsOf(sentence, known).map((s) => `${s.kind}:${s.item.id}`);

describe('subjectsOf: a sentence that names a known thing anywhere is about it', () => {
  it.each([
    ['Hvordan går det med legevakten?', 'collaboration:in-legevakt'],
    ['status for barnevern', 'collaboration:in-barnevern'],
    ['korleis går det med barnevernet?', 'collaboration:in-barnevern'],
    ['korleis går det med legevakta?', 'collaboration:in-legevakt'],
    ['hvordan står det til med lønnssamarbeidet', 'collaboration:in-lonn'],
    ['how is payroll doing?', 'collaboration:in-lonn'],
    ['how is child welfare doing?', 'collaboration:in-barnevern'],
    ['hvordan går det med lonn', 'collaboration:in-lonn'],
    ['hvordan går det med barnevren?', 'collaboration:in-barnevern'],
    ['hva er status i Grong', 'municipality:grong'],
    ['hva skjer i NORE OG UVDAL?', 'municipality:nore'],
    ['hvordan går det i aasnes', 'municipality:asnes'],
    ['hvordan går det i Indre Namdal?', 'network:indre-namdal'],
    ['status for solor', 'network:solor']
  ])('«%s» → %s', (sentence, subject) => {
    expect(about(sentence)).toEqual([subject]);
  });

  it('takes a collaboration over the municipality or network the sentence also names', () => {
    expect(about('hvordan går det med barnevernet i Grong?')).toEqual(['collaboration:in-barnevern']);
    expect(about('hvordan går det med IKT i Indre Namdal?')).toEqual(['collaboration:in-ikt']);
  });

  it('reads a long name as one: «Indre Namdal IKT IKS» names the collaboration, not also the network', () => {
    expect(about('status for Indre Namdal IKT IKS')).toEqual(['collaboration:in-ikt']);
  });

  it('takes the collaboration when a network carries the same name', () => {
    expect(about('hvordan går det med NAV Indre Salten?')).toEqual(['collaboration:nis-nav']);
  });

  it('gives every thing a sentence names, in the order named, so the person can be asked which', () => {
    expect(about('hvordan går det med lønn og legevakten?')).toEqual(['collaboration:in-lonn', 'collaboration:in-legevakt']);
    expect(about('hvordan går det med teknisk?')).toEqual(['collaboration:kr-teknisk', 'collaboration:so-teknisk']);
    expect(about('sammenlign Grong og Lierne')).toEqual(['municipality:grong', 'municipality:lierne']);
  });

  it('names nothing when no known name is in the sentence', () => {
    expect(about('hva er klokka?')).toEqual([]);
    expect(about('hvem har ikke sjekket inn?')).toEqual([]);
    expect(about('')).toEqual([]);
    expect(about('?!')).toEqual([]);
  });

  it('does not take short everyday words for names: «it» is not SuksIT, «i» is no place', () => {
    expect(about('how is it going?')).toEqual([]);
    expect(about('what is it?')).toEqual([]);
    expect(about('hva er det i dag')).toEqual([]);
  });

  it('does not take a near word for a short name: one letter off counts only in long words', () => {
    expect(about('hvordan går det med lønnen?')).toEqual(['collaboration:in-lonn']);
    expect(about('hvordan går det med løkka?')).toEqual([]);
    expect(about('hvordan går det med legevakthuset?')).toEqual([]);
  });

  it('finds a name given only as part of a mention in a list', () => {
    expect(mentionedIn('byggesak', collaborations).map((c) => c.id)).toEqual(['in-plan']);
    expect(mentionedIn('', collaborations)).toEqual([]);
    expect(mentionedIn('legevakt', [])).toEqual([]);
  });
});

describe('likeliestCommands: what a message no command matched probably meant', () => {
  const hints: CommandHint<string>[] = [
    { key: 'sjekk inn', words: ['sjekk inn', 'check in'], description: 'Svar på statusmalen for et samarbeid du leder.' },
    { key: 'status', words: ['status', 'oversikt', 'overview'], description: 'Oversikt over samarbeidene i nettverket ditt.' },
    { key: 'hva er rødt?', words: ['hva er rødt?', 'kva er raudt', 'what is red'], description: 'Samarbeid med rød status.' },
    { key: 'kostnad lønn 1 000 000', words: ['kostnad lønn 1 000 000', 'kostnad', 'cost'], description: 'Hva hver kommune betaler.' },
    { key: 'eksport 2026', words: ['eksport 2026', 'export'], description: 'Excel-arbeidsbok med alle innsjekker.' }
  ];
  const likeliest = (message: string) => likeliestCommands(message, hints, 3);

  it.each([
    ['statsu', 'status'],
    ['sjek inn', 'sjekk inn'],
    ['kostnader for lønn', 'kostnad lønn 1 000 000'],
    ['whats red', 'hva er rødt?'],
    ['excel', 'eksport 2026'],
    ['exprot', 'eksport 2026']
  ])('«%s» suggests «%s» first', (message, first) => {
    expect(likeliest(message)[0]).toBe(first);
  });

  it('gives at most the asked number, best first', () => {
    expect(likeliestCommands('status rødt oversikt kostnad eksport sjekk', hints, 2)).toHaveLength(2);
  });

  it('suggests nothing for a message that shares nothing with any command', () => {
    expect(likeliest('hva er klokka?')).toEqual([]);
    expect(likeliest('')).toEqual([]);
    expect(likeliest('🦄')).toEqual([]);
  });
});
