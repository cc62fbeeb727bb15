import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { plain } from '../../core/card';
import type { FeatureOptions } from '../../core/options';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { defaultChecklistTemplate, checklistVersionFor, CHECKLIST_TEMPLATE_ID, startChecklist } from '../../domain/checklist';
import { idFrom } from '../../domain/network';
import { periodAt, periodBounds } from '../../domain/period';
import { AREA_LIMITS, GROUP_LIMITS, groupsOf, scoresFrom, type PrioritisationRound, type ScoringGroup } from '../../domain/prioritisation';
import { memberNetworkIds, rolesIn, userKey } from '../../domain/roles';
import { emptyStatus } from '../../domain/status';
import { fellesStatusmal, osloDate } from '../../domain/template';
import { cleanText, hasControlCharacters } from '../../domain/text';
import type { Collaboration, Network, Profile } from '../../domain/types';
import { actorOf, recordChange } from '../audit/record';
import { roleHolders } from '../admin/roles';
import { newRoundCard, roundResultCard, scoreCard, GROUP_SLOTS } from './cards';

const ids = { networkId: z.string().min(1).max(100) };
const slots = Object.fromEntries(
  Array.from({ length: GROUP_SLOTS }, (_, i) => [
    [`groupName${i + 1}`, z.string().max(GROUP_LIMITS.nameLength).optional()],
    [`groupRep${i + 1}`, z.string().max(200).optional()]
  ]).flat()
);
export const createForm = z.object({ ...ids, name: z.string().max(AREA_LIMITS.nameLength), areas: z.string().max(AREA_LIMITS.max * (AREA_LIMITS.nameLength + 1)), ...slots }).strict();
/** Scores arrive under `potential.<area>` and `feasibility.<area>`; scoresFrom refuses any other field. */
export const scoreForm = z.object({ ...ids, roundId: z.string().min(1).max(100), groupId: z.string().min(1).max(100) }).catchall(z.union([z.string().max(10), z.number()]));
export const adoptForm = z.object({ ...ids, roundId: z.string().min(1).max(100), areaId: z.string().min(1).max(100) }).strict();

const isAdmin = (profile: Profile, networkId: string) => rolesIn(profile, networkId).includes('admin');
const line = (text: string) => cleanText(text).replace(/\s+/g, ' ').trim();

async function rosterOf(options: FeatureOptions, network: Network) {
  const { collaborations } = await options.store.directory.loadNetworks([network.id]);
  return (await roleHolders(options, network, collaborations)).map((h) => h.person).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

function resultReply(options: FeatureOptions, profile: Profile, network: Network, round: PrioritisationRound, collaborations: Collaboration[]): Reply {
  const collaborationNames = Object.fromEntries(collaborations.map((c) => [c.id, c.name]));
  return show(roundResultCard({ network, round, mayAdopt: isAdmin(profile, network.id), collaborationNames }, options.t));
}

/** `prioriter`: score cards for the groups the person answers for, each network's latest result, and for admins a new round. */
export async function showPrioritisation(options: FeatureOptions, profile: Profile): Promise<Reply[]> {
  const { store, t } = options;
  const networkIds = memberNetworkIds(profile);
  if (networkIds.length === 0) return [say(t.general.notMember)];
  const [{ networks, collaborations }, rounds] = await Promise.all([store.directory.loadNetworks(networkIds), store.planning.listRounds(networkIds)]);
  const replies: Reply[] = [];
  for (const network of [...networks].sort((a, b) => a.name.localeCompare(b.name, 'nb'))) {
    const own = rounds.filter((r) => r.networkId === network.id);
    for (const round of own) for (const group of groupsOf(round, profile)) replies.push(show(scoreCard(round, group, t)));
    if (own[0]) replies.push(resultReply(options, profile, network, own[0], collaborations));
    if (isAdmin(profile, network.id)) replies.push(show(newRoundCard(network, await rosterOf(options, network), own[0]?.areas.map((a) => a.name) ?? [], t)));
  }
  return replies.length ? replies : [say(t.prioritise.nothing)];
}

async function administeredNetwork(options: FeatureOptions, profile: Profile, networkId: string): Promise<{ network: Network } | { reply: Reply }> {
  const network = memberNetworkIds(profile).includes(networkId) ? await options.store.directory.getNetwork(networkId) : undefined;
  if (!network) return { reply: say(options.t.general.invalidAction) };
  if (!isAdmin(profile, network.id)) return { reply: say(options.t.prioritise.onlyAdmins(plain(network.name))) };
  return { network };
}

/** «Start runden»: areas and groups checked, every representative from the network's roster. */
export async function createRound(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof createForm>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administeredNetwork(options, profile, form.networkId);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  const name = line(form.name);
  if (!name || hasControlCharacters(name)) return [say(t.prioritise.badName)];
  const areaNames = cleanText(form.areas).split('\n').map(line).filter(Boolean);
  const distinct = new Set(areaNames.map((a) => a.toLocaleLowerCase('nb-NO')));
  if (areaNames.length < AREA_LIMITS.min || areaNames.length > AREA_LIMITS.max || distinct.size !== areaNames.length || areaNames.some((a) => a.length > AREA_LIMITS.nameLength)) {
    return [say(t.prioritise.badAreas)];
  }
  const roster = new Map((await rosterOf(options, network)).map((p) => [userKey(p), p]));
  const rows = Array.from({ length: GROUP_SLOTS }, (_, i) => ({ name: line(String(form[`groupName${i + 1}`] ?? '')), rep: String(form[`groupRep${i + 1}`] ?? '') })).filter((r) => r.name || r.rep);
  const groups: ScoringGroup[] = [];
  for (const [i, row] of rows.entries()) {
    const representative = roster.get(row.rep);
    if (!row.name || !representative) return [say(t.prioritise.badGroups)];
    groups.push({ id: `g${i + 1}`, name: row.name, representative: { tenantId: representative.tenantId, aadObjectId: representative.aadObjectId, name: representative.name } });
  }
  if (groups.length === 0) return [say(t.prioritise.badGroups)];
  const taken = new Set<string>();
  const round: PrioritisationRound = {
    id: `${osloDate(turn.now)}-${randomBytes(3).toString('hex')}`,
    networkId: network.id,
    name,
    createdAt: turn.now.toISOString(),
    createdBy: actorOf(turn.user),
    areas: areaNames.map((a) => {
      const id = idFrom(a, taken);
      taken.add(id);
      return { id, name: a };
    }),
    groups,
    submissions: []
  };
  await store.planning.putRound(round);
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id, action: 'round.created', subject: name,
    after: { areas: round.areas.map((a) => a.name).join(' · '), groups: groups.map((g) => `${g.name}: ${g.representative.name}`).join(' · ') }
  });
  const mine = groupsOf(round, profile).map((g) => show(scoreCard(round, g, t)));
  return [say(t.prioritise.created(plain(name), new Set(groups.map((g) => userKey(g.representative))).size)), ...mine];
}

/** «Send inn poengene»: only the group's own representative, every area scored 1–10. */
export async function scoreRound(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof scoreForm>): Promise<Reply[]> {
  const { store, t } = options;
  const { networkId, roundId, groupId, ...sent } = form;
  if (!memberNetworkIds(profile).includes(networkId)) return [say(t.general.invalidAction)];
  const round = await store.planning.getRound(networkId, roundId);
  const group = round?.groups.find((g) => g.id === groupId);
  if (!round || !group) return [say(t.general.invalidAction)];
  if (!groupsOf(round, turn.user).includes(group)) return [say(t.prioritise.notYourGroup)];
  const scores = scoresFrom(round, sent as Record<string, string | number>);
  if (!scores.ok) return [say(scores.problem === 'unknownArea' ? t.general.invalidAction : t.prioritise[scores.problem])];
  const submission = { groupId, by: actorOf(turn.user), submittedAt: turn.now.toISOString(), scores: scores.scores };
  const saved = await store.planning.updateRound(networkId, roundId, (current) => ({
    ...current,
    submissions: [...current.submissions.filter((s) => s.groupId !== groupId), submission]
  }));
  if (!saved) return [say(t.general.invalidAction)];
  await recordChange(store, turn.now, actorOf(turn.user), { networkId, action: 'round.scored', subject: round.name, after: { groups: group.name } });
  const { networks, collaborations } = await store.directory.loadNetworks([networkId]);
  return [say(t.prioritise.scored(plain(group.name), plain(round.name))), resultReply(options, profile, networks[0], saved, collaborations)];
}

/** «Gjør til samarbeid»: the area becomes a collaboration in phase idé, with its checklist started. */
export async function adoptArea(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof adoptForm>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administeredNetwork(options, profile, form.networkId);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  const round = await store.planning.getRound(network.id, form.roundId);
  const area = round?.areas.find((a) => a.id === form.areaId);
  if (!round || !area) return [say(t.general.invalidAction)];
  if (round.adopted?.[area.id]) return [say(t.prioritise.alreadyAdopted(plain(area.name)))];
  const { collaborations } = await store.directory.loadNetworks([network.id]);
  if (collaborations.some((c) => c.name.toLocaleLowerCase('nb-NO') === area.name.toLocaleLowerCase('nb-NO'))) return [say(t.prioritise.nameTaken(plain(area.name)))];
  const template = (await store.planning.getChecklistTemplate(network.id, CHECKLIST_TEMPLATE_ID)) ?? defaultChecklistTemplate(network.id);
  const collaboration: Collaboration = {
    id: idFrom(area.name, new Set(collaborations.map((c) => c.id))),
    networkId: network.id,
    name: area.name,
    aliases: [],
    sector: t.prioritise.sector,
    legalForm: 'prosjekt',
    participantIds: network.municipalities.map((m) => m.id),
    leaders: [],
    cadence: 'tertial',
    templateId: collaborations[0]?.templateId ?? fellesStatusmal(network.id).id,
    reportingSince: periodBounds(periodAt('tertial', turn.now)).start.toISODate()!,
    phase: 'idé',
    checklist: startChecklist(checklistVersionFor(template, osloDate(turn.now)), network.municipalities),
    status: emptyStatus()
  };
  // The round records the adoption first: a second press finds it taken and creates nothing.
  let first = false;
  const saved = await store.planning.updateRound(network.id, round.id, (current) => {
    first = !current.adopted?.[area.id];
    return first ? { ...current, adopted: { ...current.adopted, [area.id]: collaboration.id } } : undefined;
  });
  if (!saved || !first) return [say(t.prioritise.alreadyAdopted(plain(area.name)))];
  if (!(await store.directory.createCollaboration(collaboration))) {
    // An admin created one under this id since the list was read: it is not written over, and the area may be adopted later.
    await store.planning.updateRound(network.id, round.id, ({ adopted = {}, ...current }) => ({ ...current, adopted: Object.fromEntries(Object.entries(adopted).filter(([id]) => id !== area.id)) }));
    return [say(t.prioritise.nameTaken(plain(area.name)))];
  }
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id, action: 'collaboration.added', subject: collaboration.name,
    after: { name: collaboration.name, phase: 'idé', participantIds: collaboration.participantIds.join(', ') }
  });
  return [say(t.prioritise.adopted(plain(area.name), plain(collaboration.name))), resultReply(options, profile, network, saved, [...collaborations, collaboration])];
}
