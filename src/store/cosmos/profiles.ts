import type { Container } from '@azure/cosmos';
import { userKey } from '../../domain/roles';
import type { Profile, UserId } from '../../domain/types';
import type { ProfileStore } from '../../core/store';
import type { Change } from '../../core/store';
import { deleteDocument, readDocument, updateDocument, withoutSystemProperties } from './documents';
import { withRetry } from './errors';

function fromDocument(document: Record<string, unknown>): Profile {
  const { id, ...profile } = document as unknown as Profile & { id: string };
  return profile;
}

/** Profiles are keyed by tenant + object id, so one point read answers "who is this and where may they look". */
export class CosmosProfileStore implements ProfileStore {
  constructor(private readonly container: Container) {}

  async get(user: UserId): Promise<Profile | undefined> {
    const found = await readDocument(this.container, userKey(user), userKey(user));
    return found && fromDocument(found.document);
  }

  async update(user: UserId, change: Change<Profile | undefined>): Promise<Profile | undefined> {
    const key = userKey(user);
    const stored = await updateDocument(this.container, key, key, async (document) => {
      const next = await change(document && fromDocument(document));
      return next && { ...next, id: key };
    });
    return stored && fromDocument(stored.document);
  }

  async put(profile: Profile): Promise<void> {
    await withRetry(() => this.container.items.upsert({ ...profile, id: userKey(profile) }));
  }

  async withRoles(): Promise<Profile[]> {
    const { resources } = await withRetry(() =>
      this.container.items.query<Profile & { id: string }>('SELECT * FROM c WHERE ARRAY_LENGTH(c.memberships) > 0').fetchAll()
    );
    return resources.map((document) => {
      const { id, ...profile } = withoutSystemProperties<Profile & { id: string }>(document);
      return profile;
    });
  }

  delete(user: UserId): Promise<void> {
    return deleteDocument(this.container, userKey(user), userKey(user));
  }
}
