import { card, commandButton, heading, plain, submitButton, table, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { COLOUR_STYLE, meanCell, periodName } from '../../cards/answers';
import type { CycleEvent } from '../../domain/annualCycle';
import { scoreOf } from '../../domain/flags';
import { writtenAnswers } from '../../domain/reporting';
import { CADENCES, type AnnualCycle, type Collaboration, type Network } from '../../domain/types';
import { choiceInput, numberInput, textInput } from '../../cards/inputs';
import type { Catalogue } from '../../core/i18n/catalogue';

export const CYCLE_SAVE = 'cycle.save';
export const CYCLE_CHANNEL = 'cycle.channel';

const names = (collaboration: Collaboration) => plain(collaboration.leaders.map((l) => l.name).join(', '));

/** To the network's admins when the window has closed and collaborations have not reported. */
export function escalationCard(network: Network, period: string, overdue: Collaboration[], t: Catalogue): AdaptiveCard {
  return card(
    [
      heading(t.schedule.escalationTitle(plain(network.name))),
      textBlock(t.schedule.escalationIntro(periodName(period, t), overdue.length)),
      ...overdue.flatMap((c) => [
        textBlock(plain(c.name), { weight: 'Bolder', spacing: 'Medium' }),
        textBlock(c.leaders.length ? t.schedule.leaders(names(c)) : t.schedule.noLeader, { spacing: 'None', isSubtle: true })
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
    const text = before && before.overall !== now.overall ? t.schedule.changedColour(t.colour[before.overall], t.colour[now.overall]) : t.colour[now.overall];
    return { text, options: { color: COLOUR_STYLE[now.overall], weight: 'Bolder' } };
  };
  const sorted = [...rows].sort((a, b) => a.collaboration.name.localeCompare(b.collaboration.name, 'nb'));
  const withDecision = sorted.filter((r) => latest(r.collaboration)?.decisionNeeded).map((r) => [r.collaboration, writtenAnswers(r.collaboration, 'decisionText')] as [Collaboration, string[]]);
  const toCelebrate = sorted.map((r) => [r.collaboration, writtenAnswers(r.collaboration, 'celebrate')] as [Collaboration, string[]]).filter(([, l]) => l.length);
  return card(
    [
      heading(t.schedule.digestTitle(plain(network.name), periodName(period, t))),
      textBlock(t.schedule.digestIntro(rows.length, count('red'), count('yellow'), missing.length), { isSubtle: true, spacing: 'None' }),
      table(
        [3, 2, 1],
        [
          [t.schedule.collaboration, t.schedule.colour, t.schedule.change],
          ...sorted.map(({ collaboration: c }) => [plain(c.name), colourCell(c), meanCell(scoreOf(c.status.periods[0]), scoreOf(c.status.periods[1]), t.notAnswered)])
        ]
      ),
      ...said(t.schedule.decisions, withDecision),
      ...said(t.schedule.celebrate, toCelebrate),
      textBlock(t.schedule.notReported, { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
      missing.length
        ? textBlock(missing.map((c) => `${plain(c.name)} (${names(c) || t.schedule.noLeader})`).join(' · '), { color: 'attention' })
        : textBlock(t.schedule.allReported, { spacing: 'None' })
    ],
    [commandButton(t.help.buttonStatus, t.help.commandStatus)]
  );
}

/** To the admins when people or the leadership channel could not be reached. */
export function noticeCard(network: Network, what: string, unreachable: string[], t: Catalogue): AdaptiveCard {
  return card([
    heading(t.schedule.noticeTitle(plain(network.name))),
    textBlock(t.schedule.noticeIntro(what)),
    ...unreachable.map((line) => textBlock(`• ${plain(line)}`, { spacing: 'None' })),
    textBlock(t.schedule.noticeAdvice, { size: 'Small', isSubtle: true })
  ]);
}

/** An upcoming event on the årshjul card; a kind with no text of its own shows just its period. */
function eventLine(event: CycleEvent, t: Catalogue): string {
  const says: Readonly<Record<string, (period: string) => string>> = t.schedule.event;
  const period = periodName(event.period, t);
  return Object.hasOwn(says, event.kind) ? says[event.kind](period) : period;
}

export interface CycleView {
  network: Network;
  cycle: AnnualCycle;
  upcoming: CycleEvent[];
  /** People and channels the last sends could not reach. */
  unreachable: string[];
  /** Admins get the form; in a team channel they also get «send the digest here». */
  editable: boolean;
  inChannel: boolean;
}

function editForm(view: CycleView, t: Catalogue): CardElement[] {
  const { cycle } = view;
  const required = { required: true, errorMessage: t.checkIn.errorRequired };
  const number = (id: string, label: string, value: number, min: number, max: number) => numberInput(id, label, value, { min, max, ...required });
  return [
    textBlock(t.schedule.editTitle, { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
    number('opensBefore', t.schedule.opensLabel, cycle.opensBefore, 1, 15),
    textInput('reminders', t.schedule.remindersLabel, cycle.reminders.join(', '), { maxLength: 20 }),
    number('closesAfter', t.schedule.closesLabel, cycle.closesAfter, 1, 15),
    choiceInput('digestCadence', t.schedule.digestCadenceLabel, CADENCES.map((c) => ({ title: t.schedule.cadenceName[c], value: c })), cycle.digest.cadence, required),
    number('digestDay', t.schedule.digestDayLabel, cycle.digest.workingDay, 1, 15),
    number('sendHour', t.schedule.hourLabel, cycle.sendHour, 8, 15)
  ];
}

/** `årshjul`: what is coming, who cannot be reached, and for admins the settings. */
export function cycleCard(view: CycleView, t: Catalogue): AdaptiveCard {
  const { network, cycle } = view;
  const reminders = cycle.reminders.length ? cycle.reminders.join(', ') : t.schedule.noReminders;
  const body: CardElement[] = [
    heading(t.schedule.cycleTitle(plain(network.name))),
    textBlock(t.schedule.cycleSummary(cycle.opensBefore, reminders, cycle.closesAfter, cycle.sendHour), { spacing: 'None' }),
    textBlock(t.schedule.digestLine(t.schedule.cadenceName[cycle.digest.cadence], cycle.digest.workingDay, network.digestChannel && plain(network.digestChannel.channelName)), { spacing: 'Small' }),
    textBlock(t.schedule.upcoming, { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
    {
      type: 'FactSet',
      facts: view.upcoming.map((e) => ({ title: t.schedule.when(e.at.toISOString()), value: eventLine(e, t) }))
    },
    ...(view.unreachable.length
      ? [
          textBlock(t.schedule.unreachableTitle, { weight: 'Bolder', size: 'Medium', spacing: 'Large', color: 'attention' }),
          ...view.unreachable.map((line) => textBlock(`• ${plain(line)}`, { spacing: 'None' }))
        ]
      : []),
    ...(view.editable && !view.inChannel ? editForm(view, t) : [])
  ];
  const ids = { networkId: network.id };
  const actions = !view.editable
    ? []
    : view.inChannel
      ? [submitButton(t.schedule.useChannel, { verb: CYCLE_CHANNEL, ...ids })]
      : [submitButton(t.schedule.save, { verb: CYCLE_SAVE, ...ids }, 'positive')];
  return card(body, actions);
}
