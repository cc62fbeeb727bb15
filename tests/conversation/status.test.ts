import { ALEX } from '../../src/demo/people';
import { cardsOf, cardText, filledCheckIn, startDemo, textsOf, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';
import type { CardElement } from '../../src/core/card';

const NOW = new Date('2026-11-25T10:00:00+01:00');

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(NOW));
  await harness.personal(ALEX).send('hjelp');
});

afterAll(() => close());

describe('status', () => {
  it('gives one overview per network with every collaboration, its colour, last check-in and overdue marker', async () => {
    const cards = cardsOf(await harness.personal(ALEX).send('status'));
    expect(cards.map((c) => c.body[0].text)).toEqual([
      'Status – Indre Namdal',
      'Status – Kongsbergregionen',
      'Status – NAV Indre Salten',
      'Status – Solør'
    ]);
    const indreNamdal = cardText(cards[0]);
    for (const name of ['Lønn', 'Barnevern', 'PPT', 'Legevakt', 'Indre Namdal IKT IKS', 'Brannvesen Midt IKS']) {
      expect(indreNamdal).toContain(name);
    }
    expect(indreNamdal).toMatch(/Sist: (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) 2026/);
    expect(indreNamdal).toContain('Forsinket');
    expect(cards[0].body[1].text).toMatch(/^8 samarbeid · (1 rød|\d+ røde) · (1 gul|\d+ gule) · \d+ forsinket$/);
  });

  it('shows the flags of the day it is asked, though nothing stored has changed since the day before', async () => {
    const lonnNotes = async () => {
      const [card] = cardsOf(await harness.personal(ALEX).send('status Indre Namdal'));
      const row = card!.body.findIndex((e) => e.type === 'Container' && cardText({ ...card!, body: [e] }).includes('Lønn'));
      return { notes: cardText({ ...card!, body: [card!.body[row]!] }), counts: String(card!.body[1]!.text) };
    };
    const today = await lonnNotes();
    expect(today.notes).not.toContain('Forsinket');
    try {
      // February 2027: January's check-in of the monthly Lønn is missing and its deadline past.
      harness.setNow(new Date('2027-02-10T10:00:00+01:00'));
      const later = await lonnNotes();
      expect(later.notes).toContain('Forsinket');
      expect(later.counts).not.toBe(today.counts);
    } finally {
      harness.setNow(NOW);
    }
    expect((await lonnNotes()).notes).not.toContain('Forsinket');
  });

  it('groups collaborations by sector, with red and flagged ones above the rest in each', async () => {
    const card = cardsOf(await harness.personal(ALEX).send('oversikt'))[1];
    const groups: string[][] = [];
    for (const element of card.body.slice(2)) {
      if (element.type === 'TextBlock') groups.push([]);
      else groups.at(-1)!.push(JSON.stringify(element));
    }
    const headings = card.body.slice(2).filter((e) => e.type === 'TextBlock').map((e) => e.text);
    expect(headings).toEqual(expect.arrayContaining(['Oppvekst', 'Teknisk', 'HR', 'Økonomi', 'Helse og omsorg', 'Digitalisering']));
    const flagged = (row: string) => /– Rød|Forsinket|Trenger beslutning|Fallende trend|Grønn, men lave svar/.test(row);
    for (const rows of groups) {
      const firstCalm = rows.findIndex((r) => !flagged(r));
      if (firstCalm >= 0) expect(rows.slice(firstCalm).some(flagged)).toBe(false);
    }
    expect(groups.flat().some(flagged)).toBe(true);
  });

  it('shows one collaboration with the latest answers against the previous period', async () => {
    const chat = harness.personal(ALEX);
    await chat.submit({ verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1, ...filledCheckIn({ capacity: '1', celebrate: 'Ny lønnsmedarbeider er på plass' }) });
    const card = cardsOf(await chat.send('status lønnssamarbeidet'))[0];
    const text = cardText(card);
    expect(text).toContain('Status: Lønn');
    expect(text).toContain('Indre Namdal · november 2026 · 1 svar');
    const table = card.body.find((e) => e.type === 'Table') as unknown as { rows: { cells: { items: { text: string }[] }[] }[] };
    const row = (label: string) => table.rows.find((r) => r.cells[0].items[0].text === label)!.cells.map((c) => c.items[0].text);
    expect(row('Spørsmål')).toEqual(['Spørsmål', 'Nå', 'Forrige']);
    expect(row('Samlet status')[1]).toBe('▲ Gul'); // a shape beside the word: the colour is never the only sign
    expect(row('Kapasitet og kompetanse')[1]).toMatch(/^1,0/);
    expect(text).toContain('Ny lønnsmedarbeider er på plass');
    expect(text).toContain('Fargehistorikk');
  });

  it('charts the three questions that moved most, one line each on the 1–5 axis, and says in words what they show', async () => {
    const chat = harness.personal(ALEX);
    await chat.submit({ verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1, ...filledCheckIn({ capacity: '1' }) });
    const card = cardsOf(await chat.send('status lønn'))[0];
    type Chart = CardElement & { title: string; yMin: number; yMax: number; data: { legend: string; values: { x: string; y: number }[] }[]; fallback: CardElement & { rows: { cells: { items: { text: string }[] }[] }[] } };
    const charts = card.body.filter((e) => e.type === 'Chart.Line') as Chart[];
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      expect([chart.yMin, chart.yMax]).toEqual([1, 5]);
      expect(chart.data).toHaveLength(1);
      expect(chart.data[0].values.length).toBeGreaterThanOrEqual(2);
      expect(chart.data[0].values.at(-1)?.x).toBe('nov 26');
      // Without charts, the same numbers as a table: period and mean with a decimal comma.
      const rows = chart.fallback.rows.map((r) => r.cells.map((c) => c.items[0].text));
      expect(chart.fallback.type).toBe('Table');
      expect(rows[0]).toEqual(['Periode', chart.data[0].legend]);
      expect(rows.slice(1)).toEqual(chart.data[0].values.map((v) => [v.x, v.y.toFixed(1).replace('.', ',')]));
    }
    // The charted questions moved at least as much as any left out, over the kept periods.
    const { status } = (await testStore.store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value;
    const oldestFirst = [...status.periods].reverse();
    const moved = (key: string) => {
      const means = oldestFirst.map((p) => p.means[key]).filter((m): m is number => m !== undefined);
      return Math.abs(means.at(-1)! - means[0]);
    };
    const keys = { 'Felles mål': 'goals', Kvalitet: 'quality', Gevinster: 'benefits', Tillit: 'trust', 'Styring og kontroll': 'control', Forankring: 'anchoring', 'Kapasitet og kompetanse': 'capacity' } as Record<string, string>;
    const charted = charts.map((c) => c.data[0].legend);
    expect(charted).toContain('Kapasitet og kompetanse');
    const left = Object.keys(keys).filter((name) => !charted.includes(name));
    expect(Math.min(...charted.map((name) => moved(keys[name])))).toBeGreaterThanOrEqual(Math.max(...left.map((name) => moved(keys[name]))));
    // The text alternative names what the charts show, as a sentence with «og».
    const summary = card.body.find((e) => typeof e.text === 'string' && e.text.startsWith('Spørsmålene som har endret seg mest'))!.text as string;
    expect(summary).toMatch(/^Spørsmålene som har endret seg mest fra \S+ 2026 til november 2026, som snitt på skalaen 1–5: .+, .+ og .+\. Alle spørsmålene står i tabellen over\.$/);
    expect(summary).toMatch(/Kapasitet og kompetanse fra \d,\d til 1,0/);
    expect(charts.find((c) => c.data[0].legend === 'Kapasitet og kompetanse')?.title).toMatch(/^Kapasitet og kompetanse fra \d,\d til 1,0$/);
  });

  it('opens a collaboration from an overview row, refusing ids outside the user’s networks', async () => {
    const card = cardsOf(await harness.personal(ALEX).submit({ verb: 'status.show', networkId: 'solor', collaborationId: 'so-landbruk' }))[0];
    expect(cardText(card)).toContain('Status: Landbruk');
    const forged = await harness.personal(ALEX).submit({ verb: 'status.show', networkId: 'elsewhere', collaborationId: 'so-landbruk' });
    expect(textsOf(forged)[0]).toContain('Kortet inneholdt ugyldige data');
    const extra = await harness.personal(ALEX).submit({ verb: 'status.show', networkId: 'solor', collaborationId: 'so-landbruk', sneaky: 1 });
    expect(textsOf(extra)[0]).toContain('Kortet inneholdt ugyldige data');
  });

  it('asks which one when a name fits several, and suggests names when none fits', async () => {
    const several = cardText(cardsOf(await harness.personal(ALEX).send('status teknisk'))[0]);
    expect(several).toContain('Flere samarbeid passer «teknisk»');
    expect(several).toContain('Ledernettverk teknisk (Kongsbergregionen)');
    expect(several).toContain('Tekniske tjenester (Solør)');
    const typo = JSON.stringify(await harness.personal(ALEX).send('status barnevren'));
    expect(typo).toContain('Barnevern');
    expect(textsOf(await harness.personal(ALEX).send('status qwerty'))).toEqual(['Jeg fant ikke noe samarbeid som heter «qwerty».']);
  });

  it('answers «hva er rødt?», «hva trenger beslutning?» and «hva kan vi feire?» with the leaders’ own words', async () => {
    const chat = harness.personal(ALEX);
    await chat.submit({ verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1, ...filledCheckIn({ overall: 'red', overallComment: 'Lønnssystemet er nede', decisionNeeded: 'true', decisionText: 'Velge ny leverandør før jul', celebrate: 'Ny lønnsmedarbeider er på plass' }) });
    const red = cardText(cardsOf(await chat.send('Hva er rødt?'))[0]);
    expect(red).toContain('Røde samarbeid');
    expect(red).toContain('Lønn (Indre Namdal) – Rød');
    expect(red).toContain('Lønnssystemet er nede');
    const decisions = cardText(cardsOf(await chat.send('what needs a decision?'))[0]);
    expect(decisions).toContain('Velge ny leverandør før jul');
    const celebrate = cardText(cardsOf(await chat.send('hva kan vi feire?'))[0]);
    expect(celebrate).toContain('Ny lønnsmedarbeider er på plass');
  });

  it('shows one dimension across every collaboration, weakest first, and names the ones it knows', async () => {
    const card = cardsOf(await harness.personal(ALEX).send('trend tillit'))[0];
    expect(cardText(card)).toContain('Trend: Tillit');
    const table = card.body.find((e) => e.type === 'Table') as unknown as { rows: { cells: { items: { text: string }[] }[] }[] };
    const values = table.rows.slice(1).map((r) => parseFloat(r.cells[1].items[0].text.replace(',', '.'))).filter((v) => !Number.isNaN(v));
    expect(values.length).toBeGreaterThan(10);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(cardText(cardsOf(await harness.personal(ALEX).send('trend trust'))[0])).toContain('Trend: Tillit');
    expect(textsOf(await harness.personal(ALEX).send('trend hastighet'))[0]).toContain('Jeg kjenner ikke spørsmålet «hastighet»');
  });

  it('splits a cost by the collaboration’s key, to the krone, and keeps the amount through a choice', async () => {
    const card = cardsOf(await harness.personal(ALEX).send('kostnad lønn 1 000 000'))[0];
    expect(cardText(card)).toContain('Kostnadsfordeling: Lønn');
    expect(cardText(card)).toContain('20 % fordeles likt, 80 % etter innbyggertall');
    const table = card.body.find((e) => e.type === 'Table') as unknown as { rows: { cells: { items: { text: string }[] }[] }[] };
    const sums = table.rows.slice(1, -1).map((r) => Number(r.cells[4].items[0].text.replace(/\D/g, '')));
    expect(table.rows.slice(1, -1).map((r) => r.cells[0].items[0].text)).toEqual(['Røyrvik', 'Lierne', 'Namsskogan']);
    expect(sums.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    const choice = cardsOf(await harness.personal(ALEX).send('kostnad teknisk 500000'))[0];
    const button = (choice.body[1] as unknown as { actions: { data: Record<string, unknown> }[] }).actions[0];
    expect(button.data).toMatchObject({ verb: 'cost.choose', amount: 500000 });
    expect(cardText(cardsOf(await harness.personal(ALEX).submit(button.data))[0])).toContain('500');
    expect(textsOf(await harness.personal(ALEX).submit({ ...button.data, amount: -5 }))[0]).toContain('Kortet inneholdt ugyldige data');
    expect(textsOf(await harness.personal(ALEX).send('kostnad lønn'))[0]).toContain('Hvor mye skal fordeles?');
  });

  it('reads amounts as finance people write them, to the krone', async () => {
    const card = cardsOf(await harness.personal(ALEX).send('kostnad lønn 1,5 mill'))[0];
    expect(cardText(card)).toContain('Kostnadsfordeling: Lønn');
    const table = card.body.find((e) => e.type === 'Table') as unknown as { rows: { cells: { items: { text: string }[] }[] }[] };
    const sums = table.rows.slice(1, -1).map((r) => Number(r.cells[4].items[0].text.replace(/\D/g, '')));
    expect(sums.reduce((a, b) => a + b, 0)).toBe(1_500_000);
    for (const amount of ['2,5 millioner', '1 500 000 kr', '1.500.000', '750 000,-', '2 mrd']) {
      expect(cardText(cardsOf(await harness.personal(ALEX).send(`kostnad lønn ${amount}`))[0])).toContain('Kostnadsfordeling: Lønn');
    }
    expect(textsOf(await harness.personal(ALEX).send('kostnad lønn 1,5'))[0]).toContain('Hvor mye skal fordeles?');
  });

  it('finds a name typed without æ, ø and å', async () => {
    expect(cardText(cardsOf(await harness.personal(ALEX).send('status lonn'))[0])).toContain('Status: Lønn');
    expect(cardText(cardsOf(await harness.personal(ALEX).send('status loenn'))[0])).toContain('Status: Lønn');
    expect(cardText(cardsOf(await harness.personal(ALEX).send('status solor'))[0])).toContain('Status – Solør');
  });

  it('shows the network for its exact name, not a collaboration that begins with it', async () => {
    const cards = cardsOf(await harness.personal(ALEX).send('status Indre Namdal'));
    expect(cards).toHaveLength(1);
    expect(cards[0].body[0].text).toBe('Status – Indre Namdal');
    expect(cards[0].body[1].text).toMatch(/^8 samarbeid/);
    expect(cardsOf(await harness.personal(ALEX).send('status indre namdal'))[0].body[0].text).toBe('Status – Indre Namdal');
    // The collaboration is still found by more of its name.
    const ikt = JSON.stringify(await harness.personal(ALEX).send('status Indre Namdal IKT'));
    expect(ikt).toContain('Indre Namdal IKT IKS');
    expect(ikt).not.toContain('Status – Indre Namdal');
  });

  it('shows the collaborations one municipality takes part in, with its share', async () => {
    const card = cardsOf(await harness.personal(ALEX).send('status Lierne'))[0];
    const text = cardText(card);
    expect(text).toContain('Status for Lierne');
    expect(text).toContain('Brannvesen Midt IKS');
    expect(text).toContain('Lønn');
    expect(text).not.toContain('Kongsberg');
    expect(text).toMatch(/\d+(,\d)? %/);
  });
});
