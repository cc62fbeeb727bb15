import type { z } from 'zod';
import type { Profile } from '../../domain/types';
import type { Answer, CardAction } from '../../core/module';
import { cardAction, type FeatureModule } from '../../core/module';
import type { FeatureOptions } from '../../core/options';
import type { Turn } from '../../core/turn';
import {
  ADMIN_COLLABORATION_SAVE,
  ADMIN_INVITATION_WITHDRAW,
  ADMIN_MUNICIPALITY_REMOVE,
  ADMIN_MUNICIPALITY_SAVE,
  ADMIN_NETWORK,
  ADMIN_NETWORK_SAVE,
  ADMIN_OPEN,
  ADMIN_PEOPLE,
  ADMIN_ROLE_GRANT,
  ADMIN_ROLE_REVOKE
} from './cards/verbs';
import { networkPickerAction } from '../../cards/networkPicker';
import { saveCollaboration } from './collaborations';
import { acceptInvitation, withdrawInvitation } from './invitations';
import { collaborationForm, grantForm, invitationWithdrawal, municipalityForm, municipalityRemoval, networkForm, openForm, peopleForm, revokeForm } from './forms';
import { removeMunicipality, saveMunicipality } from './municipalities';
import { saveNetwork } from './network';
import { openSection, showAdmin } from './overview';
import { grantRole, revokeRole, showPeople } from './roles';
import { adminSamples } from './samples';
import { texts } from './texts';
import { leaderData } from './personalData';

/** An admin form: the handler sees the form only once it matches its schema exactly. */
const form = <S extends z.ZodTypeAny>(
  verb: string,
  schema: S,
  run: (options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<S>) => Promise<Answer>
): CardAction => cardAction({ verb, data: schema, run: async (options, turn, data, profile) => run(options, turn, await profile(), data) });

/** `admin`: a network's settings, municipalities, collaborations and roles, run from chat. */
export const admin: FeatureModule = {
  name: 'admin',
  texts,
  help: (t) => t.admin.helpEntries,
  commands: [
    {
      name: 'admin',
      words: {
        nb: ['admin', 'administrer', 'administrasjon', 'oppsett', 'innstillinger'],
        nn: ['admin', 'administrer', 'administrasjon', 'oppsett', 'innstillingar'],
        en: ['admin', 'settings']
      },
      argument: 'none',
      run: (options, turn, profile) => showAdmin(options, turn, profile)
    },
    {
      // «bli med <kode>»: how someone from an invited tenant brings it into a network.
      name: 'join',
      words: { nb: ['bli med'], nn: ['bli med'], en: ['join'] },
      argument: 'optional',
      outsiders: true,
      readsNetworks: false,
      run: (options, turn, _profile, code) => acceptInvitation(options, turn, code)
    }
  ],
  actions: [
    networkPickerAction(ADMIN_NETWORK, showAdmin),
    form(ADMIN_OPEN, openForm, openSection),
    form(ADMIN_NETWORK_SAVE, networkForm, saveNetwork),
    form(ADMIN_INVITATION_WITHDRAW, invitationWithdrawal, withdrawInvitation),
    form(ADMIN_MUNICIPALITY_SAVE, municipalityForm, saveMunicipality),
    form(ADMIN_MUNICIPALITY_REMOVE, municipalityRemoval, removeMunicipality),
    form(ADMIN_COLLABORATION_SAVE, collaborationForm, saveCollaboration),
    form(ADMIN_PEOPLE, peopleForm, (options, _turn, profile, data) => showPeople(options, profile, data)),
    form(ADMIN_ROLE_GRANT, grantForm, grantRole),
    form(ADMIN_ROLE_REVOKE, revokeForm, revokeRole)
  ],
  cardSamples: adminSamples,
  personalData: leaderData
};
