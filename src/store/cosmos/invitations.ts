import type { Container } from '@azure/cosmos';
import { ConcurrencyConflict, type Invitation, type InvitationStore, type Versioned } from '../../core/store';
import { withoutSystemProperties } from './documents';
import { isNotFound, withRetry } from './errors';

/**
 * Invitations live in the network's partition of the `config` container as `type: 'invitation'`
 * documents, one per invited tenant, which the directory's queries never pick up.
 */
const docId = (tenantId: string) => `invitation:${tenantId}`;

function invitationOf(document: Record<string, unknown>): Invitation {
  const { id, type, ...invitation } = withoutSystemProperties<Record<string, unknown>>(document);
  return invitation as unknown as Invitation;
}

export class CosmosInvitationStore implements InvitationStore {
  constructor(private readonly container: Container) {}

  async put(invitation: Invitation): Promise<void> {
    await withRetry(() => this.container.items.upsert({ ...invitation, id: docId(invitation.tenantId), type: 'invitation' }));
  }

  async findByCode(codeHash: string): Promise<Versioned<Invitation> | undefined> {
    const query = { query: "SELECT * FROM c WHERE c.type = 'invitation' AND c.codeHash = @codeHash", parameters: [{ name: '@codeHash', value: codeHash }] };
    const { resources } = await withRetry(() => this.container.items.query<Record<string, unknown>>(query).fetchAll());
    return resources[0] && { value: invitationOf(resources[0]), etag: String(resources[0]._etag) };
  }

  async pending(networkId: string): Promise<Invitation[]> {
    const query = { query: "SELECT * FROM c WHERE c.type = 'invitation' AND c.networkId = @networkId", parameters: [{ name: '@networkId', value: networkId }] };
    const { resources } = await withRetry(() => this.container.items.query<Record<string, unknown>>(query, { partitionKey: networkId }).fetchAll());
    return resources.map(invitationOf);
  }

  async withdraw(networkId: string, tenantId: string): Promise<boolean> {
    try {
      await withRetry(() => this.container.item(docId(tenantId), networkId).delete());
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
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
