import type { PersonalDataDeclaration } from '../../core/personalData';
import type { AuditEntry } from '../../domain/audit';
import { sameUser } from '../../domain/roles';
import type { Person } from '../../domain/types';

/**
 * The trail keeps what the person changed under the pseudonym, named «Slettet person …», so
 * admins still see that one person made those changes. Entries name a person as the actor, as
 * the subject of a role change, in leader lists and in imported people (by name and object id);
 * each mention becomes the pseudonym's label, a name only as a whole word, so «Ola» leaves «Olav» alone.
 */
export const auditData: PersonalDataDeclaration = {
  holds: 'audit entries: the actor and every mention by name or object id',
  async erase(store, user, { pseudonym, names, t }) {
    const actor: Person = { ...pseudonym, name: t.audit.erasedPerson(pseudonym.aadObjectId.slice('erased-'.length, 'erased-'.length + 6)) };
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[user.aadObjectId, ...names].map(literal).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const scrub = (text: string) => text.replace(pattern, actor.name);
    const rewrite = (value: unknown): unknown => {
      if (typeof value === 'string') return scrub(value);
      if (Array.isArray(value)) return value.map(rewrite);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [scrub(key), rewrite(inner)]));
    };
    for (const networkId of await store.directory.listNetworkIds()) {
      for (const entry of await store.audit.all(networkId)) {
        const scrubbed: AuditEntry = {
          ...entry,
          subject: scrub(entry.subject),
          before: rewrite(entry.before),
          after: rewrite(entry.after),
          ...(entry.actor && sameUser(entry.actor, user) ? { actor } : {})
        };
        if (JSON.stringify(scrubbed) !== JSON.stringify(entry)) await store.audit.replace(scrubbed);
      }
    }
  }
};
