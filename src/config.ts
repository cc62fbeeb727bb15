import { DateTime } from 'luxon';
import { z } from 'zod';
import type { UserId } from './domain/types';

/**
 * Settings from the environment, validated once at start. Local mode needs none of them;
 * production (MICROSOFT_APP_ID set) must name its identity and its Cosmos DB account. Tunnel
 * mode is production's authentication on the embedded store, chosen only by SAMPULS_STORE.
 */

export type AppType = 'SingleTenant' | 'UserAssignedMSI';

export interface BotIdentity {
  appId: string;
  appType: AppType;
  tenantId: string;
  /** SingleTenant only; a user-assigned managed identity has no secret. */
  password?: string;
}

/**
 * 'local': no authentication, embedded store by default. 'production': Bot Framework
 * authentication and a Cosmos DB account. 'tunnel': Bot Framework authentication on the
 * embedded store, for trying the bot in a real tenant from one machine through a dev tunnel.
 */
export type Mode = 'local' | 'production' | 'tunnel';

export interface Config {
  mode: Mode;
  port: number;
  /**
   * Local mode binds loopback only: without JWT validation nothing else may reach it. Tunnel mode
   * too: the dev tunnel forwards to loopback, and nothing else should reach a laptop's data.
   */
  host: string;
  identity?: BotIdentity;
  cosmos: { endpoint?: string; key?: string; database: string };
  dataDir: string;
  logLevel: string;
  /** Base URL people reach the bot at, for download links; the bot's own address when unset. */
  publicUrl?: string;
  /** Whom people ask about their personal data (shown by `om`); unset = not shown. */
  privacyContact?: string;
  /** Signs download links and roster choices; a random one per process when unset (set it when running several instances). */
  signingSecret?: string;
  scheduler: SchedulerSettings;
  /** Runs the bot as if it were this instant (then onwards in real time): to try the årshjul on a chosen date. */
  clockStart?: Date;
  /** In production the only people who may set up a network without administering one already. */
  bootstrapAdmins: UserId[];
}

export interface SchedulerSettings {
  enabled: boolean;
  intervalMs: number;
  leaseMs: number;
  /** Proactive requests per second per tenant; Teams allows 50, we plan for 30. */
  tenantPerSecond: number;
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const schema = z.object({
  PORT: optional.pipe(z.coerce.number().int().min(0).max(65535).optional()),
  MICROSOFT_APP_ID: optional.pipe(z.string().uuid('must be a GUID (the bot’s Entra app or managed identity client id)').optional()),
  MICROSOFT_APP_TYPE: optional.pipe(z.enum(['SingleTenant', 'UserAssignedMSI']).optional()),
  MICROSOFT_APP_TENANT_ID: optional.pipe(z.string().uuid('must be a GUID (the Entra tenant id)').optional()),
  MICROSOFT_APP_PASSWORD: optional,
  COSMOS_ENDPOINT: optional.pipe(z.string().url('must be a URL such as https://<account>.documents.azure.com:443/').optional()),
  COSMOS_KEY: optional,
  COSMOS_DATABASE: optional,
  SAMPULS_STORE: optional.pipe(z.enum(['cosmos', 'embedded'], { message: 'must be cosmos or embedded' }).optional()),
  /** Set by App Service on every instance: the embedded store has no place there. */
  WEBSITE_INSTANCE_ID: optional,
  SAMPULS_DATA_DIR: optional,
  PRIVACY_CONTACT: optional.pipe(z.string().max(200, 'must be at most 200 characters').optional()),
  PUBLIC_URL: optional.pipe(z.string().url('must be the URL the bot is reached at, e.g. https://sampuls.example.no').optional()),
  SIGNING_SECRET: optional.pipe(
    z
      .string()
      .min(32, 'must be at least 32 characters')
      // App Service leaves a reference it cannot resolve as it is: that text is no secret.
      .refine((v) => !/^@Microsoft\.KeyVault\(/i.test(v), 'is a Key Vault reference App Service could not resolve; check that the identity may read the secret (see docs/deploy.md)')
      .optional()
  ),
  SCHEDULER_ENABLED: optional.pipe(z.enum(['true', 'false'], { message: 'must be true or false' }).optional()),
  SCHEDULER_INTERVAL_SECONDS: optional.pipe(z.coerce.number().min(1).max(3600).optional()),
  SCHEDULER_LEASE_SECONDS: optional.pipe(z.coerce.number().min(3).max(3600).optional()),
  TENANT_SENDS_PER_SECOND: optional.pipe(z.coerce.number().int().min(1).max(50).optional()),
  SAMPULS_CLOCK: optional.pipe(z.string().datetime({ offset: true, local: true, message: 'must be a date and time such as 2026-12-01T08:59' }).optional()),
  SAMPULS_BOOTSTRAP_ADMINS: optional,
  LOG_LEVEL: optional.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional())
});

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Reads the settings; on failure returns one line per missing or invalid setting. */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const s = parsed.data;
  const authenticated = s.MICROSOFT_APP_ID !== undefined;
  const mode: Mode = !authenticated ? 'local' : s.SAMPULS_STORE === 'embedded' ? 'tunnel' : 'production';
  const bootstrap = bootstrapAdmins(s.SAMPULS_BOOTSTRAP_ADMINS);
  const errors = [...(authenticated ? identityErrors(s) : []), ...storeErrors(s, mode), ...bootstrap.errors];
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    config: {
      mode,
      port: s.PORT ?? 3978,
      host: mode === 'production' ? '0.0.0.0' : '127.0.0.1',
      ...(authenticated
        ? {
            identity: {
              appId: s.MICROSOFT_APP_ID!,
              appType: s.MICROSOFT_APP_TYPE!,
              tenantId: s.MICROSOFT_APP_TENANT_ID!,
              password: s.MICROSOFT_APP_PASSWORD
            }
          }
        : {}),
      cosmos: { endpoint: s.COSMOS_ENDPOINT, key: s.COSMOS_KEY, database: s.COSMOS_DATABASE ?? 'sampuls' },
      dataDir: s.SAMPULS_DATA_DIR ?? '.data',
      logLevel: s.LOG_LEVEL ?? 'info',
      publicUrl: s.PUBLIC_URL,
      privacyContact: s.PRIVACY_CONTACT,
      signingSecret: s.SIGNING_SECRET,
      scheduler: {
        enabled: s.SCHEDULER_ENABLED !== 'false',
        intervalMs: (s.SCHEDULER_INTERVAL_SECONDS ?? 60) * 1000,
        leaseMs: (s.SCHEDULER_LEASE_SECONDS ?? 60) * 1000,
        tenantPerSecond: s.TENANT_SENDS_PER_SECOND ?? 30
      },
      ...(s.SAMPULS_CLOCK ? { clockStart: osloInstant(s.SAMPULS_CLOCK) } : {}),
      bootstrapAdmins: bootstrap.people
    }
  };
}

/** A time without an offset is Norwegian time, as people mean it. */
function osloInstant(text: string): Date {
  return DateTime.fromISO(text, { zone: 'Europe/Oslo' }).toJSDate();
}

const GUID = z.string().uuid();

/** «<tenantId>:<entraObjectId>, …»: each pair two GUIDs, one error line per entry that is not. */
function bootstrapAdmins(text: string | undefined): { people: UserId[]; errors: string[] } {
  const people: UserId[] = [];
  const errors: string[] = [];
  for (const entry of (text ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const [tenantId, aadObjectId, ...rest] = entry.split(':').map((part) => part.trim());
    if (GUID.safeParse(tenantId).success && GUID.safeParse(aadObjectId).success && rest.length === 0) people.push({ tenantId, aadObjectId });
    else errors.push(`SAMPULS_BOOTSTRAP_ADMINS: "${entry}" must be <tenantId>:<entraObjectId>, two GUIDs`);
  }
  return { people, errors };
}

function identityErrors(s: z.infer<typeof schema>): string[] {
  const errors: string[] = [];
  if (!s.MICROSOFT_APP_TYPE) errors.push('MICROSOFT_APP_TYPE: required in production (SingleTenant or UserAssignedMSI)');
  if (!s.MICROSOFT_APP_TENANT_ID) errors.push('MICROSOFT_APP_TENANT_ID: required in production');
  if (s.MICROSOFT_APP_TYPE === 'SingleTenant' && !s.MICROSOFT_APP_PASSWORD) {
    errors.push('MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_TYPE is SingleTenant');
  }
  return errors;
}

/**
 * Production never falls back to the embedded store: with an identity it takes SAMPULS_STORE=embedded,
 * said out loud, and that choice is refused on App Service, where the data would vanish with the instance.
 */
function storeErrors(s: z.infer<typeof schema>, mode: Mode): string[] {
  const errors: string[] = [];
  if (mode === 'production' && !s.COSMOS_ENDPOINT) {
    errors.push('COSMOS_ENDPOINT: required in production (the Azure Cosmos DB account URL; or SAMPULS_STORE=embedded to try the bot from this machine through a dev tunnel)');
  }
  if (s.SAMPULS_STORE === 'embedded' && s.COSMOS_ENDPOINT) errors.push('SAMPULS_STORE: embedded, but COSMOS_ENDPOINT is set too; leave one of them out');
  if (s.SAMPULS_STORE === 'cosmos' && !s.COSMOS_ENDPOINT) errors.push('COSMOS_ENDPOINT: required when SAMPULS_STORE is cosmos');
  if (s.SAMPULS_STORE === 'embedded' && s.WEBSITE_INSTANCE_ID) {
    errors.push('SAMPULS_STORE: embedded is for one machine behind a dev tunnel, not App Service (its data would be lost); use COSMOS_ENDPOINT');
  }
  return errors;
}
