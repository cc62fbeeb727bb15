import { DateTime } from 'luxon';
import { rewriteCollaborations, type PersonalDataDeclaration } from '../../core/personalData';
import { checkInId } from '../../domain/checkIns';
import { ZONE } from '../../domain/period';
import { sameUser } from '../../domain/roles';
import type { CheckIn, Collaboration, UserId } from '../../domain/types';

/**
 * Answers stay as the collaboration's history under the pseudonym, which cannot be traced back;
 * past the network's retention only the status summary (colours and means per period) stays.
 */
export const checkInData: PersonalDataDeclaration = {
  holds: 'check-ins (answers) and the status’s latest respondents',
  collect: async (store, user) => ({ checkIns: await store.checkIns.listByRespondent(user) }),
  async erase(store, user, { pseudonym }) {
    const checkIns = await store.checkIns.listByRespondent(user);
    for (const checkIn of checkIns) {
      const replacement: CheckIn = { ...checkIn, id: checkInId(checkIn.period, pseudonym), respondent: pseudonym };
      await store.checkIns.replaceWith(checkIn, replacement);
    }
    await rewriteCollaborations(
      store,
      (c) => latestFrom(c, user),
      (c) => ({ ...c, status: { ...c.status, latest: c.status.latest.map((d) => (sameUser(d.respondent, user) ? { ...d, respondent: pseudonym } : d)) } })
    );
    return checkIns.length;
  },
  async retention(store, network, collaborations, now) {
    const months = network.retention?.checkInMonths;
    if (!months) return 0;
    const cutoff = DateTime.fromJSDate(now, { zone: ZONE }).minus({ months }).toUTC().toISO()!;
    let deleted = 0;
    for (const collaboration of collaborations) deleted += await store.checkIns.deleteSubmittedBefore(collaboration.id, cutoff);
    return deleted;
  }
};

const latestFrom = (c: Collaboration, user: UserId): boolean => c.status.latest.some((d) => sameUser(d.respondent, user));
