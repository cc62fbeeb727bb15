import { chooseCollaborationCard } from '../../cards/choose';
import { periodAt } from '../../domain/period';
import { resolveName } from '../../domain/matching';
import { leads, memberNetworkIds, sameUser } from '../../domain/roles';
import type { Collaboration, Profile } from '../../domain/types';
import { findCollaboration, loadScope, networkOf, type Scope } from '../scope';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { CHECKIN_OPEN, checkInCard } from './cards';
import { checkInValues } from '../benefits/cards';

/** `sjekk inn [navn]`: the form for a collaboration the user leads, asking which when several. */
export async function openCheckIn(options: FeatureOptions, turn: Turn, profile: Profile, name?: string): Promise<Reply> {
  const { t } = options;
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return say(t.general.notMember);
  const led = scope.collaborations.filter((c) => leads(c, turn.user));
  if (name) return openNamed(options, turn, scope, led, name);
  if (led.length === 0) return say(t.checkIn.leadsNone);
  if (led.length === 1) return formFor(options, turn, scope, led[0]);
  const choices = led.map((c) => ({ collaboration: c, network: networkOf(scope, c) }));
  return show(chooseCollaborationCard(t.checkIn.choose, choices, { verb: CHECKIN_OPEN }, t));
}

/**
 * `sjekk inn <navn>` looks only among the collaborations the person leads, so a choice card or a
 * did-you-mean never offers one the person would then be refused. A name that fits none of those
 * but exactly one other collaboration gets the reason: only its leaders can check in.
 */
function openNamed(options: FeatureOptions, turn: Turn, scope: Scope, led: Collaboration[], name: string): Promise<Reply> | Reply {
  const { t } = options;
  if (resolveName(name, led).kind === 'none') {
    const other = resolveName(name, scope.collaborations);
    if (other.kind === 'one') return say(t.checkIn.notLeader(other.item.name));
    if (led.length === 0) return say(t.checkIn.leadsNone);
  }
  const found = findCollaboration(options, { ...scope, collaborations: led }, name, { verb: CHECKIN_OPEN });
  return 'reply' in found ? found.reply : formFor(options, turn, scope, found.collaboration);
}

/** A button on a choice card: the ids come from the client, so membership and leadership are checked again. */
export async function openCheckInById(
  options: FeatureOptions,
  turn: Turn,
  profile: Profile,
  ids: { networkId: string; collaborationId: string }
): Promise<Reply> {
  if (!memberNetworkIds(profile).includes(ids.networkId)) return say(options.t.general.invalidAction);
  const scope = await loadScope(options, profile);
  const collaboration = scope.collaborations.find((c) => c.id === ids.collaborationId && c.networkId === ids.networkId);
  if (!collaboration) return say(options.t.general.invalidAction);
  if (!leads(collaboration, turn.user)) return say(options.t.checkIn.notLeader(collaboration.name));
  return formFor(options, turn, scope, collaboration);
}

async function formFor(options: FeatureOptions, turn: Turn, scope: Scope, collaboration: Collaboration): Promise<Reply> {
  const period = periodAt(collaboration.cadence, turn.now);
  const version = await options.templates.forPeriod(collaboration.networkId, collaboration.templateId, period, turn.now);
  if (!version) return say(options.t.general.invalidAction);
  const mine = collaboration.status.latest.find((d) => d.period === period && sameUser(d.respondent, turn.user));
  return show(
    checkInCard(
      {
        network: networkOf(scope, collaboration),
        collaboration,
        version,
        period,
        answeredAt: mine?.submittedAt,
        values: mine && { ...mine.answers, ...checkInValues(mine.benefits) }
      },
      options.t
    )
  );
}
