import { loadConfig } from './config';

const PRODUCTION = {
  MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
  MICROSOFT_APP_TYPE: 'UserAssignedMSI',
  MICROSOFT_APP_TENANT_ID: '66666666-7777-8888-9999-000000000000',
  COSMOS_ENDPOINT: 'https://sampuls.documents.azure.com:443/'
};

describe('loadConfig', () => {
  it('runs locally with no settings at all: loopback, port 3978, embedded store', () => {
    const result = loadConfig({});
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({ mode: 'local', host: '127.0.0.1', port: 3978, cosmos: { database: 'sampuls' }, dataDir: '.data' })
    });
  });

  it('accepts a complete production configuration with a managed identity and no keys', () => {
    const result = loadConfig(PRODUCTION);
    expect(result.ok && result.config).toMatchObject({ mode: 'production', host: '0.0.0.0', identity: { appType: 'UserAssignedMSI' } });
  });

  it('names every missing production setting on a line of its own', () => {
    const result = loadConfig({ MICROSOFT_APP_ID: PRODUCTION.MICROSOFT_APP_ID });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'MICROSOFT_APP_TYPE: required in production (SingleTenant or UserAssignedMSI)',
      'MICROSOFT_APP_TENANT_ID: required in production',
      'COSMOS_ENDPOINT: required in production (the Azure Cosmos DB account URL; or SAMPULS_STORE=embedded to try the bot from this machine through a dev tunnel)'
    ]);
  });

  it('requires the password for a single-tenant app registration', () => {
    const result = loadConfig({ ...PRODUCTION, MICROSOFT_APP_TYPE: 'SingleTenant' });
    expect(!result.ok && result.errors).toEqual(['MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_TYPE is SingleTenant']);
  });

  it('names invalid values', () => {
    const result = loadConfig({ ...PRODUCTION, MICROSOFT_APP_TYPE: 'MultiTenant', PORT: 'eighty', MICROSOFT_APP_TENANT_ID: 'contoso' });
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors.join('\n') : '';
    expect(errors).toMatch(/^PORT: /m);
    expect(errors).toMatch(/^MICROSOFT_APP_TYPE: /m);
    expect(errors).toMatch(/^MICROSOFT_APP_TENANT_ID: must be a GUID/m);
  });

  it('runs the scheduler by default every minute at 30 sends per second per tenant', () => {
    const result = loadConfig({});
    expect(result.ok && result.config.scheduler).toEqual({ enabled: true, intervalMs: 60_000, leaseMs: 60_000, tenantPerSecond: 30 });
    expect(result.ok && result.config.clockStart).toBeUndefined();
  });

  it('reads a demo clock as Oslo time when it has no offset', () => {
    const result = loadConfig({ SAMPULS_CLOCK: '2026-12-01T08:59', SCHEDULER_INTERVAL_SECONDS: '5', SCHEDULER_ENABLED: 'false' });
    expect(result.ok && result.config.clockStart?.toISOString()).toBe('2026-12-01T07:59:00.000Z');
    expect(result.ok && result.config.scheduler).toMatchObject({ enabled: false, intervalMs: 5000 });
  });

  it('refuses a tenant ceiling above what Teams allows, and a clock that is not a time', () => {
    const result = loadConfig({ TENANT_SENDS_PER_SECOND: '80', SAMPULS_CLOCK: 'i morgen' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.split(':')[0]).sort()).toEqual(['SAMPULS_CLOCK', 'TENANT_SENDS_PER_SECOND']);
  });
});

describe('tunnel mode: real authentication on the embedded store (SAMPULS_STORE=embedded)', () => {
  const TUNNEL = {
    MICROSOFT_APP_ID: PRODUCTION.MICROSOFT_APP_ID,
    MICROSOFT_APP_TYPE: 'SingleTenant',
    MICROSOFT_APP_TENANT_ID: PRODUCTION.MICROSOFT_APP_TENANT_ID,
    MICROSOFT_APP_PASSWORD: 'from-the-app-registration'
  };

  it('is refused without the explicit choice: an identity without COSMOS_ENDPOINT never falls back to the embedded store', () => {
    const result = loadConfig(TUNNEL);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/^COSMOS_ENDPOINT: required in production .*SAMPULS_STORE=embedded/)]);
    expect(loadConfig({ ...TUNNEL, SAMPULS_STORE: 'cosmos' }).ok).toBe(false);
  });

  it('is accepted with it: the identity is kept (JWT validation on), the store is embedded, and it binds loopback only', () => {
    const result = loadConfig({ ...TUNNEL, SAMPULS_STORE: 'embedded', PUBLIC_URL: 'https://abc123-3978.euw.devtunnels.ms' });
    expect(result.ok && result.config).toMatchObject({
      mode: 'tunnel',
      host: '127.0.0.1',
      identity: { appId: TUNNEL.MICROSOFT_APP_ID, appType: 'SingleTenant', tenantId: TUNNEL.MICROSOFT_APP_TENANT_ID, password: 'from-the-app-registration' },
      cosmos: { database: 'sampuls' },
      publicUrl: 'https://abc123-3978.euw.devtunnels.ms'
    });
    expect(result.ok && result.config.cosmos.endpoint).toBeUndefined();
  });

  it('still requires a complete identity', () => {
    const result = loadConfig({ MICROSOFT_APP_ID: TUNNEL.MICROSOFT_APP_ID, SAMPULS_STORE: 'embedded' });
    expect(!result.ok && result.errors).toEqual([
      'MICROSOFT_APP_TYPE: required in production (SingleTenant or UserAssignedMSI)',
      'MICROSOFT_APP_TENANT_ID: required in production'
    ]);
  });

  it('refuses a choice that contradicts itself, an unknown store, and the embedded store on App Service', () => {
    const both = loadConfig({ ...TUNNEL, SAMPULS_STORE: 'embedded', COSMOS_ENDPOINT: PRODUCTION.COSMOS_ENDPOINT });
    expect(!both.ok && both.errors).toEqual(['SAMPULS_STORE: embedded, but COSMOS_ENDPOINT is set too; leave one of them out']);
    const unknown = loadConfig({ ...TUNNEL, SAMPULS_STORE: 'memory' });
    expect(!unknown.ok && unknown.errors).toEqual(['SAMPULS_STORE: must be cosmos or embedded']);
    const appService = loadConfig({ ...TUNNEL, SAMPULS_STORE: 'embedded', WEBSITE_INSTANCE_ID: 'a1b2c3' });
    expect(!appService.ok && appService.errors).toEqual([expect.stringMatching(/^SAMPULS_STORE: embedded is for one machine behind a dev tunnel, not App Service/)]);
  });

  it('leaves local mode as it was: SAMPULS_STORE=embedded without an identity is the usual demo', () => {
    const result = loadConfig({ SAMPULS_STORE: 'embedded' });
    expect(result.ok && result.config).toMatchObject({ mode: 'local', host: '127.0.0.1' });
    expect(result.ok && result.config.identity).toBeUndefined();
  });
});

describe('the signing secret', () => {
  it('refuses a Key Vault reference App Service could not resolve, whose text anyone could read in the Bicep', () => {
    const reference = '@Microsoft.KeyVault(SecretUri=https://kvabc.vault.azure.net/secrets/signing-secret/)';
    const result = loadConfig({ ...PRODUCTION, SIGNING_SECRET: reference });
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/^SIGNING_SECRET: is a Key Vault reference App Service could not resolve/)]);
    const resolved = loadConfig({ ...PRODUCTION, SIGNING_SECRET: 'f'.repeat(64) });
    expect(resolved.ok && resolved.config.signingSecret).toBe('f'.repeat(64));
  });
});

describe('the first admins (SAMPULS_BOOTSTRAP_ADMINS)', () => {
  const KARI = { tenantId: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', aadObjectId: '00000000-0000-0000-0000-000000000101' };
  const OLA = { tenantId: '99999999-2222-4333-8444-555555555555', aadObjectId: '00000000-0000-0000-0000-000000000102' };

  it('reads tenant:object id pairs, and none when unset', () => {
    const result = loadConfig({ ...PRODUCTION, SAMPULS_BOOTSTRAP_ADMINS: ` ${KARI.tenantId}:${KARI.aadObjectId} , ${OLA.tenantId}:${OLA.aadObjectId}` });
    expect(result.ok && result.config.bootstrapAdmins).toEqual([KARI, OLA]);
    const unset = loadConfig(PRODUCTION);
    expect(unset.ok && unset.config.bootstrapAdmins).toEqual([]);
  });

  it('names every entry that is not a pair of GUIDs on a line of its own', () => {
    const result = loadConfig({
      ...PRODUCTION,
      SAMPULS_BOOTSTRAP_ADMINS: `${KARI.tenantId}:${KARI.aadObjectId},kari@indre-namdal.no,${OLA.tenantId},${OLA.tenantId}:${OLA.aadObjectId}:x`
    });
    expect(!result.ok && result.errors).toEqual([
      'SAMPULS_BOOTSTRAP_ADMINS: "kari@indre-namdal.no" must be <tenantId>:<entraObjectId>, two GUIDs',
      `SAMPULS_BOOTSTRAP_ADMINS: "${OLA.tenantId}" must be <tenantId>:<entraObjectId>, two GUIDs`,
      `SAMPULS_BOOTSTRAP_ADMINS: "${OLA.tenantId}:${OLA.aadObjectId}:x" must be <tenantId>:<entraObjectId>, two GUIDs`
    ]);
  });
});
