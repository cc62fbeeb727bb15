import { CosmosClient, type CosmosClientOptions, type PluginConfig } from '@azure/cosmos';

export interface CosmosSettings {
  endpoint: string;
  /** Account key; without one the client signs in with the managed identity / developer login. */
  key?: string;
  /** True for the in-process server of `./embedded`, false for a real Azure account. */
  embedded: boolean;
  /** How long one HTTP request may take; REQUEST_TIMEOUT_MS unless a test needs less. */
  requestTimeoutMs?: number;
}

/**
 * Throttling (429) is retried by the SDK itself, honouring the server's Retry-After. The budget is
 * kept well below the SDK's default of 9 attempts / 30 s because a user is waiting on a bot turn,
 * and callers add a few retries of their own on top.
 */
const RETRY_OPTIONS = { maxRetryAttemptCount: 6, maxWaitTimeInSeconds: 5 };

/**
 * One request may wait as long as the SDK allows by default (60 s): the scheduler's queries over
 * thousands of deliveries can queue for many seconds on a busy store. A person never waits that
 * long: each turn's store calls stop at the turn's own deadline (src/core/deadline.ts).
 */
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * The SDK asks the service for a query plan alongside every query, even one confined to a single
 * partition, which the service runs whole and needs no plan for. That request is refused here
 * before it leaves: the SDK only reads a plan when the query itself is refused for lacking one,
 * which a single-partition query never is. Saves a round trip per query on Azure; the embedded
 * server, which has no query plans, would run the whole query a second time for it.
 */
const noPlanForOnePartition: PluginConfig = {
  on: 'request',
  plugin: (context, _diagnostics, next) => {
    const onePartition = context.options !== undefined && 'partitionKey' in context.options && context.options.partitionKey !== undefined;
    if (onePartition && context.headers?.[QUERY_PLAN_HEADER] === 'True') return Promise.reject(new Error('no query plan for a single-partition query'));
    return next(context);
  }
};

const QUERY_PLAN_HEADER = 'x-ms-cosmos-is-query-plan-request';

export function createCosmosClient(settings: CosmosSettings): CosmosClient {
  const options: CosmosClientOptions & { plugins: PluginConfig[] } = {
    endpoint: settings.endpoint,
    connectionPolicy: { retryOptions: { ...RETRY_OPTIONS }, requestTimeout: settings.requestTimeoutMs ?? REQUEST_TIMEOUT_MS },
    // Not in the options' published type, but exported and read by the client (PluginConfig).
    plugins: [noPlanForOnePartition]
  };

  if (settings.embedded) {
    if (!settings.key) throw new Error('The embedded Cosmos DB server needs its key');
    // The embedded server advertises https:// locations in its account metadata; with discovery on,
    // the SDK would follow them away from the endpoint it was given.
    options.connectionPolicy = { ...options.connectionPolicy, enableEndpointDiscovery: false };
  } else if (!settings.endpoint.startsWith('https://')) {
    // A real account is only reachable over TLS; anything else is a misconfiguration, not a fallback.
    throw new Error(`Cosmos DB endpoint must use https: ${settings.endpoint}`);
  }

  if (settings.key) options.key = settings.key;
  // Loaded only when used: @azure/identity costs ~20 MB of memory that key-based setups never need.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  else options.aadCredentials = new (require('@azure/identity') as typeof import('@azure/identity')).DefaultAzureCredential();

  return new CosmosClient(options);
}
