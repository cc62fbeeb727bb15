import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { plain } from '../../core/card';
import type { Membership, Network, Profile } from '../../domain/types';
import { actorOf, recordChange } from '../audit/record';
import { say, type Reply, type Turn } from '../../core/turn';
import type { FeatureOptions } from '../../core/options';
import { administered, updateStoredProfile } from './access';
import type { invitationWithdrawal } from './forms';
import { overview } from './overview';
import { rolesLine, withRole } from './roles';

/**
 * A tenant joins a network only with proof. An admin who adds a tenant gets a one-time code to
 * pass on; it works only for a person whose Teams activity comes from that tenant, so an admin
 * cannot let another organisation in (and list its teams) on his own word.
 */

const VALID_DAYS = 14;
/** No I, O, 0 or 1, which are misread; 32 signs, so each random byte maps to one without bias. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 16 signs of 5 bits: 80 bits, beyond guessing while a code is valid. */
const CODE = /^[A-HJ-NP-Z2-9]{16}$/;

/** «ABCD-EFGH-JKLM-NPQR» */
function newCode(): string {
  const signs = [...randomBytes(16)].map((byte) => ALPHABET[byte & 31]).join('');
  return signs.match(/.{4}/g)!.join('-');
}

/** The stored form of a code as typed (case, spaces and dashes aside); undefined when it cannot be one. */
function hashOf(code: string): string | undefined {
  const plain = code.replace(/[\s-]/g, '').toUpperCase();
  return CODE.test(plain) ? createHash('sha256').update(plain).digest('hex') : undefined;
}

/** Invites tenants into a network, replacing earlier codes for them; returns a line with each new code for the admin. */
export async function inviteTenants({ store, t }: FeatureOptions, turn: Turn, network: Network, tenantIds: string[]): Promise<Reply[]> {
  if (tenantIds.length === 0) return [];
  const expiresAt = new Date(turn.now.getTime() + VALID_DAYS * 24 * 3600_000).toISOString();
  const lines: Reply[] = [];
  for (const tenantId of tenantIds) {
    const code = newCode();
    await store.invitations.put({ networkId: network.id, tenantId, codeHash: hashOf(code)!, expiresAt });
    lines.push(say(t.admin.invited(tenantId, code)));
  }
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'tenant.invited',
    subject: network.name,
    before: { invited: '–' },
    after: { invited: tenantIds.join(', ') }
  });
  return lines;
}

/** «Trekk tilbake invitasjonen»: the tenant's code stops working at once; for the network's admins only. */
export async function withdrawInvitation(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof invitationWithdrawal>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  if (!(await store.invitations.withdraw(network.id, form.tenantId))) return [say(t.admin.invitationGone)];
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'tenant.invitationWithdrawn',
    subject: network.name,
    before: { invited: form.tenantId },
    after: { invited: '–' }
  });
  const { collaborations } = await store.directory.loadNetworks([network.id]);
  return [say(t.admin.invitationWithdrawn(plain(form.tenantId))), await overview(options, turn, network, [network], collaborations)];
}

/**
 * `bli med <kode>`: the person's tenant joins the network that invited it, and they become an
 * admin there to give their own people roles. The invitation is used up before anything is
 * written, so a code lets one tenant in once; a wrong, expired or used code writes nothing.
 */
export async function acceptInvitation(options: FeatureOptions, turn: Turn, code: string | undefined): Promise<Reply> {
  const { store, t } = options;
  if (code === undefined) return say(t.admin.joinUsage);
  const hash = hashOf(code);
  const found = hash ? await store.invitations.findByCode(hash) : undefined;
  // From another tenant the code is no proof at all: answered as a wrong one.
  if (!found || found.value.tenantId !== turn.user.tenantId) return say(t.admin.joinUnknown);
  if (found.value.expiresAt <= turn.now.toISOString()) return say(t.admin.joinExpired);
  const network = await store.directory.getNetwork(found.value.networkId);
  if (!network || !(await store.invitations.take(found))) return say(t.admin.joinUnknown);

  const joined = await store.directory.updateNetwork(network.id, (current) => ({ ...current, tenantIds: [...new Set([...current.tenantIds, turn.user.tenantId])] }));
  let before: Membership | undefined;
  await updateStoredProfile(store, turn.user, (stored) => {
    before = stored.memberships.find((m) => m.networkId === network.id);
    return { ...stored, name: stored.name || turn.user.name, memberships: [...stored.memberships.filter((m) => m !== before), withRole(before, network.id, 'admin', '')] };
  });
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'tenant.joined',
    subject: network.name,
    before: { tenantIds: network.tenantIds.join(', '), roles: rolesLine(before, network, t) },
    after: { tenantIds: (joined ?? network).tenantIds.join(', '), roles: rolesLine(withRole(before, network.id, 'admin', ''), network, t) }
  });
  options.tenants.forget();
  options.log.info({ networkId: network.id }, 'an invited tenant joined');
  return say(t.admin.joined(network.name));
}
