import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTAINERS } from '../../src/store/cosmos/containers';
import { loadConfig } from '../../src/config';

/** The Bicep must declare exactly what the code reads and writes, and no account keys. */
const bicep = readFileSync(path.resolve(__dirname, '../../infra/main.bicep'), 'utf8');

describe('infra/main.bicep', () => {
  it('declares exactly the containers and partition keys the code uses', () => {
    const declared = [...bicep.matchAll(/\{ name: '(\w+)', partitionKey: '([^']+)'/g)].map((m) => [m[1], m[2]]);
    const used = Object.values(CONTAINERS).map((c) => [c.id, c.partitionKey.paths[0]]);
    expect(declared.sort()).toEqual(used.sort());
  });

  it('turns account keys off and grants the bot identity data-plane access instead', () => {
    expect(bicep).toMatch(/disableLocalAuth: true/);
    expect(bicep).toMatch(/sqlRoleAssignments/);
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).not.toMatch(/listKeys|primaryMasterKey/);
  });

  it('keeps the filed reports in a storage account reached with the bot identity only, without keys', () => {
    const account = /resource storage 'Microsoft\.Storage\/storageAccounts@[\d-]+' = \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(account).toContain('allowSharedKeyAccess: false');
    expect(account).toContain('allowBlobPublicAccess: false');
    const assignment = /resource documentsAccess 'Microsoft\.Authorization\/roleAssignments@[\d-]+' = \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(assignment).toContain('scope: storage');
    expect(assignment).toContain('principalId: identity.properties.principalId');
    expect(bicep).toContain("var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'");
    // The container the code files into by default, and the endpoint the app is told.
    expect(bicep).toContain("var documentsContainer = 'documents'");
    expect(loadConfig({}).ok && (loadConfig({}) as { config: { blob: { container: string } } }).config.blob.container).toBe('documents');
    expect(bicep).toContain("{ name: 'BLOB_ENDPOINT', value: storage.properties.primaryEndpoints.blob }");
    expect(bicep).not.toMatch(/listKeys|listAccountSas|connectionString: 'DefaultEndpointsProtocol/);
  });

  it('defaults to Norway East and serverless, and configures the app as production mode expects', () => {
    expect(bicep).toMatch(/param location string = 'norwayeast'/);
    expect(bicep).toMatch(/param cosmosCapacity string = 'serverless'/);
    for (const setting of ['MICROSOFT_APP_ID', 'MICROSOFT_APP_TYPE', 'MICROSOFT_APP_TENANT_ID', 'COSMOS_ENDPOINT', 'BLOB_ENDPOINT', 'APPLICATIONINSIGHTS_CONNECTION_STRING']) {
      expect(bicep).toContain(`{ name: '${setting}'`);
    }
    expect(bicep).toMatch(/appCommandLine: 'node --max-old-space-size=1024 dist\/index.js'/);
  });

  it('lets the deployment name the first admins, passed to the app as SAMPULS_BOOTSTRAP_ADMINS and nobody by default', () => {
    expect(bicep).toMatch(/param bootstrapAdmins string = ''/);
    expect(bicep).toContain("{ name: 'SAMPULS_BOOTSTRAP_ADMINS', value: bootstrapAdmins }");
    const parameters = JSON.parse(readFileSync(path.resolve(__dirname, '../../infra/main.parameters.json'), 'utf8')).parameters;
    expect(parameters.bootstrapAdmins).toEqual({ value: '${{SAMPULS_BOOTSTRAP_ADMINS}}' });
    // The toolkit fills the placeholder from the environment file, where it is declared (empty until someone is named).
    expect(readFileSync(path.resolve(__dirname, '../../env/.env.dev'), 'utf8')).toMatch(/^SAMPULS_BOOTSTRAP_ADMINS=$/m);
  });

  it('runs the app from the uploaded package and builds nothing on App Service', () => {
    expect(bicep).toContain("{ name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }");
    expect(bicep).toContain("{ name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }");
  });

  it('keeps the signing secret in Key Vault, referenced from the app settings and read with the bot identity', () => {
    // A vault with Azure RBAC, the secret in it from the secure parameter.
    expect(bicep).toMatch(/resource vault 'Microsoft\.KeyVault\/vaults@[\d-]+' = \{[\s\S]*?enableRbacAuthorization: true/);
    expect(bicep).toMatch(/resource signingSecretValue 'Microsoft\.KeyVault\/vaults\/secrets@[\d-]+' = \{\s*parent: vault[\s\S]*?properties: \{ value: signingSecret \}/);
    // The identity may read that secret: Key Vault Secrets User, scoped to the secret.
    const assignment = /resource secretAccess 'Microsoft\.Authorization\/roleAssignments@[\d-]+' = \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(assignment).toContain('scope: signingSecretValue');
    expect(assignment).toContain('principalId: identity.properties.principalId');
    expect(assignment).toContain('keyVaultSecretsUser');
    expect(bicep).toContain("var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'");
    // The app setting is a reference resolved with that identity, never the value itself.
    expect(bicep).toContain("{ name: 'SIGNING_SECRET', value: '@Microsoft.KeyVault(SecretUri=${signingSecretValue.properties.secretUri})' }");
    expect(bicep).toMatch(/keyVaultReferenceIdentity: identity\.id/);
    expect(bicep).toMatch(/dependsOn: \[secretAccess\]/);
    expect([...bicep.matchAll(/\bsigningSecret\b/g)].length).toBe(2); // the parameter and the secret, nowhere else
    // Vault names are global and at most 24 characters: 'kv' + the 13 of uniqueString.
    expect(bicep).toMatch(/name: 'kv\$\{uniqueString\(resourceGroup\(\)\.id, resourceBaseName\)\}'/);
  });

  it('offers Azure OpenAI for «Spør Sampuls» only when a model is named, in an EU region, keys off, reached with the bot identity', () => {
    expect(bicep).toMatch(/param openAiModel string = ''/);
    expect(bicep).toMatch(/param openAiLocation string = 'norwayeast'/);
    const account = /resource openAi 'Microsoft\.CognitiveServices\/accounts@[\d-]+' = if \(!empty\(openAiModel\)\) \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(account).toContain("kind: 'OpenAI'");
    expect(account).toContain('disableLocalAuth: true');
    expect(account).toContain('location: openAiLocation');
    // Standard deployments are processed in the resource's region, unlike Global Standard.
    expect(bicep).toMatch(/resource openAiDeployment [^\n]*\{[\s\S]*?sku: \{ name: 'Standard'/);
    const access = /resource openAiAccess 'Microsoft\.Authorization\/roleAssignments@[\d-]+' = if \(!empty\(openAiModel\)\) \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(access).toContain('scope: openAi');
    expect(access).toContain('principalId: identity.properties.principalId');
    expect(bicep).toContain("var openAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'");
    // The settings the bot reads, and no key among them.
    expect(bicep).toContain("{ name: 'AZURE_OPENAI_ENDPOINT', value: 'https://${openAiName}.openai.azure.com/' }");
    expect(bicep).toContain("{ name: 'AZURE_OPENAI_DEPLOYMENT', value: openAiModel }");
    expect(bicep).toMatch(/appSettings: concat\(\[[\s\S]*?\], openAiSettings\)/);
    expect(bicep).not.toContain('AZURE_OPENAI_API_KEY');
  });

  it('gives every required parameter a value in the parameters file', () => {
    const parameters = JSON.parse(readFileSync(path.resolve(__dirname, '../../infra/main.parameters.json'), 'utf8')).parameters;
    const required = [...bicep.matchAll(/^param (\w+) \w+$/gm)].map((m) => m[1]);
    for (const name of required) expect(parameters).toHaveProperty(name);
  });
});
