import { z } from 'zod';
import { byName, withNetworkPicker } from '../../cards/networkPicker';
import type { FeatureOptions } from '../../core/options';
import type { ConversationRecord } from '../../core/store';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { BODY_KINDS, BODY_REPORTS, bodyProblems, meetingLeadOf, meetingLeadProblem, parseDays, type Body, type MeetingLead } from '../../domain/bodies';
import { idFrom, type Problem } from '../../domain/network';
import { userKey } from '../../domain/roles';
import { visible } from '../../domain/text';
import type { ChannelLink, Collaboration, ConversationReference, Network, Profile } from '../../domain/types';
import { administered, isAdmin } from '../admin/access';
import { rosterOf } from '../admin/roles';
import { actorOf, recordChange } from '../audit/record';
import { loadScope } from '../scope';
import { BODIES_NETWORK, bodiesCard, bodyFormCard, type BodyChoices } from './cards';

const id = z.string().min(1).max(100);
/** Multi-selects arrive as «a,b»; an empty one as nothing or «». */
const idList = z.string().max(8000).optional().default('').transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

/** «Nytt organ» and «Endre» sit on the list, so Teams sends the lead-time inputs along; they are ignored. */
export const bodyOpen = z.object({ networkId: id, bodyId: id.optional(), prepareBefore: z.unknown(), reportBefore: z.unknown() }).partial({ prepareBefore: true, reportBefore: true }).strict();

export const bodyForm = z
  .object({
    networkId: id,
    bodyId: id.optional(),
    name: z.string().max(200).transform((s) => s.trim()),
    kind: z.enum(BODY_KINDS),
    municipality: z.string().max(100).optional().default(''),
    collaboration: z.string().max(100).optional().default(''),
    report: z.enum(BODY_REPORTS),
    meetings: z.string().max(400).optional().default(''),
    channel: z.string().max(300).optional().default(''),
    members: idList,
    agenda: idList
  })
  .strict();

/** «Fjern organet» sits on the form, so Teams sends the form's inputs along; they are ignored. */
export const bodyRemoval = bodyForm.partial().required({ networkId: true, bodyId: true });

export const leadForm = z.object({ networkId: id, prepareBefore: z.coerce.number(), reportBefore: z.coerce.number() }).strict();

/** What the log keeps of a body: what it is and who sits in it, never the chat reference. */
const logged = (body: Body) => ({
  name: body.name,
  kind: body.kind,
  report: body.report,
  ...(body.municipalityId ? { municipality: body.municipalityId } : {}),
  ...(body.collaborationId ? { collaboration: body.collaborationId } : {}),
  members: body.members.map((m) => m.name),
  meetings: body.meetings,
  ...(body.channel ? { channel: body.channel.channelName } : {}),
  ...(body.agenda?.length ? { agenda: body.agenda } : {})
});

/** `organ`: the bodies of one of the person's networks, with a choice of the others. */
export async function showBodies(options: FeatureOptions, turn: Turn, profile: Profile, networkId?: string): Promise<Reply> {
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return say(options.t.general.notMember);
  const networks = [...scope.networks].sort(byName);
  const network = networkId === undefined ? networks[0] : networks.find((n) => n.id === networkId);
  if (!network) return say(options.t.general.invalidAction);
  return bodiesReply(options, turn, profile, network, networks);
}

function bodiesReply(options: FeatureOptions, turn: Turn, profile: Profile, network: Network, networks: readonly Network[]): Reply {
  const view = { network, bodies: network.bodies ?? [], lead: meetingLeadOf(network), editable: isAdmin(profile, network.id), now: turn.now };
  return show(withNetworkPicker(bodiesCard(view, options.t), networks, network, BODIES_NETWORK, options.t));
}

/** The team channels the bot is in within the network's tenants; a General channel (its id is the team's) is named so. */
async function channelsOf(options: FeatureOptions, network: Network): Promise<ConversationRecord[]> {
  return (await options.store.conversations.teamChannels(network.tenantIds)).filter((c) => c.conversationType === 'channel');
}

const referenceOf = ({ serviceUrl, tenantId, conversationId, conversationType, botId, botName, channelId }: ConversationRecord): ConversationReference => ({
  serviceUrl, tenantId, conversationId, conversationType, botId, ...(botName ? { botName } : {}), channelId
});

const channelName = (record: ConversationRecord, options: FeatureOptions): string =>
  record.conversationId === record.teamId ? options.t.bodies.generalChannel(record.name ?? '') : (record.name ?? options.t.link.unnamedChannel);

async function choicesFor(options: FeatureOptions, network: Network, collaborations: Collaboration[]): Promise<BodyChoices> {
  const [people, channels] = await Promise.all([rosterOf(options, network), channelsOf(options, network)]);
  return {
    people: people.map((p) => ({ title: visible(p.name), value: userKey(p) })),
    channels: channels.map((c) => ({ title: visible(channelName(c, options)), value: c.conversationId })),
    collaborations: [...collaborations].sort(byName)
  };
}

/** «Nytt organ» / «Endre»: the form, for admins of the network. */
export async function openBodyForm(options: FeatureOptions, profile: Profile, form: z.infer<typeof bodyOpen>): Promise<Reply> {
  const access = await administered(options, profile, form.networkId, options.t.bodies.onlyAdmins);
  if ('reply' in access) return access.reply;
  const { network } = access;
  const body = form.bodyId === undefined ? undefined : network.bodies?.find((b) => b.id === form.bodyId);
  if (form.bodyId !== undefined && !body) return say(options.t.general.invalidAction);
  const { collaborations } = await options.store.directory.loadNetworks([network.id]);
  return show(bodyFormCard(network, body, await choicesFor(options, network, collaborations), options.t));
}

function problemsReply(problems: Problem[], options: FeatureOptions): Reply {
  const { t } = options;
  const lines = problems.map((p) => t.definition.line(t.bodies.field[p.field] ?? p.field, t.definition.problem[p.code]));
  return say(`${t.bodies.notSaved} ${lines.join(' ')}`);
}

/**
 * «Lagre organet»: every choice is checked on the server as if forged (members from the roster,
 * a channel of this network's tenants the bot is in, real dates), and nothing is written unless
 * all of it holds.
 */
export async function saveBody(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof bodyForm>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId, t.bodies.onlyAdmins);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  const bodies = network.bodies ?? [];
  const existing = form.bodyId === undefined ? undefined : bodies.find((b) => b.id === form.bodyId);
  if (form.bodyId !== undefined && !existing) return [say(t.general.invalidAction)];
  const meetings = parseDays(form.meetings);
  if ('bad' in meetings) return [say(`${t.bodies.notSaved} ${t.bodies.badDate(meetings.bad)}`)];
  const { collaborations } = await store.directory.loadNetworks([network.id]);
  const roster = new Map((await rosterOf(options, network)).map((p) => [userKey(p), p]));
  if (form.members.some((key) => !roster.has(key))) return [say(`${t.bodies.notSaved} ${t.bodies.unknownPerson}`)];
  const kept = existing?.channel?.reference.conversationId === form.channel ? existing.channel : undefined;
  const record = form.channel ? (await channelsOf(options, network)).find((c) => c.conversationId === form.channel) : undefined;
  if (form.channel && !record && !kept) return [say(`${t.bodies.notSaved} ${t.bodies.foreignChannel}`)];
  // The bot's latest reference to the channel, as Teams last gave it; who chose the channel stays.
  const channel: ChannelLink | undefined = record
    ? { reference: referenceOf(record), channelName: channelName(record, options), linkedBy: kept?.linkedBy ?? { tenantId: turn.user.tenantId, aadObjectId: turn.user.aadObjectId }, linkedAt: kept?.linkedAt ?? turn.now.toISOString() }
    : kept;
  const body: Body = {
    id: existing?.id ?? idFrom(form.name, new Set(bodies.map((b) => b.id))),
    name: form.name,
    kind: form.kind,
    ...(form.municipality ? { municipalityId: form.municipality } : {}),
    ...(form.collaboration ? { collaborationId: form.collaboration } : {}),
    members: [...new Set(form.members)].map((key) => roster.get(key)!).map(({ tenantId, aadObjectId, name }) => ({ tenantId, aadObjectId, name })),
    ...(channel ? { channel } : {}),
    meetings: meetings.days,
    report: form.report,
    ...(form.agenda.length ? { agenda: [...new Set(form.agenda)] } : {})
  };
  const problems = bodyProblems(body, network, new Set(collaborations.map((c) => c.id)), bodies.filter((b) => b !== existing));
  if (problems.length) return [problemsReply(problems, options)];
  const updated = await store.directory.updateNetwork(network.id, (current) => {
    const others = (current.bodies ?? []).filter((b) => b.id !== body.id);
    return { ...current, bodies: existing ? (current.bodies ?? []).map((b) => (b.id === body.id ? body : b)) : [...others, body] };
  });
  if (!updated) return [say(t.general.invalidAction)];
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: existing ? 'body.changed' : 'body.added',
    subject: body.name,
    ...(existing ? { before: logged(existing) } : {}),
    after: logged(body)
  });
  return [say(t.bodies.saved(body.name)), bodiesReply(options, turn, profile, updated, [updated])];
}

export async function removeBody(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof bodyRemoval>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId, t.bodies.onlyAdmins);
  if ('reply' in access) return [access.reply];
  const body = access.network.bodies?.find((b) => b.id === form.bodyId);
  if (!body) return [say(t.general.invalidAction)];
  const updated = await store.directory.updateNetwork(access.network.id, (current) => ({ ...current, bodies: (current.bodies ?? []).filter((b) => b.id !== body.id) }));
  if (!updated) return [say(t.general.invalidAction)];
  await recordChange(store, turn.now, actorOf(turn.user), { networkId: updated.id, action: 'body.removed', subject: body.name, before: logged(body) });
  return [say(t.bodies.removed(body.name)), bodiesReply(options, turn, profile, updated, [updated])];
}

/** «Lagre fristene»: how many working days before a meeting «Forbered status» and the report come. */
export async function saveMeetingLead(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof leadForm>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId, t.bodies.onlyAdmins);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  const lead: MeetingLead = { prepareBefore: form.prepareBefore, reportBefore: form.reportBefore };
  const problem = meetingLeadProblem(lead);
  if (problem) return [say(`${t.bodies.notSaved} ${t.bodies.leadInvalid[problem]}`)];
  const updated = await store.directory.updateNetwork(network.id, (current) => ({ ...current, meetingLead: lead }));
  if (!updated) return [say(t.general.invalidAction)];
  await recordChange(store, turn.now, actorOf(turn.user), { networkId: network.id, action: 'meetingLead.changed', subject: network.name, before: meetingLeadOf(network), after: lead });
  return [say(t.bodies.leadSaved(network.name)), bodiesReply(options, turn, profile, updated, [updated])];
}
