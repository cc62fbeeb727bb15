import type { Container, ContainerDefinition, CosmosClient, Database } from '@azure/cosmos';
import { statusCodeOf } from './errors';

/**
 * The containers and partition keys the code relies on. `infra/` must declare the same;
 * a test compares the two.
 */
export const CONTAINERS = {
  config: { id: 'config', partitionKey: { paths: ['/networkId'] } },
  checkins: { id: 'checkins', partitionKey: { paths: ['/collaborationId'] } },
  people: { id: 'people', partitionKey: { paths: ['/id'] } },
  conversations: { id: 'conversations', partitionKey: { paths: ['/id'] } },
  jobs: { id: 'jobs', partitionKey: { paths: ['/networkId'] }, defaultTtl: -1 },
  surveys: { id: 'surveys', partitionKey: { paths: ['/networkId'] } },
  surveyReceipts: { id: 'surveyReceipts', partitionKey: { paths: ['/round'] } }
} satisfies Record<string, ContainerDefinition>;

export type ContainerName = keyof typeof CONTAINERS;
export type Containers = Record<ContainerName, Container>;

/**
 * With Entra ID, data-plane roles may not create databases or containers (403): then they must
 * have been provisioned by infra/, and are only checked to exist.
 */
async function createOrCheck<T>(create: () => Promise<T>, existing: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (statusCodeOf(error) !== 403) throw error;
    return existing();
  }
}

/** Creates the database and containers when missing; safe to run on every start and from several instances. */
export async function ensureContainers(client: CosmosClient, databaseId: string): Promise<Containers> {
  const database: Database = await createOrCheck(
    async () => (await client.databases.createIfNotExists({ id: databaseId })).database,
    async () => (await client.database(databaseId).read()).database
  );
  const entries = await Promise.all(
    Object.entries(CONTAINERS).map(async ([name, definition]) => {
      const container = await createOrCheck(
        async () => (await database.containers.createIfNotExists(definition)).container,
        async () => (await database.container(definition.id).read()).container
      );
      return [name, container] as const;
    })
  );
  return Object.fromEntries(entries) as Containers;
}
