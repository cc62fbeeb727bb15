import { card, heading, plain, submitButton, table, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import type { Catalogue } from '../../core/i18n/catalogue';
import { choiceInput, numberInput, textInput } from '../../cards/inputs';
import { agreementOf, everythingHigh, rankAreas, AREA_LIMITS, GROUP_LIMITS, SCORE, type PrioritisationRound, type RankedArea, type ScoringGroup } from '../../domain/prioritisation';
import { userKey } from '../../domain/roles';
import { visible } from '../../domain/text';
import type { Network, Person } from '../../domain/types';

export const ROUND_CREATE = 'round.create';
export const ROUND_SCORE = 'round.score';
export const ROUND_ADOPT = 'round.adopt';
/** Group slots on the new-round form: the workshop had nine groups at most. */
export const GROUP_SLOTS = 9;

/** Chart values carry one decimal, as the numbers written beside them. */
const tenths = (value: number) => Math.round(value * 10) / 10;

/** Potential against feasibility per area; a FactSet where Teams draws no charts. */
function scoreChart(ranked: RankedArea[], t: Catalogue): CardElement {
  const series = (legend: string, pick: (r: RankedArea) => number) => ({ legend, values: ranked.map((r) => ({ x: visible(r.area.name), y: tenths(pick(r)) })) });
  return {
    type: 'Chart.VerticalBar.Grouped',
    title: t.prioritise.chartTitle,
    colorSet: 'categorical',
    data: [series(t.prioritise.potential, (r) => r.potential), series(t.prioritise.feasibility, (r) => r.feasibility)],
    fallback: { type: 'FactSet', facts: ranked.map((r) => ({ title: plain(r.area.name), value: t.prioritise.chartValue(t.score(r.potential), t.score(r.feasibility)) })) }
  };
}

export interface RoundView {
  network: Network;
  round: PrioritisationRound;
  /** Admins may turn an area into a collaboration. */
  mayAdopt: boolean;
  /** Collaboration names by id, for areas already adopted. */
  collaborationNames: Record<string, string>;
}

/** The ranking so far: mean of potential × feasibility, the groups' agreement, and who has not scored. */
export function roundResultCard(view: RoundView, t: Catalogue): AdaptiveCard {
  const { network, round } = view;
  const ranked = rankAreas(round);
  const scored = new Set(round.submissions.map((s) => s.groupId));
  const waiting = round.groups.filter((g) => !scored.has(g.id));
  const generous = everythingHigh(round);
  const adopted = round.adopted ?? {};
  const open = ranked.filter((r) => !adopted[r.area.id]);
  const agreement = (r: RankedArea) => {
    const level = agreementOf(r);
    return level ? `${t.prioritise.agreement[level]}, ${t.prioritise.spread(t.score(r.spread), r.lowest, r.highest)}` : t.prioritise.oneGroup;
  };
  const names = (groups: ScoringGroup[]) => plain(t.list(groups.map((g) => g.name)));
  return card(
    [
      heading(t.prioritise.resultTitle(plain(round.name))),
      textBlock(t.prioritise.resultSubtitle(plain(network.name), scored.size, round.groups.length), { isSubtle: true, spacing: 'None' }),
      ...(ranked.length === 0 ? [textBlock(t.prioritise.noScores)] : [
        table([1, 6, 3, 5], [
          [t.prioritise.rank, t.prioritise.area, t.prioritise.score, t.prioritise.agreementLabel],
          ...ranked.map((r, i) => [String(i + 1), plain(r.area.name), t.score(r.mean), agreement(r)])
        ]),
        scoreChart(ranked, t)
      ]),
      ...(generous.length ? [textBlock(t.prioritise.everythingHigh(names(generous)), { color: 'attention', weight: 'Bolder' })] : []),
      ...(waiting.length ? [textBlock(t.prioritise.waiting(names(waiting)), { isSubtle: true })] : []),
      ...Object.entries(adopted).flatMap(([areaId, collaborationId]) => {
        const area = round.areas.find((a) => a.id === areaId);
        return area ? [textBlock(t.prioritise.adopted(plain(area.name), plain(view.collaborationNames[collaborationId] ?? collaborationId)), { size: 'Small' })] : [];
      }),
      ...(view.mayAdopt && open.length ? [choiceInput('areaId', t.prioritise.adoptInput, open.map((r) => ({ title: visible(r.area.name), value: r.area.id })), open[0].area.id)] : [])
    ],
    view.mayAdopt && open.length ? [submitButton(t.prioritise.adopt, { verb: ROUND_ADOPT, networkId: network.id, roundId: round.id })] : []
  );
}

/** One group's scores: potential and feasibility for every area, filled in with what it sent before. */
export function scoreCard(round: PrioritisationRound, group: ScoringGroup, t: Catalogue): AdaptiveCard {
  const before = round.submissions.find((s) => s.groupId === group.id)?.scores ?? {};
  const range = { min: SCORE.min, max: SCORE.max, required: true, errorMessage: t.prioritise.scoreError };
  return card(
    [
      heading(t.prioritise.scoreTitle(plain(round.name))),
      textBlock(t.prioritise.scoreIntro(plain(group.name))),
      ...round.areas.map((area) => ({
        type: 'ColumnSet',
        spacing: 'Medium',
        columns: [
          { type: 'Column', width: 'stretch', items: [numberInput(`potential.${area.id}`, visible(t.prioritise.potentialInput(area.name)), before[area.id]?.potential, range)] },
          { type: 'Column', width: 'stretch', items: [numberInput(`feasibility.${area.id}`, visible(t.prioritise.feasibilityInput(area.name)), before[area.id]?.feasibility, range)] }
        ]
      }))
    ],
    [submitButton(t.prioritise.send, { verb: ROUND_SCORE, networkId: round.networkId, roundId: round.id, groupId: group.id }, 'positive')]
  );
}

/** For admins: a new round's areas and groups, each group with the person who answers for it. */
export function newRoundCard(network: Network, roster: Person[], areas: string[], t: Catalogue): AdaptiveCard {
  const people = roster.map((p) => ({ title: visible(p.name), value: userKey(p) }));
  return card(
    [
      heading(t.prioritise.newTitle(plain(network.name))),
      textBlock(t.prioritise.newIntro, { size: 'Small', isSubtle: true }),
      textInput('name', t.prioritise.nameInput, '', { maxLength: AREA_LIMITS.nameLength }),
      textInput('areas', t.prioritise.areasInput, areas.join('\n'), { maxLength: AREA_LIMITS.max * (AREA_LIMITS.nameLength + 1), multiline: true }),
      ...Array.from({ length: GROUP_SLOTS }, (_, i) => ({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [textInput(`groupName${i + 1}`, t.prioritise.groupNameInput(i + 1), '', { maxLength: GROUP_LIMITS.nameLength })] },
          { type: 'Column', width: 'stretch', items: [choiceInput(`groupRep${i + 1}`, t.prioritise.groupRepInput(i + 1), [{ title: t.prioritise.nobody, value: '' }, ...people], '')] }
        ]
      }))
    ],
    [submitButton(t.prioritise.create, { verb: ROUND_CREATE, networkId: network.id }, 'positive')]
  );
}
