import type { PersonalDataDeclaration } from '../../core/personalData';
import { sameUser } from '../../domain/roles';
import type { PrioritisationRound } from '../../domain/prioritisation';
import type { Person, UserId } from '../../domain/types';

const names = (round: PrioritisationRound, user: UserId) =>
  [round.createdBy, ...round.groups.map((g) => g.representative), ...round.submissions.map((s) => s.by)].some((p) => sameUser(p, user));

/** Rounds name who started them, who answers for each group and who sent each group's scores. */
export const roundData: PersonalDataDeclaration = {
  holds: 'prioritisation rounds: who started them, answers for a group or sent its scores',
  async collect(store, user) {
    const profile = await store.profiles.get(user);
    const rounds = await store.planning.listRounds((profile?.memberships ?? []).map((m) => m.networkId));
    // A round they started, and each group they answer for or sent scores for, once.
    return {
      responsibilities: rounds.flatMap((r) => {
        const groups = r.groups.filter((g) => sameUser(g.representative, user) || r.submissions.some((s) => s.groupId === g.id && sameUser(s.by, user)));
        return [...(sameUser(r.createdBy, user) ? [r.name] : []), ...groups.map((g) => `${r.name}: ${g.name}`)].map((what) => ({ networkId: r.networkId, what }));
      })
    };
  },
  // The scores stay (they are the group's, not the person's); the person is replaced by the pseudonym.
  async erase(store, user, { pseudonym }) {
    const swap = (p: Person) => (sameUser(p, user) ? pseudonym : p);
    const rounds = await store.planning.listRounds(await store.directory.listNetworkIds());
    for (const round of rounds.filter((r) => names(r, user))) {
      await store.planning.updateRound(round.networkId, round.id, (current) => ({
        ...current,
        createdBy: swap(current.createdBy),
        groups: current.groups.map((g) => ({ ...g, representative: swap(g.representative) })),
        submissions: current.submissions.map((s) => ({ ...s, by: swap(s.by) }))
      }));
    }
  }
};
