import { DateTime } from 'luxon';
import { DEFAULT_MEETING_LEAD, parseDay, type Body, type MeetingLead } from './bodies';
import { nthWorkingDay } from './calendar';
import { DEFAULT_COST_KEY, splitCost } from './cost';
import { flagsOf, scoreOf } from './flags';
import { parsePeriod, periodAt, periodBounds, ZONE, type PeriodKey } from './period';
import { writtenAnswers } from './reporting';
import { direction, type Direction } from './status';
import { userKey } from './roles';
import { isReached, latestValue, type BenefitKind, type Realisation } from './benefits';
import type { Question } from './template';
import type { CheckInDigest, Collaboration, Colour, Economy, LegalForm, Network, Person, Phase } from './types';

/**
 * What the reports for the governing bodies say, as plain values: the documents are built from
 * these by the reports feature, in the network's language. Leaders' written answers appear
 * without their names; a reader who may not see them gets collaborations without them
 * (withoutWrittenAnswers).
 */

/** One collaboration's line in the tertial status report for KDU or the regional council. */
export interface TertialLine {
  name: string;
  sector: string;
  colour?: Colour;
  trend?: Direction;
  economy?: Economy;
  lastPeriod?: PeriodKey;
  overdue: boolean;
  decisionNeeded: boolean;
  decisions: string[];
  celebrations: string[];
}

export interface TertialReport {
  network: string;
  /** The tertial the report is made in (e.g. 2026-T3). */
  tertial: PeriodKey;
  lines: TertialLine[];
  /** The network's mean score (1–5) per tertial, oldest first: the trend chart. */
  trend: { tertial: PeriodKey; score: number }[];
}

const WRITTEN_DECISION = 'decisionText';
const WRITTEN_CELEBRATION = 'celebrate';

/** The tertial an instant (a period's start) falls in. */
const tertialOf = (instant: Date): PeriodKey => periodAt('tertial', instant);

/** The mean score per tertial over every collaboration's history in the status (bounded, no raw reads). */
export function tertialTrend(collaborations: Collaboration[]): TertialReport['trend'] {
  const sums = new Map<PeriodKey, { total: number; count: number }>();
  for (const collaboration of collaborations) {
    for (const summary of collaboration.status.periods) {
      const score = scoreOf(summary);
      if (score === undefined || !parsePeriod(summary.period)) continue;
      const tertial = tertialOf(periodBounds(summary.period).start.toJSDate());
      const sum = sums.get(tertial) ?? { total: 0, count: 0 };
      sums.set(tertial, { total: sum.total + score, count: sum.count + 1 });
    }
  }
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([tertial, s]) => ({ tertial, score: Math.round((s.total / s.count) * 10) / 10 }));
}

export function tertialReport(network: Network, collaborations: Collaboration[], now: Date): TertialReport {
  const lines = [...collaborations]
    .sort((a, b) => a.sector.localeCompare(b.sector, 'nb') || a.name.localeCompare(b.name, 'nb'))
    .map((c): TertialLine => {
      const [latest, previous] = c.status.periods;
      const flags = flagsOf(c, now);
      return {
        name: c.name,
        sector: c.sector,
        ...(latest ? { colour: latest.overall, lastPeriod: latest.period } : {}),
        ...(latest?.economy ? { economy: latest.economy } : {}),
        ...(latest && previous ? { trend: direction(scoreOf(latest), scoreOf(previous)) } : {}),
        overdue: flags.overdue,
        decisionNeeded: flags.decisionNeeded,
        decisions: flags.decisionNeeded ? writtenAnswers(c, WRITTEN_DECISION) : [],
        celebrations: writtenAnswers(c, WRITTEN_CELEBRATION)
      };
    });
  return { network: network.name, tertial: tertialOf(now), lines, trend: tertialTrend(collaborations) };
}

const wrote = (digest: CheckInDigest, key: string) => typeof digest.answers[key] === 'string' && digest.answers[key] !== '';

/**
 * The leaders whose own words a tertial report quotes (the decision asked for, when flagged, and
 * the results to celebrate), each once: the report names no one, but the words are theirs.
 */
export function quotedInTertial(collaborations: Collaboration[], now: Date): Person[] {
  const quoted = new Map<string, Person>();
  for (const c of collaborations) {
    const decisions = flagsOf(c, now).decisionNeeded;
    for (const digest of c.status.latest) {
      if ((decisions && wrote(digest, WRITTEN_DECISION)) || wrote(digest, WRITTEN_CELEBRATION)) quoted.set(userKey(digest.respondent), digest.respondent);
    }
  }
  return [...quoted.values()];
}

/** The annual report of one collaboration, for the municipalities' årsmeldinger. */
export interface AnnualReport {
  network: string;
  name: string;
  year: number;
  legalForm: LegalForm;
  phase: Phase;
  host?: string;
  participants: string[];
  goals: string[];
  /** The year's periods, oldest first. */
  history: { period: PeriodKey; colour: Colour; economy?: Economy; score?: number; respondents: number }[];
  celebrations: string[];
  /** The partners' yearly evaluation closed in the year, when it reached N; `before` is the evaluation ahead of it. */
  partners?: { closedAt: string; respondents: number; means: { label: string; value: number; before?: number }[] };
  /** Each planned benefit with the newest value reported in the year or before. */
  benefits: { kind: BenefitKind; indicator: string; baseline: number; target: number; targetDate: string; latest?: Realisation; reached: boolean }[];
}

const nameOf = (network: Network, id: string | undefined) => network.municipalities.find((m) => m.id === id)?.name;

/** The partners' view when it was closed in `year`, labelled with the evaluation's questions. */
function partnersIn(collaboration: Collaboration, year: number, questions: Question[]): AnnualReport['partners'] {
  const view = collaboration.partnerView;
  if (!view || Number(view.closedAt.slice(0, 4)) !== year) return undefined;
  const label = (key: string) => questions.find((q) => q.key === key)?.short ?? key;
  const means = Object.entries(view.means).map(([key, value]) => ({ label: label(key), value, ...(view.previous?.means[key] !== undefined ? { before: view.previous.means[key] } : {}) }));
  return { closedAt: view.closedAt, respondents: view.respondents, means };
}

function benefitsBy(collaboration: Collaboration, year: number): AnnualReport['benefits'] {
  return (collaboration.benefits?.benefits ?? []).map((b) => {
    const upToYear = { ...b, realised: b.realised.filter((r) => (parsePeriod(r.period)?.year ?? Infinity) <= year) };
    const latest = latestValue(upToYear);
    return { kind: b.kind, indicator: b.indicator, baseline: b.baseline, target: b.target, targetDate: b.targetDate, ...(latest ? { latest } : {}), reached: isReached(upToYear) };
  });
}

/** `evaluationQuestions` name the partners' means: the network's evaluation questions. */
export function annualReport(network: Network, collaboration: Collaboration, year: number, evaluationQuestions: Question[] = []): AnnualReport {
  const history = collaboration.status.periods
    .filter((p) => parsePeriod(p.period)?.year === year)
    .map((p) => ({ period: p.period, colour: p.overall, ...(p.economy ? { economy: p.economy } : {}), ...withScore(scoreOf(p)), respondents: p.respondents }))
    .reverse();
  const host = nameOf(network, collaboration.hostMunicipalityId);
  return {
    network: network.name,
    name: collaboration.name,
    year,
    legalForm: collaboration.legalForm,
    phase: collaboration.phase ?? 'drift',
    ...(host ? { host } : {}),
    participants: collaboration.participantIds.map((id) => nameOf(network, id) ?? id),
    goals: collaboration.goals ?? [],
    history,
    celebrations: writtenAnswers(collaboration, WRITTEN_CELEBRATION),
    ...withPartners(partnersIn(collaboration, year, evaluationQuestions)),
    benefits: benefitsBy(collaboration, year)
  };
}

const withPartners = (partners: AnnualReport['partners']) => (partners ? { partners } : {});

const withScore = (score: number | undefined) => (score === undefined ? {} : { score: Math.round(score * 10) / 10 });

/** Every collaboration one municipality hosts or takes part in: the briefing for new politicians. */
export interface MunicipalityOverview {
  network: string;
  municipality: string;
  lines: {
    name: string;
    legalForm: LegalForm;
    host?: string;
    participants: string[];
    /** Share (0–1) of the cost split equally; the rest follows population. */
    fixedShare: number;
    /** This municipality's share (0–1) of the cost under the key, when it takes part. */
    share?: number;
    phase: Phase;
  }[];
}

/** Share of a million kroner under the key: exact enough for a percentage with one decimal. */
function shareOf(network: Network, collaboration: Collaboration, municipalityId: string): number | undefined {
  const participants = collaboration.participantIds
    .map((id) => network.municipalities.find((m) => m.id === id))
    .filter((m): m is NonNullable<typeof m> => m !== undefined);
  if (!participants.some((m) => m.id === municipalityId)) return undefined;
  try {
    const shares = splitCost(1_000_000, participants, collaboration.costKey ?? DEFAULT_COST_KEY);
    return (shares.find((s) => s.municipalityId === municipalityId)?.kroner ?? 0) / 1_000_000;
  } catch {
    return undefined;
  }
}

export function municipalityOverview(network: Network, collaborations: Collaboration[], municipalityId: string): MunicipalityOverview {
  const concerned = collaborations
    .filter((c) => c.networkId === network.id && (c.hostMunicipalityId === municipalityId || c.participantIds.includes(municipalityId)))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return {
    network: network.name,
    municipality: nameOf(network, municipalityId) ?? municipalityId,
    lines: concerned.map((c) => {
      const host = nameOf(network, c.hostMunicipalityId);
      const share = shareOf(network, c, municipalityId);
      return {
        name: c.name,
        legalForm: c.legalForm,
        ...(host ? { host } : {}),
        participants: c.participantIds.map((id) => nameOf(network, id) ?? id),
        fixedShare: (c.costKey ?? DEFAULT_COST_KEY).fixedShare,
        ...(share === undefined ? {} : { share }),
        phase: c.phase ?? 'drift'
      };
    })
  };
}

/**
 * A collaboration as it stood at a meeting's cut-off: only the periods answered before it, and
 * the written answers only when their period is still the newest. A report filed for a meeting
 * shows this, so it reads the same whenever it is made.
 */
export function asOf(collaboration: Collaboration, cutoff: Date): Collaboration {
  const before = cutoff.toISOString();
  const periods = collaboration.status.periods.filter((p) => p.lastSubmittedAt < before);
  const newestKept = periods[0]?.period === collaboration.status.periods[0]?.period;
  const { partnerView, benefits, ...rest } = collaboration;
  // An evaluation closed after the cut-off, or a benefit value reported after it, was not known then.
  const plan = benefits && { ...benefits, benefits: benefits.benefits.map((b) => ({ ...b, realised: b.realised.filter((r) => r.submittedAt < before) })) };
  return {
    ...rest,
    status: { periods, latest: newestKept ? collaboration.status.latest : [] },
    ...(partnerView && partnerView.closedAt < before ? { partnerView } : {}),
    ...(plan ? { benefits: plan } : {})
  };
}

/** Working days before the meeting its report is cut off and ready (DOMAIN.md: the årshjul), unless the network sets another lead. */
export const REPORT_READY_WORKING_DAYS = DEFAULT_MEETING_LEAD.reportBefore;

/** The cut-off of a meeting on `meetingDay` (YYYY-MM-DD, Oslo): the start of the working day that many working days before it. */
export function meetingCutoff(meetingDay: string, workingDays = REPORT_READY_WORKING_DAYS): Date | undefined {
  const day = DateTime.fromISO(meetingDay, { zone: ZONE });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meetingDay) || !day.isValid) return undefined;
  return nthWorkingDay(day, -workingDays).startOf('day').toJSDate();
}

/** A body's latest meeting whose report is cut off by `now`: the copy its members can fetch again with `rapport`. */
export function latestFiledMeeting(body: Pick<Body, 'meetings'>, lead: MeetingLead, now: Date): string | undefined {
  const filed = body.meetings.filter((day) => {
    const cutoff = meetingCutoff(day, lead.reportBefore);
    return cutoff !== undefined && cutoff <= now;
  });
  return filed.sort().at(-1);
}

/** «møte 10.12.2026», «møte 2026-12-10», «meeting 10.12.2026»: the meeting's day as YYYY-MM-DD; 'none' when the text names no meeting. */
export function parseMeetingDay(text: string | undefined): string | 'none' | undefined {
  const match = /^\s*(?:møte|mote|meeting)\b\s*(.*)$/iu.exec(text ?? '');
  if (!match) return 'none';
  return parseDay(match[1]);
}
