import { rewriteCollaborations, type PersonalDataDeclaration } from '../../core/personalData';
import { sameUser } from '../../domain/roles';
import type { Collaboration, UserId } from '../../domain/types';

/** Who linked a collaboration's channel: kept as the pseudonym, so the link itself stays. */
export const channelLinkData: PersonalDataDeclaration = {
  holds: 'who linked a collaboration’s channel',
  erase: (store, user, { pseudonym: { tenantId, aadObjectId } }) =>
    rewriteCollaborations(store, (c) => linkedBy(c, user), (c) => ({ ...c, channel: { ...c.channel!, linkedBy: { tenantId, aadObjectId } } }))
};

const linkedBy = (c: Collaboration, user: UserId): boolean => c.channel !== undefined && sameUser(c.channel.linkedBy, user);
