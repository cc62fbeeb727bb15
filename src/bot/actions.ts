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
import { showCollaborationById } from '../features/status/show';
import { say, type FeatureOptions, type Reply, type Turn } from '../features/turn';

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
  [CYCLE_SAVE]: async (options, turn, profile, data) => {
    const form = cycleForm.safeParse(data);
    return form.success ? saveCycle(options, turn, await profile(), form.data) : say(options.t.general.invalidAction);
  },
  [CYCLE_CHANNEL]: async (options, turn, profile, data) => {
    const ids = z.object({ networkId: z.string().min(1).max(100) }).strict().safeParse(data);
    return ids.success ? useChannelForDigest(options, turn, await profile(), ids.data.networkId) : say(options.t.general.invalidAction);
  },
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
