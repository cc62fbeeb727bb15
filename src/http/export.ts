import type restify from 'restify';
import { loadExport } from '../features/export/data';
import { verifyGrant, type ExportGrant } from '../features/export/links';
import { loadPersonalData } from '../features/privacy/data';
import type { Links } from '../core/options';
import type { FeatureModule } from '../core/module';
import { checkInSheet, toCsv } from '../features/export/table';
import { toXlsx } from '../features/export/workbook';
import type { TemplateVersions } from '../core/templateVersions';
import type { Logger } from '../core/log';
import type { Catalogue } from '../core/i18n/catalogue';
import { memberNetworkIds } from '../domain/roles';
import { loadProfile } from '../features/scope';
import type { TenantGate } from '../core/tenants';
import type { UserId } from '../domain/types';
import type { Store } from '../core/store';

export interface ExportRouteOptions {
  store: Store;
  templates: TemplateVersions;
  links: Links;
  log: Logger;
  t: Catalogue;
  /** The bot's clock, which also set the links' expiry (SAMPULS_CLOCK shifts both). */
  clock: () => Date;
  /** Whose personal-data declarations make up the personal download. */
  modules: readonly FeatureModule[];
  /** The tenant gate of `status`: a network that drops the person's tenant closes its exports too. */
  tenants: TenantGate;
}

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8'
} as const;

/** `tenant:object id`, as the grant names the person it was made for. */
export function userOfKey(key: string): UserId {
  const split = key.indexOf(':');
  return { tenantId: key.slice(0, split), aadObjectId: key.slice(split + 1) };
}

/**
 * The link's grant while it still opens: signed by us, unexpired on the bot's clock, of the kind
 * its extension asks for (a personal link opens only the person's own data, a network link only a
 * workbook), and for a network link, its person still has a role in every network it covers
 * that still lets their tenant in.
 */
async function openableGrant(options: ExportRouteOptions, token: string, format: string): Promise<ExportGrant | undefined> {
  const grant = verifyGrant(token, options.links.secret, Math.floor(options.clock().getTime() / 1000));
  if (!grant || (format === 'json') !== Boolean(grant.personal)) return undefined;
  if (grant.personal) return grant;
  const networks = memberNetworkIds(await loadProfile(options, userOfKey(grant.user)));
  return grant.networkIds.every((id) => networks.includes(id)) ? grant : undefined;
}

/** GET /export/<signed token>.xlsx|.csv: the download behind `eksport`. Bad or stale links get a bare 403. */
export function exportRoute(options: ExportRouteOptions) {
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    const match = /^([\w-]+\.[\w-]+)\.(xlsx|csv|json)$/.exec(String(req.params['*'] ?? ''));
    const grant = match && (await openableGrant(options, match[1], match[2]));
    if (!match || !grant) {
      res.send(403, { error: 'Forbidden' });
      return;
    }
    if (grant.personal) return sendPersonalData(options, res, userOfKey(grant.user));
    const format = match[2] as keyof typeof TYPES;
    const data = await loadExport(options.store, options.templates, grant);
    const body = format === 'xlsx' ? await toXlsx(data, options.t) : Buffer.from(toCsv(checkInSheet(data, options.t), options.t.locale), 'utf8');
    options.log.info({ format, year: grant.year, networks: grant.networkIds.length, rows: data.checkIns.length }, 'export downloaded');
    res.writeHead(200, {
      'content-type': TYPES[format],
      'content-disposition': `attachment; filename="sampuls-${grant.year}.${format}"`,
      'cache-control': 'no-store'
    });
    res.end(body);
  };
}

/** `mine data`'s download: everything stored about the person the link was made for. */
async function sendPersonalData(options: ExportRouteOptions, res: restify.Response, user: UserId): Promise<void> {
  const data = await loadPersonalData(options.store, options.modules, user);
  options.log.info({ answers: data.checkIns.length }, 'personal data downloaded');
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': 'attachment; filename="sampuls-mine-data.json"',
    'cache-control': 'no-store'
  });
  res.end(JSON.stringify(data, null, 2));
}
