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
      'COSMOS_ENDPOINT: required in production (the Azure Cosmos DB account URL)'
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
