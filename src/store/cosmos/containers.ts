import type { Container, CosmosClient, ContainerDefinition } from '@azure/cosmos';

/**
 * The containers and partition keys the code relies on. `infra/` must declare the same;
 * a test compares the two.
 */
export const CONTAINERS = {
  config: { id: 'config', partitionKey: { paths: ['/networkId'] } },
  checkins: { id: 'checkins', partitionKey: { paths: ['/collaborationId'] } },
  people: { id: 'people', partitionKey: { paths: ['/id'] } },
  conversations: { id: 'conversations', partitionKey: { paths: ['/id'] } }
} satisfies Record<string, ContainerDefinition>;

export type ContainerName = keyof typeof CONTAINERS;
export type Containers = Record<ContainerName, Container>;

/** Creates the database and containers when missing; safe to run on every start and from several instances. */
export async function ensureContainers(client: CosmosClient, databaseId: string): Promise<Containers> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const entries = await Promise.all(
    Object.entries(CONTAINERS).map(async ([name, definition]) => {
      const { container } = await database.containers.createIfNotExists(definition);
      return [name, container] as const;
    })
  );
  return Object.fromEntries(entries) as Containers;
}
