import { card, heading, plain, submitButton, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { choiceInput, numberInput, textInput, type Choice } from '../../cards/inputs';
import type { Catalogue } from '../../core/i18n/catalogue';
import { BODY_KINDS, BODY_REPORTS, MEETING_LEAD_MAX, nextMeeting, type Body, type MeetingLead } from '../../domain/bodies';
import { visible } from '../../domain/text';
import type { Collaboration, Network } from '../../domain/types';
import { rowWithButton } from '../admin/cards/municipalities';
import { CHECKIN_OPEN } from '../checkin/cards';

export const BODIES_NETWORK = 'bodies.network';
export const BODY_OPEN = 'bodies.open';
export const BODY_SAVE = 'bodies.save';
export const BODY_REMOVE = 'bodies.remove';
export const BODIES_LEAD = 'bodies.lead';

const day = (t: Catalogue, iso: string) => t.date(`${iso}T12:00:00Z`);

export interface BodiesView {
  network: Network;
  bodies: Body[];
  lead: MeetingLead;
  editable: boolean;
  now: Date;
}

/** `organ`: the network's bodies, each with its kind, members, channel and next meeting; admins can add, edit and set the lead times. */
export function bodiesCard({ network, bodies, lead, editable, now }: BodiesView, t: Catalogue): AdaptiveCard {
  const b = t.bodies;
  const line = (body: Body) => {
    const next = nextMeeting(body, now);
    return b.line(b.kind[body.kind], body.members.length, body.channel ? plain(body.channel.channelName) : b.noChannel, next ? b.nextMeeting(day(t, next)) : b.noMeeting);
  };
  const rows: CardElement[] = bodies.map((body) =>
    editable
      ? rowWithButton(body.name, line(body), { title: b.edit(visible(body.name)), data: { verb: BODY_OPEN, networkId: network.id, bodyId: body.id } })
      : { type: 'Container', spacing: 'Medium', items: [textBlock(plain(body.name), { weight: 'Bolder' }), textBlock(line(body), { isSubtle: true, spacing: 'None' })] }
  );
  const leadForm: CardElement[] = editable
    ? [
        textBlock(b.leadTitle, { weight: 'Bolder', spacing: 'Large' }),
        numberInput('prepareBefore', b.prepareLabel, lead.prepareBefore, { min: 2, max: MEETING_LEAD_MAX, required: true, errorMessage: b.required }),
        numberInput('reportBefore', b.reportBeforeLabel, lead.reportBefore, { min: 1, max: MEETING_LEAD_MAX - 1, required: true, errorMessage: b.required })
      ]
    : [];
  return card(
    [heading(b.title(plain(network.name))), textBlock(b.intro(lead.prepareBefore, lead.reportBefore), { isSubtle: true }), ...(bodies.length ? rows : [textBlock(b.none)]), ...leadForm],
    editable
      ? [submitButton(b.add, { verb: BODY_OPEN, networkId: network.id }), submitButton(b.saveLead, { verb: BODIES_LEAD, networkId: network.id })]
      : []
  );
}

/** What the body form offers to choose from: the roster, the team channels the bot is in, the network's collaborations. */
export interface BodyChoices {
  people: Choice[];
  channels: Choice[];
  collaborations: Collaboration[];
}

/** Adds a body (none given) or edits one; an existing one can be removed from here too. */
export function bodyFormCard(network: Network, body: Body | undefined, choices: BodyChoices, t: Catalogue): AdaptiveCard {
  const b = t.bodies;
  const ids = { networkId: network.id, ...(body ? { bodyId: body.id } : {}) };
  const none: Choice = { title: b.noChoice, value: '' };
  const collaborations = choices.collaborations.map((c) => ({ title: visible(c.name), value: c.id }));
  return card(
    [
      heading(b.formTitle(body && plain(body.name))),
      textInput('name', b.nameLabel, visible(body?.name ?? ''), { maxLength: 200, required: true, errorMessage: b.required }),
      choiceInput('kind', b.kindLabel, BODY_KINDS.map((k) => ({ title: b.kind[k], value: k })), body?.kind ?? 'kdu'),
      choiceInput('municipality', b.municipalityLabel, [none, ...network.municipalities.map((m) => ({ title: visible(m.name), value: m.id }))], body?.municipalityId ?? ''),
      choiceInput('collaboration', b.collaborationLabel, [none, ...collaborations], body?.collaborationId ?? ''),
      choiceInput('report', b.reportLabel, BODY_REPORTS.map((r) => ({ title: b.report[r], value: r })), body?.report ?? 'tertial'),
      textInput('meetings', b.meetingsLabel, (body?.meetings ?? []).map((d) => d.split('-').reverse().join('.')).join(', '), { maxLength: 400, placeholder: b.meetingsPlaceholder }),
      choiceInput('channel', b.channelLabel, [none, ...choices.channels], body?.channel?.reference.conversationId ?? ''),
      choiceInput('members', b.membersLabel, choices.people, body?.members.map((m) => `${m.tenantId}:${m.aadObjectId}`), { multiple: true }),
      choiceInput('agenda', b.agendaLabel, collaborations, body?.agenda, { multiple: true })
    ],
    [submitButton(b.save, { verb: BODY_SAVE, ...ids }, 'positive'), ...(body ? [submitButton(b.remove, { verb: BODY_REMOVE, ...ids })] : [])]
  );
}

export interface PrepareView {
  network: Network;
  /** Every body meeting that day with the collaboration on its agenda. */
  bodies: Body[];
  meeting: string;
  collaboration: Collaboration;
  /** The report's cut-off, ISO. */
  cutoff: string;
  /** The collaboration's last reported period, in words, if any. */
  lastReported?: string;
}

/** «Forbered status»: 1:1 to a leader whose collaboration is on a meeting's agenda, with the check-in a press away. */
export function prepareCard({ network, bodies, meeting, collaboration, cutoff, lastReported }: PrepareView, t: Catalogue): AdaptiveCard {
  const b = t.bodies;
  return card(
    [
      heading(b.prepareTitle),
      textBlock(b.prepare(plain(collaboration.name), bodies.map((body) => plain(body.name)), day(t, meeting), t.date(cutoff))),
      textBlock(lastReported ? b.lastReported(lastReported) : b.neverReported, { isSubtle: true })
    ],
    [submitButton(b.prepareButton, { verb: CHECKIN_OPEN, networkId: network.id, collaborationId: collaboration.id }, 'positive')]
  );
}

export interface MeetingReportView {
  body: Body;
  meeting: string;
  cutoff: string;
  url: string;
  expires: string;
  agenda: number;
}

/** The body's report for a meeting: to its channel and 1:1 to its members, a signed link to the filed Word document. */
export function meetingReportCard({ body, meeting, cutoff, url, expires, agenda }: MeetingReportView, t: Catalogue): AdaptiveCard {
  const b = t.bodies;
  return card([
    heading(b.reportTitle(plain(body.name), day(t, meeting))),
    textBlock(b.reportIntro(b.report[body.report], t.date(cutoff))),
    textBlock(b.agendaCount(agenda), { isSubtle: true }),
    { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: b.reportLink, url }] },
    textBlock(b.linkExpires(t.date(expires)), { size: 'Small', isSubtle: true })
  ]);
}
