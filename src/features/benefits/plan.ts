import { z } from 'zod';
import { checkBenefit, MAX_BENEFITS, parseAmount, planYears, type BenefitsPlan, type BenefitYear, type PlannedBenefit } from '../../domain/benefits';
import { leads, rolesIn, userKey } from '../../domain/roles';
import { osloDate } from '../../domain/template';
import type { Collaboration, Network, Profile } from '../../domain/types';
import { plain } from '../../core/card';
import { say, show, type Reply, type Turn } from '../../core/turn';
import type { FeatureOptions } from '../../core/options';
import { actorOf, recordChange } from '../audit/record';
import { rosterOf } from '../admin/roles';
import { forNamedCollaboration, forTargetCollaboration, loadTarget, target, type Target } from '../scope';
import { amountKey, BENEFITS_OPEN, benefitFormCard, benefitsCard, NEW_BENEFIT, YEAR_FIELDS, yearKey, yearsFormCard } from './cards';

/** A card value: Input.Text sends strings; a forged card may send a number. */
const cardValue = z.union([z.string().max(40), z.number()]);

/** «Endre eller legg til gevinst»: the chosen benefit, or «new». */
export const benefitChoice = target.extend({ benefitId: z.string().min(1).max(40) }).strict();

/** «Endre kostnader per år»: the benefit choice on the plan card comes along unused. */
export const yearsChoice = target.extend({ benefitId: z.string().max(40).optional() }).strict();

/** «Lagre gevinsten»: the benefit's fields, and `amount:<kommune>` for each participant. */
export const benefitForm = target
  .extend({
    benefitId: z.string().min(1).max(40),
    kind: z.string().max(40).optional(),
    indicator: z.string().max(1000).optional(),
    baseline: cardValue.optional(),
    target: cardValue.optional(),
    targetDate: z.string().max(40).optional(),
    owner: z.string().max(200).optional()
  })
  .catchall(cardValue);

/** «Lagre årene»: `<felt>:<år>` amounts. */
export const yearsForm = target.catchall(cardValue);

/** Leaders of the collaboration and the network's admins change the plan; everyone in the network reads it. */
const mayEdit = (profile: Profile, collaboration: Collaboration) => leads(collaboration, profile) || rolesIn(profile, collaboration.networkId).includes('admin');

const emptyPlan = (): BenefitsPlan => ({ benefits: [], years: [] });

function planReply(options: FeatureOptions, turn: Turn, profile: Profile, network: Network, collaboration: Collaboration): Reply {
  return show(benefitsCard({ network, collaboration, today: osloDate(turn.now), editable: mayEdit(profile, collaboration) }, options.t));
}

/** `gevinster <samarbeid>`. */
export function showBenefits(options: FeatureOptions, turn: Turn, profile: Profile, name: string | undefined): Promise<Reply> {
  const needs = { needsName: options.t.benefits.needsName, verb: BENEFITS_OPEN };
  return forNamedCollaboration(options, profile, name, needs, (network, collaboration) => planReply(options, turn, profile, network, collaboration));
}

/** A choice button when the name fitted several. */
export function showBenefitsById(options: FeatureOptions, turn: Turn, profile: Profile, ids: Target): Promise<Reply> {
  return forTargetCollaboration(options, profile, ids, (network, collaboration) => planReply(options, turn, profile, network, collaboration));
}

/** Finds the collaboration of a card action and checks the person may change its plan. */
async function editable(options: FeatureOptions, profile: Profile, ids: Target): Promise<{ network: Network; collaboration: Collaboration } | { reply: Reply }> {
  const found = await loadTarget(options, profile, ids);
  if (!found) return { reply: say(options.t.general.invalidAction) };
  if (!mayEdit(profile, found.collaboration)) return { reply: say(options.t.benefits.notAllowed(plain(found.collaboration.name))) };
  return found;
}

/** «Endre eller legg til gevinst»: the form for one benefit, or an empty one. */
export async function openBenefit(options: FeatureOptions, profile: Profile, form: z.infer<typeof benefitChoice>): Promise<Reply> {
  const found = await editable(options, profile, form);
  if ('reply' in found) return found.reply;
  const { network, collaboration } = found;
  const benefit = collaboration.benefits?.benefits.find((b) => b.id === form.benefitId);
  if (!benefit && form.benefitId !== NEW_BENEFIT) return say(options.t.general.invalidAction);
  return show(benefitFormCard({ network, collaboration, benefit, roster: await rosterOf(options, network) }, options.t));
}

const described = (b: PlannedBenefit) => `${b.kind} · ${b.indicator} · ${b.baseline} → ${b.target} (${b.targetDate}) · ${b.owner?.name ?? ''}`;
const nextId = (plan: BenefitsPlan) => `b${Math.max(0, ...plan.benefits.map((b) => Number(b.id.slice(1)) || 0)) + 1}`;


/** «Lagre gevinsten»: everything checked before anything is written; the owner must be on the roster. */
export async function saveBenefit(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof benefitForm>): Promise<Reply[]> {
  const { store, t } = options;
  const found = await editable(options, profile, form);
  if ('reply' in found) return [found.reply];
  const { network, collaboration } = found;
  const { networkId, collaborationId, benefitId, kind, indicator, baseline, target: goal, targetDate, owner: ownerKey, ...rest } = form;
  const before = collaboration.benefits?.benefits.find((b) => b.id === benefitId);
  if (!before && benefitId !== NEW_BENEFIT) return [say(t.general.invalidAction)];
  // Only the participants' amounts may come along: anything else is a forged card.
  const participantKeys = new Set(collaboration.participantIds.map(amountKey));
  if (Object.keys(rest).some((key) => !participantKeys.has(key))) return [say(t.general.invalidAction)];
  const amounts = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key.slice('amount:'.length), value]));

  const checked = checkBenefit({ kind: kind ?? '', indicator: indicator ?? '', baseline, target: goal, targetDate: targetDate ?? '', amounts });
  if (!checked.ok) return [say(t.benefits.notSaved(checked.problems.map((p) => t.benefits.problem[p]).join('; ')))];
  if (!ownerKey) return [say(t.benefits.ownerNeeded)];
  const owner = (await rosterOf(options, network)).find((p) => userKey(p) === ownerKey);
  if (!owner) return [say(t.benefits.notOnRoster)];
  if (!before && (collaboration.benefits?.benefits.length ?? 0) >= MAX_BENEFITS) return [say(t.benefits.tooMany(MAX_BENEFITS))];

  const fields = { ...checked.value, owner: { tenantId: owner.tenantId, aadObjectId: owner.aadObjectId, name: owner.name } };
  if (before && described({ ...before, ...fields }) === described(before) && JSON.stringify(before.amounts ?? {}) === JSON.stringify(fields.amounts ?? {})) {
    return [say(t.benefits.unchanged)];
  }
  let after: PlannedBenefit | undefined;
  const saved = await store.directory.updateCollaboration(network.id, collaboration.id, (current) => {
    const plan = current.benefits ?? emptyPlan();
    if (before) {
      const stored = plan.benefits.find((b) => b.id === before.id);
      if (!stored) return undefined;
      const { amounts: _old, ...kept } = stored;
      after = { ...kept, ...fields };
      return { ...current, benefits: { ...plan, benefits: plan.benefits.map((b) => (b.id === before.id ? after! : b)) } };
    }
    if (plan.benefits.length >= MAX_BENEFITS) return undefined;
    after = { id: nextId(plan), ...fields, since: osloDate(turn.now), realised: [] };
    return { ...current, benefits: { ...plan, benefits: [...plan.benefits, after] } };
  });
  if (!saved || !after) return [say(t.general.invalidAction)];
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'benefits.changed',
    subject: collaboration.name,
    before: before ? { [before.indicator]: described(before) } : {},
    after: { [after.indicator]: described(after) }
  });
  return [say(t.benefits.saved(plain(after.indicator))), planReply(options, turn, profile, network, saved)];
}

/** «Endre kostnader per år»: last year and the next few, with what is stored. */
export async function openYears(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof yearsChoice>): Promise<Reply> {
  const found = await editable(options, profile, { networkId: form.networkId, collaborationId: form.collaborationId });
  if ('reply' in found) return found.reply;
  const years = planYears(found.collaboration.benefits, osloDate(turn.now));
  return show(yearsFormCard({ ...found, years }, options.t));
}

/** «Lagre årene»: each key must be a field of a year the form offered; every amount a number. */
export async function saveYears(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof yearsForm>): Promise<Reply[]> {
  const { store, t } = options;
  const found = await editable(options, profile, form);
  if ('reply' in found) return [found.reply];
  const { network, collaboration } = found;
  const { networkId, collaborationId, ...amounts } = form;
  const offered = planYears(collaboration.benefits, osloDate(turn.now));
  const allowed = new Set(offered.flatMap((year) => YEAR_FIELDS.map((field) => yearKey(year, field))));
  if (Object.keys(amounts).some((key) => !allowed.has(key))) return [say(t.general.invalidAction)];
  const years: BenefitYear[] = [];
  for (const year of offered) {
    const values = YEAR_FIELDS.map((field) => {
      const raw = amounts[yearKey(year, field)];
      return raw === undefined || (typeof raw === 'string' && raw.trim() === '') ? 0 : parseAmount(raw);
    });
    if (values.some((v) => v === undefined || v < 0)) return [say(t.benefits.badAmounts)];
    const [oneOff, running, savings, income] = values as number[];
    if (values.some((v) => v !== 0)) years.push({ year, oneOff, running, savings, income });
  }
  const before = collaboration.benefits?.years ?? [];
  if (JSON.stringify(before) === JSON.stringify(years)) return [say(t.benefits.unchanged)];
  const saved = await store.directory.updateCollaboration(network.id, collaboration.id, (current) => ({
    ...current,
    benefits: { ...(current.benefits ?? emptyPlan()), years }
  }));
  if (!saved) return [say(t.general.invalidAction)];
  const line = (list: BenefitYear[]) => Object.fromEntries(list.map((y) => [String(y.year), `${y.oneOff} / ${y.running} / ${y.savings} / ${y.income}`]));
  await recordChange(store, turn.now, actorOf(turn.user), { networkId: network.id, action: 'benefits.changed', subject: collaboration.name, before: line(before), after: line(years) });
  return [say(t.benefits.yearsSaved), planReply(options, turn, profile, network, saved)];
}
