import { DateTime } from 'luxon';
import { z } from 'zod';
import type { UserId } from './domain/types';

/**
 * Settings from the environment, validated once at start. Local mode needs none of them;
 * production (MICROSOFT_APP_ID set) must name its identity and its Cosmos DB account.
 */

export type AppType = 'SingleTenant' | 'UserAssignedMSI';

export interface BotIdentity {
  appId: string;
  appType: AppType;
  tenantId: string;
  /** SingleTenant only; a user-assigned managed identity has no secret. */
  password?: string;
}

export interface Config {
  mode: 'local' | 'production';
  port: number;
  /** Local mode binds loopback only: without JWT validation nothing else may reach it. */
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
  SAMPULS_DATA_DIR: optional,
  PRIVACY_CONTACT: optional.pipe(z.string().max(200, 'must be at most 200 characters').optional()),
  PUBLIC_URL: optional.pipe(z.string().url('must be the URL the bot is reached at, e.g. https://sampuls.example.no').optional()),
  SIGNING_SECRET: optional.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
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
  const production = s.MICROSOFT_APP_ID !== undefined;
  const bootstrap = bootstrapAdmins(s.SAMPULS_BOOTSTRAP_ADMINS);
  const errors = [...(production ? productionErrors(s) : []), ...bootstrap.errors];
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    config: {
      mode: production ? 'production' : 'local',
      port: s.PORT ?? 3978,
      host: production ? '0.0.0.0' : '127.0.0.1',
      ...(production
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

function productionErrors(s: z.infer<typeof schema>): string[] {
  const errors: string[] = [];
  if (!s.MICROSOFT_APP_TYPE) errors.push('MICROSOFT_APP_TYPE: required in production (SingleTenant or UserAssignedMSI)');
  if (!s.MICROSOFT_APP_TENANT_ID) errors.push('MICROSOFT_APP_TENANT_ID: required in production');
  if (s.MICROSOFT_APP_TYPE === 'SingleTenant' && !s.MICROSOFT_APP_PASSWORD) {
    errors.push('MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_TYPE is SingleTenant');
  }
  if (!s.COSMOS_ENDPOINT) errors.push('COSMOS_ENDPOINT: required in production (the Azure Cosmos DB account URL)');
  return errors;
}
