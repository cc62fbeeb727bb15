import type { CosmosClient } from '@azure/cosmos';
import type { Store } from '../../core/store';
import { CosmosAuditLog } from './audit';
import { CosmosCheckInStore } from './checkIns';
import { ensureContainers } from './containers';
import { CosmosConversationStore } from './conversations';
import { CosmosNetworkDirectory } from './directory';
import { withRetry } from './errors';
import { CosmosInvitationStore } from './invitations';
import { CosmosJobStore } from './jobs';
import { CosmosPlanningStore } from './planning';
import { CosmosProfileStore } from './profiles';
import { CosmosSurveyStore } from './surveys';

/** Opens the Cosmos DB store, creating database and containers on first use. */
export async function openCosmosStore(client: CosmosClient, databaseId: string): Promise<Store> {
  const containers = await withRetry(() => ensureContainers(client, databaseId));
  return {
    directory: new CosmosNetworkDirectory(containers.config),
    audit: new CosmosAuditLog(containers.config),
    planning: new CosmosPlanningStore(containers.config),
    invitations: new CosmosInvitationStore(containers.config),
    checkIns: new CosmosCheckInStore(containers.checkins),
    profiles: new CosmosProfileStore(containers.people),
    conversations: new CosmosConversationStore(containers.conversations),
    jobs: new CosmosJobStore(containers.jobs),
    surveys: new CosmosSurveyStore(containers.surveys, containers.surveyReceipts),
    ping: async () => {
      await withRetry(() => containers.config.read(), { attempts: 1, baseDelayMs: 0 });
    }
  };
}
