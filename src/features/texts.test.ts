import { CommandTable } from '../core/commands';
import type { Catalogue } from '../core/i18n/catalogue';
import { languageOf } from '../core/i18n/catalogues';
import type { ParsedPeriod } from '../domain/period';
import { catalogues, modules } from '.';

/** Every language's whole catalogue as the bot uses it: shared texts and each module's own. */
const { nb, nn, en } = catalogues;

const table = new CommandTable(modules);
/** The name of the command a message starts, or «unknown». */
const kindOf = (text: string) => table.parse(text).command?.name ?? 'unknown';

/** A catalogue walked to its leaves: every string and function with its key path («scale.2», «annualCycle.invalid.digest»). */
type Leaf = { path: string; value: unknown };

function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string' || typeof node === 'function') return [{ path, value: node }];
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [{ path, value: node }];
}

/** The node at a key path; keys may themselves hold dots («audit.action.cycle.changed»), so the longest key wins. */
function at(root: unknown, path: string): unknown {
  const parts = path.split('.');
  let node = root;
  while (parts.length) {
    if (!node || typeof node !== 'object') return undefined;
    const record = node as Record<string, unknown>;
    const take = [...parts.keys()].map((i) => parts.length - i).find((n) => Object.hasOwn(record, parts.slice(0, n).join('.')));
    if (!take) return undefined;
    node = record[parts.splice(0, take).join('.')];
  }
  return node;
}

function kind(value: unknown): string {
  if (typeof value === 'function') return `function of ${value.length}`;
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (value === null) return 'null';
  return typeof value;
}

/** Where `other` is not shaped like `reference`: missing, extra or differently kinded keys. */
function shapeDifferences(reference: unknown, other: unknown, path = ''): string[] {
  const here = path || '(root)';
  if (kind(reference) !== kind(other)) return [`${here}: ${kind(reference)} in nb, ${kind(other)} here`];
  if (!reference || typeof reference !== 'object') return [];
  const a = reference as Record<string, unknown>;
  const b = other as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((key) => shapeDifferences(a[key], b[key], path ? `${path}.${key}` : key));
}

const TRANSLATIONS: [string, Catalogue][] = [['nn', nn], ['en', en]];
const ALL: [string, Catalogue][] = [['nb', nb], ...TRANSLATIONS];

describe('catalogue shape', () => {
  it('finds missing, extra and differently kinded keys (the check itself works)', () => {
    expect(shapeDifferences({ a: 'x', b: [1, 2], c: { d: (x: string) => x } }, { a: () => 'x', b: [1], c: { d: () => 'y' }, e: 'extra' })).toEqual([
      'a: string in nb, function of 0 here',
      'b: array of 2 in nb, array of 1 here',
      'c.d: function of 1 in nb, function of 0 here',
      'e: undefined in nb, string here'
    ]);
  });

  it.each(TRANSLATIONS)('%s has every key of nb, with the same kind, array length and function arity', (_name, t) => {
    expect(shapeDifferences(nb, t)).toEqual([]);
  });

  it('walks the whole catalogue: every leaf is a string or a function', () => {
    const all = leaves(nb);
    expect(all.length).toBeGreaterThan(250);
    expect(all.filter(({ value }) => typeof value !== 'string' && typeof value !== 'function')).toEqual([]);
  });
});

/* ---------------------------------------------------------------------------------------------
 * Calling every function. By default a function of arity n gets n names; the table gives the
 * arguments of the ones that take something else. Each list of samples is cycled, so a call
 * per longest list covers every sample of every parameter.
 * ------------------------------------------------------------------------------------------- */

type Samples = unknown[] | ((t: Catalogue) => unknown[]);

const NAMES = ['Lønn', 'Indre Namdal IKT IKS', 'Ås og Ørland barnevern'];
const PERIODS: ParsedPeriod[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ year: 2026, cadence: 'monthly' as const, index: i + 1 })),
  ...Array.from({ length: 4 }, (_, i) => ({ year: 2027, cadence: 'quarterly' as const, index: i + 1 })),
  ...Array.from({ length: 3 }, (_, i) => ({ year: 2030, cadence: 'tertial' as const, index: i + 1 }))
];
/** Mid-morning; the night the clocks go forward; New Year's Eve in UTC that is already New Year in Oslo. */
const ISO = ['2026-11-25T10:00:00.000Z', '2026-03-29T00:30:00Z', '2026-12-31T23:30:00Z', '2026-06-01'];
const COUNTS = [0, 1, 2, 12, 1500];
const WORKING_DAYS = [1, 2, 3, 11, 15];

const ARGUMENTS: Record<string, Samples[]> = {
  'networkFile.error': [[1, 12, 240], ['collaborations[1].participants', ''], ['må fylles ut']],
  'networkFile.notImported': [COUNTS],
  'templates.inUse': [[1, 2, 12], COUNTS],
  'templates.pending': [[2, 3], (t) => ISO.map(t.date)],
  'templates.question': [[1, 15], (t) => Object.values(t.templates.kind)],
  'templates.shortInput': [[1, 15]],
  'templates.retireLabel': [[1, 15]],
  'templates.saved': [[2, 14], NAMES, (t) => ISO.map(t.date)],
  'templates.about': [NAMES, (t) => Object.values(t.templates.problem)],
  'templates.aboutNew': [(t) => Object.values(t.templates.problem)],
  'templates.staleForm': [(t) => PERIODS.map(t.period)],
  period: [PERIODS],
  periodShort: [PERIODS],
  date: [ISO],
  dateTime: [ISO],
  score: [[1, 3.25, 4, 4.96, 5]],
  count: [COUNTS, ['rød'], ['røde']],
  list: [[['2', '4'], ['Grong', 'Lierne', 'Røyrvik'], ['Lønn']]],
  'checkIn.alreadyAnswered': [(t) => ISO.map(t.date)],
  'status.counts': [COUNTS, COUNTS, COUNTS, COUNTS],
  'status.detailSubtitle': [NAMES, (t) => PERIODS.map(t.period), COUNTS],
  'status.notShown': [COUNTS],
  'status.notFitting': [COUNTS],
  'status.quietGreen': [[['Lønn'], ['Lønn', 'Indre Namdal IKT IKS', 'Ås og Ørland barnevern']]],
  'questions.count': [COUNTS],
  'cost.key': [[0, 0.2, 1 / 3, 0.5, 1]],
  'cost.kroner': [[0, 1, 999.5, 1_234_567.4, -2500]],
  'cost.share': [[0, 12.345, 33.3333, 100]],
  'export.title': [[2026, 2000]],
  'export.intro': [[1, 60]],
  'reports.cardIntro': [[1, 15]],
  'reports.meetingIntro': [[1, 15]],
  'reports.overviewIntro': [COUNTS],
  'reports.summaryLine': [COUNTS, COUNTS, COUNTS, COUNTS, COUNTS],
  'bodies.intro': [WORKING_DAYS, WORKING_DAYS],
  'bodies.line': [NAMES, COUNTS, NAMES, NAMES],
  'bodies.agendaCount': [COUNTS],
  'municipality.subtitle': [COUNTS],
  'annualCycle.deadline': [ISO],
  'annualCycle.escalationIntro': [(t) => PERIODS.map(t.period), COUNTS],
  'annualCycle.digestIntro': [COUNTS, COUNTS, COUNTS, COUNTS],
  'annualCycle.noticeIntro': [(t) => Object.values(t.annualCycle.noticeWhat)],
  'annualCycle.unreachablePerson': [['', 'Kari Nordmann']],
  'annualCycle.cycleSummary': [WORKING_DAYS, [[2, 4], [1], [1, 3, 5], [3], []], WORKING_DAYS, [8, 9, 15]],
  'annualCycle.digestLine': [(t) => Object.values(t.annualCycle.cadenceName), WORKING_DAYS, ['Ledelse', undefined]],
  'annualCycle.when': [ISO],
  'privacy.answers': [COUNTS, (t) => ISO.map(t.date), (t) => ISO.map(t.date)],
  'privacy.messageCount': [COUNTS],
  'privacy.erased': [COUNTS],
  'audit.when': [ISO],
  'audit.change': [['Frist', ''], ['3', '–'], ['5', 'Lønn']]
};

function callsOf(t: Catalogue, path: string, fn: (...args: unknown[]) => unknown): unknown[][] {
  const samples = (ARGUMENTS[path] ?? Array.from({ length: fn.length }, () => NAMES)).map((s) => (typeof s === 'function' ? s(t) : s));
  const calls = Math.max(1, ...samples.map((s) => s.length));
  return Array.from({ length: calls }, (_, i) => samples.map((s) => s[i % s.length]));
}

function functionsOf(t: Catalogue): { path: string; fn: (...args: unknown[]) => unknown }[] {
  return leaves(t)
    .filter(({ value }) => typeof value === 'function')
    .map(({ path, value }) => ({ path, fn: value as (...args: unknown[]) => unknown }));
}

const BROKEN = /undefined|NaN|\[object Object\]|Invalid Date|null|Infinity/;

describe('every function', () => {
  it('the argument table names only functions of nb, with their arity', () => {
    for (const [path, samples] of Object.entries(ARGUMENTS)) {
      const fn = at(nb, path);
      expect({ path, kind: kind(fn) }).toEqual({ path, kind: `function of ${samples.length}` });
    }
  });

  describe.each(ALL)('in %s', (_name, t) => {
    it.each(functionsOf(t).map(({ path }) => path))('%s gives readable text for every sample', (path) => {
      const fn = at(t, path) as (...args: unknown[]) => unknown;
      for (const args of callsOf(t, path, fn)) {
        const text = fn(...args);
        expect(typeof text).toBe('string');
        expect({ args, text: (text as string).trim().length > 0 }).toEqual({ args, text: true });
        expect({ args, text }).not.toEqual({ args, text: expect.stringMatching(BROKEN) });
      }
    });
  });
});

describe('numbers, dates and plurals', () => {
  const november: ParsedPeriod = { year: 2026, cadence: 'monthly', index: 11 };

  it('names periods in each language', () => {
    expect([nb, nn, en].map((t) => t.period(november))).toEqual(['november 2026', 'november 2026', 'November 2026']);
    expect([nb, nn, en].map((t) => t.period({ year: 2027, cadence: 'quarterly', index: 3 }))).toEqual(['3. kvartal 2027', '3. kvartal 2027', '3rd quarter 2027']);
    expect(en.period({ year: 2030, cadence: 'tertial', index: 2 })).toBe('2nd tertial 2030');
    expect([nn, en].map((t) => t.periodShort(november))).toEqual(['nov 26', 'Nov 26']);
    expect([nn, en].map((t) => t.periodShort({ year: 2027, cadence: 'quarterly', index: 1 }))).toEqual(['K1 27', 'Q1 27']);
  });

  it('writes dates in Norwegian time with the language’s own conventions', () => {
    // 23:30 UTC on New Year's Eve is already 1 January in Oslo.
    expect([nb, nn, en].map((t) => t.date('2026-12-31T23:30:00Z'))).toEqual(['1. januar 2027', '1. januar 2027', '1 January 2027']);
    expect(nn.annualCycle.deadline('2026-11-25T10:00:00Z')).toBe('onsdag 25. november');
    expect(en.annualCycle.deadline('2026-11-25T10:00:00Z')).toBe('Wednesday 25 November');
    expect(en.annualCycle.when('2026-11-25T10:00:00Z')).toBe('Wed 25 Nov, 11:00');
    expect(nn.annualCycle.deadline('2026-06-01T10:00:00Z')).toBe('måndag 1. juni');
    expect(nn.annualCycle.when('2026-11-25T10:00:00Z')).toBe('on. 25. nov., 11:00');
    expect(en.audit.when('2026-11-25T10:00:00Z')).toBe('25 Nov 2026, 11:00');
  });

  it('formats kroner and shares per language', () => {
    expect(nn.cost.kroner(1_234_567.4)).toMatch(/^1\s234\s567 kr$/);
    expect(en.cost.kroner(1_234_567.4)).toBe('NOK 1,234,567');
    expect(nn.cost.share(12.345)).toBe('12,3 %');
    expect(en.cost.share(12.345)).toBe('12.3%');
    expect(en.cost.key(0.2)).toBe('20% shared equally, 80% by population');
    expect(nn.cost.key(0.2)).toBe('20 % blir fordelt likt, 80 % etter innbyggjartal');
  });

  it('uses singular and plural properly in English', () => {
    expect(en.questions.count(1)).toBe('1 collaboration');
    expect(en.questions.count(0)).toBe('0 collaborations');
    expect(en.status.counts(1, 0, 1, 0)).toBe('1 collaboration · 0 red · 1 yellow · 0 overdue');
    expect(en.status.detailSubtitle('Indre Namdal', 'November 2026', 1)).toBe('Indre Namdal · November 2026 · 1 answer');
    expect(en.export.intro(1)).toContain('for 1 minute,');
    expect(en.export.intro(60)).toContain('for 60 minutes,');
    expect(en.annualCycle.escalationIntro('November 2026', 1)).toMatch(/^One collaboration has not/);
    expect(en.annualCycle.escalationIntro('November 2026', 3)).toMatch(/^3 collaborations have not/);
    expect(en.privacy.erased(1)).toContain('One answer remains');
    expect(en.privacy.erased(4)).toContain('4 answers remain');
  });

  it('uses «eitt»/«éin» for one in nynorsk', () => {
    expect(nn.annualCycle.escalationIntro('november 2026', 1)).toMatch(/^Eitt samarbeid har ikkje/);
    expect(nn.annualCycle.escalationIntro('november 2026', 2)).toMatch(/^2 samarbeid har ikkje/);
    expect(nn.privacy.answers(1, '1. mars 2026', '1. mars 2026')).toBe('Éin innsjekk, levert 1. mars 2026.');
    expect(nn.privacy.erased(1)).toContain('Eitt svar står att');
  });

  it('describes the annual cycle with ordinals, reminders listed with «og», a lone reminder and no reminders', () => {
    expect(en.annualCycle.cycleSummary(1, [2, 4], 3, 9)).toMatch(
      /^Check-in opens on the last working day of the period, with reminders 2 and 4 working days later, and the deadline is the 3rd working day of the next period\. Messages go out at 09:00/
    );
    expect(en.annualCycle.cycleSummary(2, [1], 11, 15)).toContain('the 2nd-last working day of the period, with reminders 1 working day later, and the deadline is the 11th working day');
    expect(en.annualCycle.cycleSummary(3, [], 21, 8)).toContain('3rd-last working day of the period, with no reminders, and the deadline is the 21st');
    expect(nn.annualCycle.cycleSummary(3, [], 5, 8)).toContain('3. siste arbeidsdag i perioden, ingen påminningar, og fristen er 5. arbeidsdag');
    expect(nn.annualCycle.cycleSummary(3, [1], 5, 8)).toContain('påminningar 1 arbeidsdag etter');
    expect(nn.annualCycle.cycleSummary(3, [2, 4], 5, 8)).toContain('påminningar 2 og 4 arbeidsdagar etter');
    expect(nb.annualCycle.cycleSummary(1, [1, 3, 5], 5, 9)).toContain('påminnelser 1, 3 og 5 arbeidsdager etter');
    expect(nb.annualCycle.cycleSummary(1, [2], 5, 9)).toContain('Meldinger sendes kl. 09:00 på hverdager');
    expect(en.annualCycle.digestLine('quarter', 2, undefined)).toBe('Digest every quarter on the 2nd working day after the period ends, but no channel has been chosen yet.');
  });
});

/* ---------------------------------------------------------------------------------------------
 * Commands: whatever the catalogues tell people to type must be something the parser knows.
 * ------------------------------------------------------------------------------------------- */

/** The commands the help card lists, from every module's `helpEntries`. */
const HELP_WORD = /\.helpEntries\.\d+\.word$/;
const helpWords = (t: Catalogue) => leaves(t).filter(({ path }) => HELP_WORD.test(path)).map(({ value }) => value as string);

/** Quoted text: «» in nb and nn, ‘’ in en. */
const quoted = (text: string): string[] => [...text.matchAll(/«([^»]+)»|‘([^’]+)’/g)].map((m) => m[1] ?? m[2]);
const withoutMention = (text: string) => text.replace(/^@Sampuls\s+/, '');

/** Leaves whose every quotation is a command to type (sentences that quote button labels are checked below). */
const COMMAND_QUOTES = [
  'templates.changedMeanwhile',
  'general.unknownAction', 'general.invalidAction', 'general.tooLong', 'general.failed', 'help.sharedIntro',
  'checkIn.helpEntries.0.text', 'status.helpEntries.0.text', 'status.helpEntries.1.text', 'privacy.helpEntries.0.text',
  'checkIn.leadsNone', 'cost.needsName', 'export.badYear', 'annualCycle.channelOnlyInChannel', 'link.onlyInChannel', 'link.needsName'
];

describe('command words', () => {
  it.each(ALL)('every command in the help list of %s is one the parser knows, the same as in nb', (_name, t) => {
    expect(helpWords(t).map(kindOf)).toEqual(helpWords(nb).map(kindOf));
    expect(helpWords(t).map(kindOf)).not.toContain('unknown');
  });

  it.each(ALL)('the buttons of %s send commands the parser knows', (_name, t) => {
    expect(kindOf(t.help.commandCheckIn)).toBe('checkIn');
    expect(table.parse(`${t.help.commandStatus} Lønn`)).toMatchObject({ command: { name: 'status' }, argument: 'Lønn' });
    expect(kindOf(t.help.commandHelp)).toBe('help');
    expect(kindOf(t.privacy.eraseCommand)).toBe('eraseMyData');
  });

  it.each(ALL)('the examples quoted in the prose of %s parse as commands', (_name, t) => {
    for (const path of COMMAND_QUOTES) {
      const examples = quoted(at(t, path) as string);
      expect({ path, found: examples.length > 0 }).toEqual({ path, found: true });
      for (const example of examples) expect({ path, example, kind: kindOf(withoutMention(example)) }).not.toMatchObject({ kind: 'unknown' });
    }
    for (const example of [...quoted(t.checkIn.noChannel('Lønn')), ...quoted(t.cost.needsAmount('Lønn')), ...quoted(t.templates.staleForm('mars 2027'))]) {
      expect({ example, kind: kindOf(withoutMention(example)) }).not.toMatchObject({ kind: 'unknown' });
    }
    expect(kindOf(withoutMention(quoted(t.annualCycle.noticeAdvice)[0]))).toBe('annualCycle');
  });

  it.each(ALL)('%s quotes its own button labels where it names them', (_name, t) => {
    expect(quoted(t.checkIn.saveFailed)).toEqual([t.checkIn.submit]);
    expect(quoted(t.annualCycle.noticeAdvice)[1]).toBe(t.annualCycle.useChannel);
  });
});

/* ---------------------------------------------------------------------------------------------
 * Really translated. A leaf may equal nb only if listed here, and every listed leaf must equal
 * nb, so the lists cannot go stale. Command words may match nb (the parser reads every language's
 * words); the nynorsk list is longer because many words are spelt the same in both standards.
 * ------------------------------------------------------------------------------------------- */

const COMMAND_WORDS = [
  ...leaves(nb).filter(({ path }) => HELP_WORD.test(path)).map(({ path }) => path),
  'help.commandCheckIn', 'help.commandStatus', 'help.commandHelp', 'privacy.eraseCommand'
];

const SAME_IN_NYNORSK = [
  ...COMMAND_WORDS.filter((path) => at(nn, path) === at(nb, path)),
  'about.title', 'about.version', 'about.privacy', 'about.privacyNoContact',
  'ask.turnOn', 'ask.turnOff',
  'prioritise.agreement.high', 'prioritise.area', 'prioritise.create', 'prioritise.potential', 'prioritise.rank',
  'checklist.dueInput', 'checklist.edit', 'checklist.newLabelInput', 'checklist.newPhaseInput', 'checklist.retireInput', 'checklist.saveTemplate', 'checklist.save', 'checklist.state.done', 'checklist.state.inProgress', 'checklist.stateInput',
  'benefits.baselineInput', 'benefits.column.baseline', 'benefits.column.collaboration', 'benefits.column.colour', 'benefits.column.comment', 'benefits.column.indicator', 'benefits.column.kind', 'benefits.column.network', 'benefits.column.period', 'benefits.column.target', 'benefits.column.targetDate', 'benefits.column.value', 'benefits.edit', 'benefits.editYears', 'benefits.income', 'benefits.kind.economic', 'benefits.kind.quality', 'benefits.kind.time', 'benefits.kindInput', 'benefits.net', 'benefits.newBenefit', 'benefits.onTrack', 'benefits.oneOff', 'benefits.planned', 'benefits.reached', 'benefits.realised', 'benefits.running', 'benefits.save', 'benefits.savings', 'benefits.targetInput', 'benefits.year',
  'networkFile.section.network', 'networkFile.section.collaborations',
  'templates.kind.economy', 'templates.kind.text', 'templates.kind.yesno', 'templates.retire', 'templates.newLabelInput', 'templates.save',
  'notAnswered', 'yes', 'no', 'privacy.yes', 'privacy.no',
  'colour.yellow', 'economy.minor', 'scale.0', 'scale.1', 'scale.3', 'scale.4',
  'help.buttonCheckIn', 'help.buttonStatus', 'help.buttonHelp',
  'checkIn.textPlaceholder', 'checkIn.submit', 'checkIn.errorRequired', 'checkIn.errorCode.invalid', 'checkIn.errorCode.tooLong', 'checkIn.updatedTitle',
  'summary.economy', 'summary.showStatus',
  'status.trendTitle', 'status.colourHistory', 'status.period', 'status.question', 'status.economy', 'status.refresh',
  'questions.collaboration', 'questions.title.yellow',
  'cost.municipality', 'cost.fixed', 'cost.sum', 'cost.total',
  'export.xlsx', 'export.csv', 'export.network', 'export.collaboration', 'export.period', 'export.periodCode', 'export.submitted', 'export.dateTimeFormat',
  'annualCycle.collaboration', 'annualCycle.colour', 'annualCycle.change', 'annualCycle.noticeWhat.notice',
  'annualCycle.cadenceName.quarterly', 'annualCycle.cadenceName.tertial', 'annualCycle.editTitle', 'annualCycle.closesLabel', 'annualCycle.hourLabel', 'annualCycle.save',
  'privacy.objectId', 'privacy.tenant', 'privacy.chat', 'privacy.nothing', 'privacy.roles',
  'privacy.role.admin', 'privacy.role.kommunedirektør', 'privacy.role.member', 'privacy.answersTitle', 'privacy.download',
  'audit.field.closesAfter', 'audit.field.sendHour', 'audit.field.channel', 'audit.field.collaborations', 'audit.field.people',
  'audit.field.cadence', 'audit.field.checklistTemplate', 'audit.field.costKey', 'audit.field.goals', 'audit.field.hostMunicipalityId', 'audit.field.language',
  'audit.field.legalForm', 'audit.field.municipalityId', 'audit.field.number', 'audit.field.phase', 'audit.field.questions',
  'audit.field.retention', 'audit.field.roles', 'audit.field.sector', 'definition.problem.tooLong',
  'admin.addCollaboration', 'admin.addMunicipality', 'admin.cadenceLabel', 'admin.collaborations',
  'admin.hostLabel', 'admin.languageName.en', 'admin.languageName.nb', 'admin.languageName.nn', 'admin.legalFormLabel',
  'admin.noHost', 'admin.numberLabel', 'admin.personLabel', 'admin.phase.avvikling',
  'admin.phase.drift', 'admin.phase.etablering', 'admin.phase.evaluering', 'admin.phase.idé', 'admin.phase.vedtak',
  'admin.phaseLabel', 'admin.removeMunicipality', 'admin.roleLabel', 'admin.roleName.admin',
  'admin.roleName.kommunedirektør', 'admin.roles', 'admin.save', 'admin.sectorLabel',
  'link.generalChannel', 'networkPicker.label', 'networkPicker.show',
  'survey.administrative', 'survey.all', 'survey.municipality', 'survey.political', 'survey.question', 'survey.send', 'survey.exportGroup', 'survey.exportMean', 'survey.viewsDiffer', 'survey.saveEvaluationDate',
  'reports.summary', 'reports.statusTable', 'reports.columns.collaboration', 'reports.columns.colour', 'reports.columns.trend',
  'reports.columns.economy', 'reports.columns.lastPeriod', 'reports.never', 'reports.none', 'reports.trendHeading', 'reports.facts',
  'reports.legalForm', 'reports.host', 'reports.phase', 'reports.goals', 'reports.history', 'reports.historyColumns.period',
  'reports.historyColumns.colour', 'reports.historyColumns.economy', 'reports.historyColumns.score', 'reports.historyColumns.respondents',
  'reports.overviewColumns.collaboration', 'reports.overviewColumns.legalForm', 'reports.overviewColumns.host',
  'reports.overviewColumns.costKey', 'reports.overviewColumns.phase', 'reports.noHost',
  'reports.partnersColumns.question', 'reports.partnersColumns.mean', 'reports.partnersColumns.before', 'reports.benefitsColumns.indicator',
  'reports.benefitsColumns.kind', 'reports.benefitsColumns.latest', 'reports.benefitsColumns.reached', 'reports.noBenefits', 'reports.yes', 'reports.no',
  'audit.field.file', 'audit.field.cutoff', 'audit.field.sha256',
  'bodies.add', 'bodies.channelLabel', 'bodies.field.collaborationId', 'bodies.field.municipalityId', 'bodies.field.report',
  'bodies.kind.formannskap', 'bodies.kind.kommunestyre', 'bodies.kind.regionråd', 'bodies.kind.styringsgruppe', 'bodies.kindLabel',
  'bodies.meetingsPlaceholder', 'bodies.membersLabel', 'bodies.noChannel', 'bodies.noChoice', 'bodies.remove',
  'bodies.report.annual', 'bodies.report.overview', 'bodies.report.tertial', 'bodies.save', 'networkFile.section.bodies',
  'audit.field.bodies', 'audit.field.collaboration', 'audit.field.kind', 'audit.field.members', 'audit.field.municipality', 'audit.field.report', 'audit.field.reportBefore'
];

const SAME_IN_ENGLISH = [
  'notAnswered',
  'status.helpEntries.0.word', 'status.helpEntries.4.word', 'admin.helpEntries.0.word', 'help.commandStatus',
  'help.buttonStatus', 'annualCycle.colour', 'privacy.role.admin',
  'admin.personLabel', 'admin.roleName.admin',
  'reports.columns.colour', 'reports.columns.trend', 'reports.historyColumns.colour', 'reports.noHost',
  'audit.field.sha256', 'bodies.meetingsPlaceholder', 'bodies.noChoice'
];

/** Function results that may equal nb's for the same arguments: names, periods and numbers only. */
const SAME_RESULT = {
  nn: [
    'networkFile.error', 'networkFile.added', 'networkFile.problem.naming', 'ask.title', 'ask.citation',
    'templates.title', 'templates.question', 'templates.retireLabel', 'templates.about', 'templates.aboutNew',
    'period', 'periodShort', 'date', 'dateTime', 'score', 'count', 'list', 'checkIn.title', 'checkIn.subtitle', 'checkIn.receiptSubtitle', 'summary.title', 'summary.updatedSubtitle',
    'status.overviewTitle', 'status.last', 'status.sector', 'status.detailTitle', 'status.detailSubtitle',
    'questions.count', 'questions.trendTitle', 'cost.title', 'cost.keyLine', 'cost.kroner', 'cost.share',
    'export.title', 'municipality.title', 'annualCycle.changedColour', 'annualCycle.cycleTitle', 'audit.title', 'audit.when', 'audit.action.network.imported', 'audit.action.municipality.added', 'audit.change',
    'admin.kommunedirektørOf', 'admin.otherTeam', 'admin.overviewTitle', 'about.cosmos', 'about.privacyContact',
    'checklist.title', 'checklist.pointInput', 'checklist.templateTitle', 'checklist.phaseHeading', 'checklist.itemSubtitle', 'checklist.move', 'checklist.due', 'checklist.overdue', 'checklist.reference', 'checklist.reminderLine',
    'benefits.amounts', 'benefits.answerValue', 'benefits.chartValue', 'benefits.formSubtitle', 'benefits.latestColour', 'benefits.latestValue', 'benefits.municipalityLine', 'benefits.newTitle', 'benefits.number', 'benefits.reachedLine', 'benefits.title', 'benefits.yearInput',
    'prioritise.newTitle', 'prioritise.potentialInput', 'prioritise.resultSubtitle', 'prioritise.resultTitle', 'prioritise.scoreTitle',
    'survey.title', 'survey.resultsTitle', 'survey.startTitle', 'survey.rateTitle', 'survey.rateLine', 'survey.points',
    'admin.edit', 'admin.remove',
    'reports.annualLink', 'reports.annualTitle', 'reports.tertialLink', 'reports.tertialTitle', 'reports.overdueLine', 'reports.decimal', 'reports.meetingLink', 'reports.bodyMeetingLink',
    'audit.action.body.added', 'bodies.edit', 'bodies.formTitle', 'bodies.generalChannel', 'bodies.lastReported', 'bodies.line', 'bodies.nextMeeting', 'bodies.reportTitle', 'bodies.title'
  ],
  en: [
    'templates.title',
    'checkIn.subtitle', 'checkIn.receiptSubtitle', 'status.overviewTitle', 'status.sector', 'status.detailTitle',
    'questions.trendTitle', 'municipality.title', 'annualCycle.changedColour', 'audit.change', 'definition.line',
    'reports.decimal', 'ask.citation', 'benefits.number', 'benefits.yearInput'
  ]
};

const stringLeaves = (t: Catalogue) => leaves(t).filter((leaf): leaf is { path: string; value: string } => typeof leaf.value === 'string');

describe('translated', () => {
  /**
   * Shares of nb's strings that differ: by count, and by length (the sentences people read).
   * Nynorsk shares short labels with bokmål («Status», «Periode», «Sum»), so its count is lower.
   */
  it.each([
    ['nn', nn, SAME_IN_NYNORSK, 0.55, 0.85],
    ['en', en, SAME_IN_ENGLISH, 0.95, 0.98]
  ] as const)('%s: only the listed strings are the same as in nb, and enough of them differ', (_name, t, allowed, byCount, byLength) => {
    const reference = stringLeaves(nb);
    const same = reference.filter(({ path, value }) => at(t, path) === value);
    expect(same.map(({ path }) => path).sort()).toEqual([...allowed].sort());
    const length = (list: { value: string }[]) => list.reduce((sum, { value }) => sum + value.length, 0);
    expect(1 - same.length / reference.length).toBeGreaterThanOrEqual(byCount);
    expect(1 - length(same) / length(reference)).toBeGreaterThanOrEqual(byLength);
  });

  it('nn shows nynorsk command words where nynorsk has its own, and they mean what nb’s do', () => {
    expect(helpWords(nn)).toEqual(expect.arrayContaining(['kople lønn', 'kva er raudt?']));
    for (const path of COMMAND_WORDS) expect({ path, kind: kindOf(at(nn, path) as string) }).toEqual({ path, kind: kindOf(at(nb, path) as string) });
  });

  it.each(TRANSLATIONS)('%s: functions give their own text, apart from the listed names-and-numbers ones', (name, t) => {
    const allowed = SAME_RESULT[name as keyof typeof SAME_RESULT];
    const same = functionsOf(nb)
      .filter(({ path, fn }) => {
        const mine = at(t, path) as (...args: unknown[]) => unknown;
        return callsOf(nb, path, fn).every((args) => mine(...args) === fn(...args));
      })
      .map(({ path }) => path);
    expect(same.sort()).toEqual([...allowed].sort());
  });

  /** Outside quoted commands, these words give bokmål away in nynorsk and Norwegian in English. */
  const GIVEAWAYS = {
    nn: /(?<!\p{L})(ikke|jeg|hva|hvem|hvordan|hvilke|hvilket|noe|ennå|bare|fra|mye|fortsatt|ble|sammendrag\p{L}*|påminnelse\p{L}*|leder|lederne|beslutning\p{L}*|kommer|velkommen|eksempel|innbyggere|hvis|lagret|endret|følger)(?!\p{L})/iu,
    en: /(?<!\p{L})(og|ikke|ikkje|jeg|eg|til|på|som|har|med|samarbeid\p{L}*|innsjekk\p{L}*|kommune|kommuner)(?!\p{L})/iu
  };
  const outsideQuotes = (text: string) => text.replace(/«[^»]*»|‘[^’]*’/g, '');

  it.each(TRANSLATIONS)('%s has no words of the other language outside quoted commands', (name, t) => {
    const giveaway = GIVEAWAYS[name as keyof typeof GIVEAWAYS];
    const texts = [
      ...stringLeaves(t).filter(({ path }) => !COMMAND_WORDS.includes(path) && path !== 'help.englishNote'),
      ...functionsOf(t).flatMap(({ path, fn }) => callsOf(t, path, fn).map((args) => ({ path, value: String(fn(...args)) })))
    ];
    expect(texts.filter(({ value }) => giveaway.test(outsideQuotes(value).replace(/Ås og Ørland/g, '')))).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s quotes consistently: «» in nynorsk, ‘’ in English', (name, t) => {
    const texts = stringLeaves(t).map(({ value }) => value);
    const other = name === 'nn' ? /[‘“”"]/ : /[«»“”"]/;
    expect(texts.filter((text) => other.test(text))).toEqual([]);
    if (name === 'en') expect(texts.filter((text) => text.includes("'"))).toEqual([]);
  });
});

describe('catalogues and languageOf', () => {
  it('assembles each language from the shared texts and every module’s own section', () => {
    expect(Object.keys(catalogues)).toEqual(['nb', 'nn', 'en']);
    for (const module of modules.filter((m) => m.texts)) {
      for (const [language, texts] of Object.entries(module.texts!)) {
        for (const [section, value] of Object.entries(texts)) expect(catalogues[language as 'nb'][section as 'general']).toBe(value);
      }
    }
  });

  it.each([
    ['nb-NO', 'nb'], ['nb', 'nb'], ['no', 'nb'], ['no-NO', 'nb'], ['NB-no', 'nb'], ['nb_NO', 'nb'],
    ['nn-NO', 'nn'], ['nn', 'nn'], ['NN-no', 'nn'],
    ['en-US', 'en'], ['en-GB', 'en'], ['en', 'en'], ['en-IN', 'en'], [' en-GB ', 'en']
  ])('«%s» is %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });

  it.each([undefined, '', ' ', 'sv-SE', 'da-DK', 'de', 'se-NO', 'fr-FR', 'english', 'nob', 'nbo', 'constructor', 'toString', '-NO'])(
    '«%s» has no catalogue',
    (locale) => {
      expect(languageOf(locale)).toBeUndefined();
    }
  );
});
