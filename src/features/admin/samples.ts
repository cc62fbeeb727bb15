import { sample, type CardSample } from '../../core/module';
import { HOSTILE, HOSTILE_PERSON, sampleData } from '../../cards/samples';
import { ALEX, DEMO_LEADERS } from '../../demo/people';
import type { Catalogue } from '../../core/i18n/catalogue';
import { collaborationFormCard, collaborationsCard } from './cards/collaborations';
import { municipalitiesCard, municipalityFormCard } from './cards/municipalities';
import { networkFormCard, networkAdminCard } from './cards/network';
import { ADMIN_NETWORK } from './cards/verbs';
import { withNetworkPicker } from '../../cards/networkPicker';
import { peopleCard, rolesCard } from './cards/roles';

export function adminSamples(t: Catalogue): CardSample[] {
  const { network, collaborations } = sampleData();
  const named = { ...network, name: HOSTILE, language: 'nn' as const, retention: { checkInMonths: 36 } };
  const holders = [
    { person: HOSTILE_PERSON, membership: { networkId: network.id, roles: ['admin' as const, 'kommunedirektør' as const], municipalityId: 'lierne' }, leads: collaborations.slice(0, 3) },
    ...DEMO_LEADERS.map((person, i) => ({ person, leads: [collaborations[i]] }))
  ];
  const people = [ALEX, HOSTILE_PERSON, ...DEMO_LEADERS].map((p, i) => ({ title: p.name, value: `signed-${i}` }));
  const roster = { teamName: HOSTILE, teamId: 'team-1', people, nextPage: 'page-2', otherTeams: [{ teamId: 'team-2', name: HOSTILE }] };
  return [
    sample('admin overview', networkAdminCard, network, { collaborations: collaborations.length, people: 120 }, t),
    sample('admin overview of a network with an outside name', networkAdminCard, named, { collaborations: 0, people: 1 }, t),
    sample('admin overview with pending invitations, one expired', networkAdminCard, network, { collaborations: 3, people: 4 }, t, {
      invitations: [
        { networkId: network.id, tenantId: '11111111-2222-4333-8444-555555555555', codeHash: 'a', expiresAt: '2026-12-09T09:00:00.000Z' },
        { networkId: network.id, tenantId: HOSTILE, codeHash: 'b', expiresAt: '2026-11-20T09:00:00.000Z' }
      ],
      now: new Date('2026-11-25T09:00:00.000Z')
    }),
    sample('admin overview with a choice of network', withNetworkPicker, networkAdminCard(network, { collaborations: 3, people: 4 }, t), [network, named], network, ADMIN_NETWORK, t),
    sample('new network form', networkFormCard, undefined, ALEX.tenantId, t),
    sample('network form', networkFormCard, named, ALEX.tenantId, t),
    sample('municipalities', municipalitiesCard, network, t),
    sample('new municipality form', municipalityFormCard, network, undefined, t),
    sample('municipality form', municipalityFormCard, network, network.municipalities[1], t),
    sample('collaborations', collaborationsCard, network, collaborations, t),
    sample('new collaboration form', collaborationFormCard, network, undefined, t),
    sample('collaboration form', collaborationFormCard, network, collaborations[1], t),
    sample('roles', rolesCard, network, holders, t),
    sample('grant a role', peopleCard, network, collaborations, roster, t)
  ];
}
