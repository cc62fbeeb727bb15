// Sampuls on Azure: a bot identity without secrets, the app host, Cosmos DB for NoSQL and Blob
// Storage reached through Entra ID only, Key Vault for the signing secret, and Application Insights. Deploy with `az deployment group create` or
// the Microsoft 365 Agents Toolkit; see the README's deployment guide.

@description('Base name for every resource; letters and digits, unique within Azure.')
param resourceBaseName string

@description('Region of the app and the database. Norway East keeps the data in Norway.')
param location string = 'norwayeast'

@description('Serverless suits a regional council; autoscale when traffic is steady and high.')
@allowed(['serverless', 'autoscale'])
param cosmosCapacity string = 'serverless'

@description('Upper limit of autoscale throughput (RU/s) for the database, when autoscale is chosen.')
param cosmosAutoscaleMaxThroughput int = 1000

@description('Seconds raw check-ins are kept; -1 keeps them until deleted.')
param checkInRetentionSeconds int = -1

@description('App Service plan SKU; B1 is enough for a region, P1v3 to run several instances.')
param appServiceSku string = 'B1'

@description('Signs the export download links and roster choices; at least 32 characters. Stored in Key Vault.')
@secure()
@minLength(32)
param signingSecret string

@description('Who may create the first network from chat: <tenantId>:<entraObjectId> pairs, comma-separated (SAMPULS_BOOTSTRAP_ADMINS); empty = only a network file import.')
param bootstrapAdmins string = ''

@description('«Spør Sampuls»: the chat model to deploy in an Azure OpenAI resource (e.g. gpt-4o); empty = no language model, the feature is off for every network.')
param openAiModel string = ''

@description('Version of that model, as listed for the region (e.g. 2024-11-20).')
param openAiModelVersion string = ''

@description('Region of the Azure OpenAI resource: an EU region. Norway East where the model is offered there, else Sweden Central.')
param openAiLocation string = 'norwayeast'

@description('Tokens per minute of the deployment, in thousands (Standard: processed in that region only).')
param openAiCapacity int = 10

var databaseName = 'sampuls'
// The containers and partition keys src/store/cosmos/containers.ts expects (a test compares them).
var containers = [
  { name: 'config', partitionKey: '/networkId', ttl: -1 }
  { name: 'checkins', partitionKey: '/collaborationId', ttl: checkInRetentionSeconds }
  { name: 'people', partitionKey: '/id', ttl: -1 }
  { name: 'conversations', partitionKey: '/id', ttl: -1 }
  // Scheduler lease, årshjul events and every outbound send; -1 lets finished items expire by their own ttl.
  { name: 'jobs', partitionKey: '/networkId', ttl: -1 }
  // Anonymous survey counters per network, and apart from them the «has answered» receipts per round.
  { name: 'surveys', partitionKey: '/networkId', ttl: -1 }
  { name: 'surveyReceipts', partitionKey: '/round', ttl: -1 }
]
// Cosmos DB Built-in Data Contributor: data-plane read and write, no keys, no control plane.
var cosmosDataContributor = '00000000-0000-0000-0000-000000000002'
// Storage Blob Data Contributor: reads and writes blobs (the filed reports), no keys, no control plane.
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
// The container the reports filed for meetings are kept in (BLOB_CONTAINER's default).
var documentsContainer = 'documents'
// Cognitive Services OpenAI User: calls the deployed models, nothing else (no keys, no management).
var openAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
var openAiName = '${resourceBaseName}-ai'
// App settings of «Spør Sampuls», only with a model; no key: the bot signs in with its identity.
var openAiSettings = empty(openAiModel) ? [] : [
  { name: 'AZURE_OPENAI_ENDPOINT', value: 'https://${openAiName}.openai.azure.com/' }
  { name: 'AZURE_OPENAI_DEPLOYMENT', value: openAiModel }
]
// Key Vault Secrets User: reads secret values, nothing else.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${resourceBaseName}-cosmos'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    capabilities: cosmosCapacity == 'serverless' ? [{ name: 'EnableServerless' }] : []
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: databaseName
  properties: {
    resource: { id: databaseName }
    options: cosmosCapacity == 'autoscale' ? { autoscaleSettings: { maxThroughput: cosmosAutoscaleMaxThroughput } } : {}
  }
}

resource containerResources 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [
  for container in containers: {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: { paths: [container.partitionKey], kind: 'Hash' }
        defaultTtl: container.ttl
        indexingPolicy: {
          indexingMode: 'consistent'
          includedPaths: [{ path: '/*' }]
          excludedPaths: [{ path: '/"_etag"/?' }]
        }
      }
    }
  }
]

resource dataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributor)
  properties: {
    principalId: identity.properties.principalId
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributor}'
    scope: cosmos.id
  }
}

// Reports filed for meetings (case documents): reached with the bot identity only, shared keys off,
// nothing public; deleted blobs are kept 30 days, so a mistaken delete can be undone.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  // Account names are global, 3–24 lowercase letters and digits.
  name: 'st${uniqueString(resourceGroup().id, resourceBaseName)}'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: 30 }
    containerDeleteRetentionPolicy: { enabled: true, days: 30 }
  }
}

resource documents 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: documentsContainer
  properties: { publicAccess: 'None' }
}

resource documentsAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageBlobDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The signing secret lives here, not in the app settings: the app gets a Key Vault reference that
// App Service resolves with the bot's identity, which may read this one secret and nothing else.
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  // Vault names are global and at most 24 characters; the base name may already be 24.
  name: 'kv${uniqueString(resourceGroup().id, resourceBaseName)}'
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
  }
}

resource signingSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'signing-secret'
  properties: { value: signingSecret }
}

resource secretAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: signingSecretValue
  name: guid(signingSecretValue.id, identity.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// «Spør Sampuls»: Azure OpenAI in an EU region with keys turned off, reached with the bot's identity.
resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (!empty(openAiModel)) {
  name: openAiName
  location: openAiLocation
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: openAiName
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource openAiDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = if (!empty(openAiModel)) {
  parent: openAi
  name: openAiModel
  // Standard, not Global Standard: prompts are processed in the resource's region only.
  sku: { name: 'Standard', capacity: openAiCapacity }
  properties: {
    model: { format: 'OpenAI', name: openAiModel, version: openAiModelVersion }
  }
}

resource openAiAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(openAiModel)) {
  scope: openAi
  name: guid(resourceGroup().id, openAiName, identity.id, openAiUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${resourceBaseName}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  // The reference to the signing secret resolves only once the identity may read it.
  dependsOn: [secretAccess]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // The old-space limit also makes V8 grow the heap by ~1.6× what is live rather than 4× (README «Against the floor»).
      appCommandLine: 'node --max-old-space-size=1024 dist/index.js'
      healthCheckPath: '/readyz'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: concat([
        { name: 'MICROSOFT_APP_ID', value: identity.properties.clientId }
        { name: 'MICROSOFT_APP_TYPE', value: 'UserAssignedMSI' }
        { name: 'MICROSOFT_APP_TENANT_ID', value: tenant().tenantId }
        // DefaultAzureCredential picks the user-assigned identity by this id when it talks to Cosmos DB.
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'COSMOS_ENDPOINT', value: cosmos.properties.documentEndpoint }
        { name: 'COSMOS_DATABASE', value: databaseName }
        { name: 'BLOB_ENDPOINT', value: storage.properties.primaryEndpoints.blob }
        { name: 'BLOB_CONTAINER', value: documentsContainer }
        { name: 'PUBLIC_URL', value: 'https://${resourceBaseName}-app.azurewebsites.net' }
        // Without a version: App Service follows a rotated secret (within a day, or on restart).
        { name: 'SIGNING_SECRET', value: '@Microsoft.KeyVault(SecretUri=${signingSecretValue.properties.secretUri})' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'SAMPULS_BOOTSTRAP_ADMINS', value: bootstrapAdmins }
        // The deployment is the built app with its production dependencies, zipped once on the
        // deploying machine; App Service mounts that zip as it is and builds nothing.
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ], openAiSettings)
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Sampuls'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenant().tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output BOT_ID string = identity.properties.clientId
output BOT_DOMAIN string = app.properties.defaultHostName
output COSMOS_ENDPOINT string = cosmos.properties.documentEndpoint
output BLOB_ENDPOINT string = storage.properties.primaryEndpoints.blob
output APP_NAME string = app.name
output KEY_VAULT_NAME string = vault.name
