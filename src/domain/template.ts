import { DateTime } from 'luxon';
import { osloDay, ZONE } from './period';

/**
 * Check-in templates are versioned data: a network may add, reword or retire questions,
 * and every stored answer names the version it was given against so history stays readable.
 * Versions never change once stored; a change is a new version (see templateRevision.ts).
 */

export type QuestionKind = 'colour' | 'scale' | 'economy' | 'text' | 'yesno';

export interface Question {
  key: string;
  kind: QuestionKind;
  label: string;
  /** A word or two for receipts, summaries and tables, where the full question would wrap over lines. */
  short: string;
  /** Short guidance shown under the label. */
  hint?: string;
  required: boolean;
  /** Required only when another answer has one of these values (e.g. a comment for Gul/Rød). */
  requiredWhen?: { key: string; values: string[] };
  /** For free text: the longest answer accepted. */
  maxLength?: number;
}

export interface TemplateVersion {
  version: number;
  /** ISO date: periods starting on or after it use this version; earlier ones keep older versions. */
  validFrom: string;
  questions: Question[];
}

export interface Template {
  id: string;
  networkId: string;
  name: string;
  /** Oldest first; the last is the newest, which may not apply yet (see versionFor). */
  versions: TemplateVersion[];
}

export const TEXT_MAX_LENGTH = 1000;

/** The newest version: what the next change builds on. It may only apply from a later period. */
export function currentVersion(template: Template): TemplateVersion {
  return template.versions[template.versions.length - 1];
}

/** Today's date in Norwegian time, as an ISO date like a version's validFrom. */
export const osloDate = (instant: Date): string => osloDay(instant).isoDate;

/**
 * The version for a period starting on the given ISO date: the highest whose validFrom is on or
 * before it. Several edits before a date each make a version with the same validFrom, and the
 * last of them wins. A period before every validFrom gets the first version.
 */
export function versionFor(template: Template, periodStart: string): TemplateVersion {
  const applying = template.versions.filter((v) => v.validFrom <= periodStart);
  return applying.reduce((best, v) => (v.version > best.version ? v : best), applying[0] ?? template.versions[0]);
}

/** The newest version when it only applies from a later date than the instant's; undefined otherwise. */
export function pendingVersion(template: Template, now: Date): TemplateVersion | undefined {
  const newest = currentVersion(template);
  return newest.validFrom > osloDate(now) ? newest : undefined;
}

/**
 * When a version made now takes effect: the first day of the next month in Norwegian time.
 * Every cadence's periods start on the first of a month, so this is the start of the next
 * monthly period, and quarterly and tertial collaborations get it from their next period that
 * starts on or after it. A period already running always started before it and keeps the
 * questions its leaders may have answered (which is also why a started period's version is final).
 */
export function nextValidFrom(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).startOf('month').plus({ months: 1 }).toISODate()!;
}

/**
 * Every question any version has asked, each in its newest wording: the newest version's
 * questions in order, then retired ones. Keys are never reused, so answers compare by key.
 */
export function questionsEverAsked(template: Template): Question[] {
  const asked = new Map<string, Question>();
  for (const version of [...template.versions].reverse()) {
    for (const question of version.questions) if (!asked.has(question.key)) asked.set(question.key, question);
  }
  return [...asked.values()];
}

export function templateVersion(template: Template, version: number): TemplateVersion | undefined {
  return template.versions.find((v) => v.version === version);
}

export function scaleQuestions(version: TemplateVersion): Question[] {
  return version.questions.filter((q) => q.kind === 'scale');
}

const text = (key: string, label: string, short: string, extra: Partial<Question> = {}): Question => ({
  key,
  kind: 'text',
  label,
  short,
  required: false,
  maxLength: TEXT_MAX_LENGTH,
  ...extra
});

const scale = (key: string, label: string, short: string): Question => ({ key, kind: 'scale', label, short, required: true });

/** «Felles statusmal»: the common status template recommended by the reports (DOMAIN.md). */
export function fellesStatusmal(networkId: string): Template {
  return {
    id: 'felles-statusmal',
    networkId,
    name: 'Felles statusmal',
    versions: [
      {
        version: 1,
        validFrom: '2000-01-01',
        questions: [
          {
            key: 'overall',
            kind: 'colour',
            label: 'Samlet status for samarbeidet nå',
            short: 'Samlet status',
            hint: 'Grønn: i rute · Gul: utfordringer under kontroll · Rød: krever tiltak eller beslutning',
            required: true
          },
          text('overallComment', 'Kort begrunnelse', 'Begrunnelse', {
            requiredWhen: { key: 'overall', values: ['yellow', 'red'] },
            hint: 'Påkrevd ved gul eller rød status'
          }),
          scale('goals', 'I hvilken grad er samarbeidet i rute mot de felles målene?', 'Felles mål'),
          scale('quality', 'I hvilken grad får alle deltakerkommunene tjenester av god nok kvalitet?', 'Kvalitet'),
          { key: 'economy', kind: 'economy', label: 'Økonomi i perioden', short: 'Økonomi', required: true },
          text('economyComment', 'Kommentar til økonomi', 'Om økonomien'),
          scale('benefits', 'I hvilken grad realiseres de planlagte gevinstene, økonomiske og kvalitative?', 'Gevinster'),
          scale('trust', 'I hvilken grad opplever du tillit mellom deltakerkommunene?', 'Tillit'),
          scale('control', 'I hvilken grad har deltakerkommunene tilstrekkelig innsyn, styring og kontroll?', 'Styring og kontroll'),
          scale(
            'anchoring',
            'I hvilken grad er samarbeidet forankret politisk, administrativt og hos ansatte og tillitsvalgte?',
            'Forankring'
          ),
          scale(
            'capacity',
            'I hvilken grad har samarbeidet robust kapasitet og kompetanse (lite sårbart ved fravær og turnover)?',
            'Kapasitet og kompetanse'
          ),
          text('risks', 'Risikoer eller hindringer som bør løftes', 'Risikoer og hindringer'),
          {
            key: 'decisionNeeded',
            kind: 'yesno',
            label: 'Trenger samarbeidet en beslutning eller avklaring fra kommunedirektørene eller eierne?',
            short: 'Trenger beslutning',
            required: true
          },
          text('decisionText', 'Hva må besluttes eller avklares?', 'Beslutning som trengs', {
            requiredWhen: { key: 'decisionNeeded', values: ['true'] },
            hint: 'Påkrevd når dere trenger en beslutning'
          }),
          text('celebrate', 'Resultater å feire siden sist', 'Å feire')
        ]
      }
    ]
  };
}
