import { isNamed, resolveName, sameName } from '../../domain/matching';
import { osloDate } from '../../domain/template';
import { subjectsOf, type Known } from '../../domain/understanding';
import { chooseCollaborationCard } from '../../cards/choose';
import { memberNetworkIds, readsCollaboration } from '../../domain/roles';
import type { Collaboration, Network, Profile } from '../../domain/types';
import type { NetworkContents } from '../../core/store';
import { findCollaboration, loadScope, loadTarget, networkOf, type Target } from '../scope';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { detailCard, networkOverviewCard, STATUS_SHOW } from './cards';
import { findMunicipality, municipalityCard, type Place } from './municipality';
import { chooseNamedCard } from './questionCards';

/** `status`: one overview card per network the user belongs to. */
export async function showOverview(options: FeatureOptions, turn: Turn, profile: Profile): Promise<Reply[]> {
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return [say(options.t.general.notMember)];
  return [...scope.networks]
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
    .map((network) => networkOverview(options, turn, scope, network));
}

function networkOverview(options: FeatureOptions, turn: Turn, scope: NetworkContents, network: Network): Reply {
  const collaborations = scope.collaborations.filter((c) => c.networkId === network.id);
  return show(networkOverviewCard(network, collaborations, turn.now, options.t));
}

/**
 * «status Indre Namdal» names the network, though «Indre Namdal IKT IKS» also fits loosely: an
 * exact network name wins, unless a collaboration carries exactly that name too («NAV Indre Salten»).
 */
function namedNetwork(scope: NetworkContents, name: string): Network | undefined {
  const network = scope.networks.find((n) => sameName(n.name, name));
  return network && !scope.collaborations.some((c) => isNamed(name, c)) ? network : undefined;
}

/**
 * `status <samarbeid>`: one collaboration, found by a loose name; `status <kommune>`: one municipality; `status <nettverk>`: its
 * overview. A name in a longer argument counts too: «status for barnevern», «status i Grong».
 */
export async function showCollaboration(options: FeatureOptions, turn: Turn, profile: Profile, name: string): Promise<Reply> {
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return say(options.t.general.notMember);
  const place = findMunicipality(scope, name);
  if (place) return show(municipalityCard(place, scope.collaborations, turn.now, options.t));
  const network = namedNetwork(scope, name);
  if (network) return networkOverview(options, turn, scope, network);
  const named = resolveName(name, scope.collaborations).kind === 'none' ? await answerAbout(options, turn, scope, name) : undefined;
  if (named) return named;
  const found = findCollaboration(options, scope, name, { verb: STATUS_SHOW });
  if ('reply' in found) return found.reply;
  return detail(options, turn.now, networkOf(scope, found.collaboration), found.collaboration);
}

/** The person's collaborations, municipalities and networks, as a sentence may name them. */
function knownIn(scope: NetworkContents): Known<Collaboration, Place & { name: string }, Network> {
  return {
    collaborations: scope.collaborations,
    municipalities: scope.networks.flatMap((network) => network.municipalities.map((municipality) => ({ name: municipality.name, network, municipality }))),
    networks: scope.networks
  };
}

/**
 * A message that names one thing the person may see anywhere in it gets that thing's status
 * («Hvordan går det med legevakten?», «hva er status i Grong»); one that names several asks
 * which; one that names nothing known is not about status (undefined).
 */
async function answerAbout(options: FeatureOptions, turn: Turn, scope: NetworkContents, sentence: string): Promise<Reply | undefined> {
  const subjects = subjectsOf(sentence, knownIn(scope));
  const [first] = subjects;
  if (!first) return undefined;
  if (subjects.length === 1) {
    if (first.kind === 'municipality') return show(municipalityCard(first.item, scope.collaborations, turn.now, options.t));
    if (first.kind === 'network') return networkOverview(options, turn, scope, first.item);
    return detail(options, turn.now, networkOf(scope, first.item), first.item);
  }
  const { t } = options;
  if (first.kind === 'collaboration') {
    const choices = subjects.flatMap((s) => (s.kind === 'collaboration' ? [{ collaboration: s.item, network: networkOf(scope, s.item) }] : []));
    return show(chooseCollaborationCard(t.questions.which, choices, { verb: STATUS_SHOW }, t));
  }
  return show(chooseNamedCard(t.questions.which, subjects.map((s) => `${t.help.commandStatus} ${s.item.name}`)));
}

/** The plain-words fallback: a sentence naming a collaboration, municipality or network the person may see. */
export async function statusOfSentence(options: FeatureOptions, turn: Turn, profile: Profile, sentence: string): Promise<Reply | undefined> {
  const scope = await loadScope(options, profile);
  return scope.networks.length ? answerAbout(options, turn, scope, sentence) : undefined;
}

/** A status button on a card: ids from the client are checked against the user's networks. */
export async function showCollaborationById(options: FeatureOptions, now: Date, profile: Profile, ids: Target): Promise<Reply> {
  const target = await loadTarget(options, profile, ids);
  return target ? detail(options, now, target.network, target.collaboration) : say(options.t.general.invalidAction);
}

/**
 * Action.Execute «Oppdater» and Teams' automatic refresh: a fresh card for the person looking,
 * built from their own networks. The ids come from the card, so they are checked again.
 */
export async function refreshStatusCard(
  options: FeatureOptions,
  turn: Turn,
  profile: Profile,
  target: { networkId: string; collaborationId?: string }
): Promise<Reply> {
  if (!memberNetworkIds(profile).includes(target.networkId)) return say(options.t.general.invalidAction);
  if (target.collaborationId) return showCollaborationById(options, turn.now, profile, { networkId: target.networkId, collaborationId: target.collaborationId });
  const { networks, collaborations } = await options.store.directory.loadNetworks([target.networkId]);
  if (!networks[0]) return say(options.t.general.invalidAction);
  // The same collaborations as `status` gives this person: a politician's refresh shows their municipality's only.
  return show(networkOverviewCard(networks[0], collaborations.filter((c) => readsCollaboration(profile, c)), turn.now, options.t));
}

async function detail(options: FeatureOptions, now: Date, network: Network, collaboration: Collaboration): Promise<Reply> {
  const latest = collaboration.status.latest[0];
  if (!latest) return say(options.t.status.noCheckIns(collaboration.name));
  const version = await options.templates.get(network.id, collaboration.templateId, latest.templateVersion);
  if (!version) return say(options.t.status.noCheckIns(collaboration.name));
  return show(detailCard(network, collaboration, version, options.t, osloDate(now)));
}
