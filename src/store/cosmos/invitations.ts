import type { Container } from '@azure/cosmos';
import { ConcurrencyConflict, type Invitation, type InvitationStore, type Versioned } from '../../core/store';
import { withoutSystemProperties } from './documents';
import { isNotFound, withRetry } from './errors';

/**
 * Invitations live in the network's partition of the `config` container as `type: 'invitation'`
 * documents, one per invited tenant, which the directory's queries never pick up.
 */
const docId = (tenantId: string) => `invitation:${tenantId}`;

export class CosmosInvitationStore implements InvitationStore {
  constructor(private readonly container: Container) {}

  async put(invitation: Invitation): Promise<void> {
    await withRetry(() => this.container.items.upsert({ ...invitation, id: docId(invitation.tenantId), type: 'invitation' }));
  }

  async findByCode(codeHash: string): Promise<Versioned<Invitation> | undefined> {
    const query = { query: "SELECT * FROM c WHERE c.type = 'invitation' AND c.codeHash = @codeHash", parameters: [{ name: '@codeHash', value: codeHash }] };
    const { resources } = await withRetry(() => this.container.items.query<Record<string, unknown>>(query).fetchAll());
    if (!resources[0]) return undefined;
    const { id, type, ...invitation } = withoutSystemProperties<Record<string, unknown>>(resources[0]);
    return { value: invitation as unknown as Invitation, etag: String(resources[0]._etag) };
  }

  /** Deleted under the ETag it was read at, so of two people giving the same code only one gets in. */
  async take({ value, etag }: Versioned<Invitation>): Promise<boolean> {
    try {
      await withRetry(() => this.container.item(docId(value.tenantId), value.networkId).delete({ accessCondition: { type: 'IfMatch', condition: etag } }));
      return true;
    } catch (error) {
      if (error instanceof ConcurrencyConflict || isNotFound(error)) return false;
      throw error;
    }
  }
}
