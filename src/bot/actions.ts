import { z } from 'zod';
import type { Profile } from '../domain/types';
import { CHECKIN_OPEN, CHECKIN_SUBMIT } from '../features/checkin/cards';
import { openCheckInById } from '../features/checkin/open';
import { submitCheckIn, submitEnvelope } from '../features/checkin/submit';
import { COST_CHOOSE, showCostById } from '../features/cost/cost';
import { LINK_CHOOSE, linkTo } from '../features/link/link';
import { PRIVACY_ERASE } from '../features/privacy/cards';
import { confirmErase } from '../features/privacy/privacy';
import { CYCLE_CHANNEL, CYCLE_SAVE } from '../features/schedule/cards';
import { cycleForm, saveCycle, useChannelForDigest } from '../features/schedule/cycle';
import { STATUS_SHOW } from '../features/status/cards';
import { TEMPLATE_SAVE } from '../features/templates/cards';
import { saveTemplate } from '../features/templates/admin';
import { templateForm } from '../features/templates/form';
import { showCollaborationById } from '../features/status/show';
import { say, type Reply, type Turn } from '../core/turn';
import { type FeatureOptions } from '../core/options';
import {
  ADMIN_COLLABORATION_SAVE,
  ADMIN_MUNICIPALITY_REMOVE,
  ADMIN_MUNICIPALITY_SAVE,
  ADMIN_NETWORK_SAVE,
  ADMIN_OPEN,
  ADMIN_PEOPLE,
  ADMIN_ROLE_GRANT,
  ADMIN_ROLE_REVOKE
} from '../features/admin/cards/verbs';
import { collaborationForm, grantForm, municipalityForm, municipalityRemoval, networkForm, openForm, peopleForm, revokeForm } from '../features/admin/forms';
import { removeMunicipality, saveMunicipality } from '../features/admin/municipalities';
import { saveCollaboration } from '../features/admin/collaborations';
import { saveNetwork } from '../features/admin/network';
import { openSection } from '../features/admin/overview';
import { grantRole, revokeRole, showPeople } from '../features/admin/roles';

/**
 * Every card action the bot understands, with the schema its data must match. Card data comes
 * from the client and can be forged, so anything that does not match exactly is refused.
 */
const target = z
  .object({
    networkId: z.string().min(1).max(100),
    collaborationId: z.string().min(1).max(100)
  })
  .strict();

/** The profile is read only by actions that need it, which keeps a check-in submit to four store requests. */
type Handler = (options: FeatureOptions, turn: Turn, profile: () => Promise<Profile>, data: Record<string, unknown>) => Promise<Reply | Reply[]>;

const withTarget =
  (run: (options: FeatureOptions, turn: Turn, profile: Profile, ids: z.infer<typeof target>) => Promise<Reply>): Handler =>
  async (options, turn, profile, data) => {
    const ids = target.safeParse(data);
    return ids.success ? run(options, turn, await profile(), ids.data) : say(options.t.general.invalidAction);
  };

const ENVELOPE_KEYS = Object.keys(submitEnvelope.shape);

/** A form whose data must match `schema` exactly before `run` sees it. */
const withForm =
  <S extends z.ZodTypeAny>(schema: S, run: (options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<S>) => Promise<Reply | Reply[]>): Handler =>
  async (options, turn, profile, data) => {
    const form = schema.safeParse(data);
    return form.success ? run(options, turn, await profile(), form.data) : say(options.t.general.invalidAction);
  };

const ADMIN_HANDLERS: Record<string, Handler> = {
  [ADMIN_OPEN]: withForm(openForm, openSection),
  [ADMIN_NETWORK_SAVE]: withForm(networkForm, saveNetwork),
  [ADMIN_MUNICIPALITY_SAVE]: withForm(municipalityForm, saveMunicipality),
  [ADMIN_MUNICIPALITY_REMOVE]: withForm(municipalityRemoval, removeMunicipality),
  [ADMIN_COLLABORATION_SAVE]: withForm(collaborationForm, saveCollaboration),
  [ADMIN_PEOPLE]: withForm(peopleForm, (o, _turn, profile, form) => showPeople(o, profile, form)),
  [ADMIN_ROLE_GRANT]: withForm(grantForm, grantRole),
  [ADMIN_ROLE_REVOKE]: withForm(revokeForm, revokeRole)
};

const HANDLERS: Record<string, Handler> = {
  [CHECKIN_OPEN]: withTarget((o, turn, profile, ids) => openCheckInById(o, turn, profile, ids)),
  [STATUS_SHOW]: withTarget((o, _turn, profile, ids) => showCollaborationById(o, profile, ids)),
  [LINK_CHOOSE]: withTarget((o, turn, profile, ids) => linkTo(o, turn, profile, ids.networkId, ids.collaborationId)),
  [COST_CHOOSE]: async (options, _turn, profile, data) => {
    const parsed = target.extend({ amount: z.number().int().min(0).max(1e12) }).strict().safeParse(data);
    if (!parsed.success) return say(options.t.general.invalidAction);
    const { amount, ...ids } = parsed.data;
    return showCostById(options, await profile(), ids, amount);
  },
  [CYCLE_SAVE]: withForm(cycleForm, saveCycle),
  [TEMPLATE_SAVE]: withForm(templateForm, saveTemplate),
  [CYCLE_CHANNEL]: async (options, turn, profile, data) => {
    const ids = z.object({ networkId: z.string().min(1).max(100) }).strict().safeParse(data);
    return ids.success ? useChannelForDigest(options, turn, await profile(), ids.data.networkId) : say(options.t.general.invalidAction);
  },
  ...ADMIN_HANDLERS,
  // Whoever presses it erases their own data only; the card carries nothing else.
  [PRIVACY_ERASE]: async (options, turn, _profile, data) =>
    Object.keys(data).length === 0 ? confirmErase(options, turn) : say(options.t.general.invalidAction),
  [CHECKIN_SUBMIT]: async (options, turn, _profile, data) => {
    const envelope = submitEnvelope.safeParse(data);
    if (!envelope.success) return say(options.t.general.invalidAction);
    const answers = Object.fromEntries(Object.entries(data).filter(([key]) => !ENVELOPE_KEYS.includes(key)));
    return submitCheckIn(options, turn, envelope.data, answers);
  }
};

/** Runs the action a card asked for; `value` is the submitted card data with the inputs merged in. */
export async function runCardAction(
  options: FeatureOptions,
  turn: Turn,
  profile: () => Promise<Profile>,
  value: Record<string, unknown>
): Promise<Reply | Reply[]> {
  const { verb, ...data } = value;
  const handler = typeof verb === 'string' && Object.hasOwn(HANDLERS, verb) ? HANDLERS[verb] : undefined;
  if (!handler) return say(options.t.general.unknownAction);
  return handler(options, turn, profile, data);
}
