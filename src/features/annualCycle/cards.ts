import { card, commandButton, heading, plain, submitButton, table, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { COLOUR_STYLE, colourText, meanCell, periodName } from '../../cards/answers';
import type { AnnualCycleEvent } from '../../domain/annualCycle';
import { scoreOf } from '../../domain/flags';
import { writtenAnswers } from '../../domain/reporting';
import { CADENCES, type AnnualCycle, type Collaboration, type Network } from '../../domain/types';
import { choiceInput, numberInput, textInput } from '../../cards/inputs';
import type { Catalogue } from '../../core/i18n/catalogue';

export const ANNUAL_CYCLE_SAVE = 'cycle.save';
export const ANNUAL_CYCLE_CHANNEL = 'cycle.channel';
export const ANNUAL_CYCLE_NETWORK = 'cycle.network';

const names = (collaboration: Collaboration, t: Catalogue) => plain(t.list(collaboration.leaders.map((l) => l.name)));

/** To the network's admins when the window has closed and collaborations have not reported. */
export function escalationCard(network: Network, period: string, overdue: Collaboration[], t: Catalogue): AdaptiveCard {
  return card(
    [
      heading(t.annualCycle.escalationTitle(plain(network.name))),
      textBlock(t.annualCycle.escalationIntro(periodName(period, t), overdue.length)),
      ...overdue.flatMap((c) => [
        textBlock(plain(c.name), { weight: 'Bolder', spacing: 'Medium' }),
        textBlock(c.leaders.length ? t.annualCycle.leaders(names(c, t)) : t.annualCycle.noLeader, { spacing: 'None', isSubtle: true })
      ])
    ],
    [commandButton(t.help.buttonStatus, t.help.commandStatus)]
  );
}

/** One collaboration's line in the digest, with what it reported for the digest's period. */
export interface DigestRow {
  collaboration: Collaboration;
  reported: boolean;
}

function said(title: string, items: [Collaboration, string[]][]): CardElement[] {
  if (items.length === 0) return [];
  return [
    textBlock(title, { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
    ...items.flatMap(([c, lines]) => [textBlock(plain(c.name), { weight: 'Bolder', spacing: 'Small' }), ...lines.map((l) => textBlock(plain(l), { spacing: 'None' }))])
  ];
}

/** Posted to the leadership channel after each period: every collaboration, what changed, what needs the council. */
export function digestCard(network: Network, period: string, rows: DigestRow[], t: Catalogue): AdaptiveCard {
  const latest = (c: Collaboration) => c.status.periods[0];
  const count = (colour: string) => rows.filter((r) => latest(r.collaboration)?.overall === colour).length;
  const missing = rows.filter((r) => !r.reported).map((r) => r.collaboration);
  const colourCell = (c: Collaboration) => {
    const [now, before] = c.status.periods;
    if (!now) return t.notAnswered;
    const text = before && before.overall !== now.overall ? t.annualCycle.changedColour(colourText(before.overall, t), colourText(now.overall, t)) : colourText(now.overall, t);
    return { text, options: { weight: 'Bolder' }, style: COLOUR_STYLE[now.overall] };
  };
  const sorted = [...rows].sort((a, b) => a.collaboration.name.localeCompare(b.collaboration.name, 'nb'));
  const withDecision = sorted.filter((r) => latest(r.collaboration)?.decisionNeeded).map((r) => [r.collaboration, writtenAnswers(r.collaboration, 'decisionText')] as [Collaboration, string[]]);
  const toCelebrate = sorted.map((r) => [r.collaboration, writtenAnswers(r.collaboration, 'celebrate')] as [Collaboration, string[]]).filter(([, l]) => l.length);
  return card(
    [
      heading(t.annualCycle.digestTitle(plain(network.name), periodName(period, t))),
      textBlock(t.annualCycle.digestIntro(rows.length, count('red'), count('yellow'), missing.length), { isSubtle: true, spacing: 'None' }),
      table(
        [3, 2, 1],
        [
          [t.annualCycle.collaboration, t.annualCycle.colour, t.annualCycle.change],
          ...sorted.map(({ collaboration: c }) => [plain(c.name), colourCell(c), meanCell(scoreOf(c.status.periods[0]), scoreOf(c.status.periods[1]), t.notAnswered, t)])
        ]
      ),
      ...said(t.annualCycle.decisions, withDecision),
      ...said(t.annualCycle.celebrate, toCelebrate),
      textBlock(t.annualCycle.notReported, { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
      missing.length
        ? textBlock(missing.map((c) => `${plain(c.name)} (${names(c, t) || t.annualCycle.noLeader})`).join(' · '), { color: 'attention' })
        : textBlock(t.annualCycle.allReported, { spacing: 'None' })
    ],
    [commandButton(t.help.buttonStatus, t.help.commandStatus)]
  );
}

/** To the admins when people or the leadership channel could not be reached. */
export function noticeCard(network: Network, what: string, unreachable: string[], t: Catalogue): AdaptiveCard {
  return card([
    heading(t.annualCycle.noticeTitle(plain(network.name))),
    textBlock(t.annualCycle.noticeIntro(what)),
    ...unreachable.map((line) => textBlock(`• ${plain(line)}`, { spacing: 'None' })),
    textBlock(t.annualCycle.noticeAdvice, { size: 'Small', isSubtle: true })
  ]);
}

/** An upcoming event on the årshjul card; a kind with no text of its own shows just its period. */
function eventLine(event: AnnualCycleEvent, t: Catalogue): string {
  const says: Readonly<Record<string, (period: string) => string>> = t.annualCycle.event;
  const period = periodName(event.period, t);
  return Object.hasOwn(says, event.kind) ? says[event.kind](period) : period;
}

export interface AnnualCycleView {
  network: Network;
  cycle: AnnualCycle;
  upcoming: AnnualCycleEvent[];
  /** People and channels the last sends could not reach. */
  unreachable: string[];
  /** Admins get the form; in a team channel they also get «send the digest here». */
  editable: boolean;
  inChannel: boolean;
}

function editForm(view: AnnualCycleView, t: Catalogue): CardElement[] {
  const { cycle } = view;
  const required = { required: true, errorMessage: t.checkIn.errorRequired };
  const number = (id: string, label: string, value: number, min: number, max: number) => numberInput(id, label, value, { min, max, ...required });
  return [
    textBlock(t.annualCycle.editTitle, { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
    number('opensBefore', t.annualCycle.opensLabel, cycle.opensBefore, 1, 15),
    textInput('reminders', t.annualCycle.remindersLabel, cycle.reminders.join(', '), { maxLength: 20 }),
    number('closesAfter', t.annualCycle.closesLabel, cycle.closesAfter, 1, 15),
    choiceInput('digestCadence', t.annualCycle.digestCadenceLabel, CADENCES.map((c) => ({ title: t.annualCycle.cadenceName[c], value: c })), cycle.digest.cadence, required),
    number('digestDay', t.annualCycle.digestDayLabel, cycle.digest.workingDay, 1, 15),
    number('sendHour', t.annualCycle.hourLabel, cycle.sendHour, 8, 15)
  ];
}

/** `årshjul`: what is coming, who cannot be reached, and for admins the settings. */
export function annualCycleCard(view: AnnualCycleView, t: Catalogue): AdaptiveCard {
  const { network, cycle } = view;
  const body: CardElement[] = [
    heading(t.annualCycle.cycleTitle(plain(network.name))),
    textBlock(t.annualCycle.cycleSummary(cycle.opensBefore, cycle.reminders, cycle.closesAfter, cycle.sendHour), { spacing: 'None' }),
    textBlock(t.annualCycle.digestLine(t.annualCycle.cadenceName[cycle.digest.cadence], cycle.digest.workingDay, network.digestChannel && plain(network.digestChannel.channelName)), { spacing: 'Small' }),
    textBlock(t.annualCycle.upcoming, { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
    {
      type: 'FactSet',
      facts: view.upcoming.map((e) => ({ title: t.annualCycle.when(e.at.toISOString()), value: eventLine(e, t) }))
    },
    ...(view.unreachable.length
      ? [
          textBlock(t.annualCycle.unreachableTitle, { weight: 'Bolder', size: 'Medium', spacing: 'Large', color: 'attention' }),
          ...view.unreachable.map((line) => textBlock(`• ${plain(line)}`, { spacing: 'None' }))
        ]
      : []),
    ...(view.editable && !view.inChannel ? editForm(view, t) : [])
  ];
  const ids = { networkId: network.id };
  const actions = !view.editable
    ? []
    : view.inChannel
      ? [submitButton(t.annualCycle.useChannel, { verb: ANNUAL_CYCLE_CHANNEL, ...ids })]
      : [submitButton(t.annualCycle.save, { verb: ANNUAL_CYCLE_SAVE, ...ids }, 'positive')];
  return card(body, actions);
}
