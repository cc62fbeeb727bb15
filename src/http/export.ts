import type restify from 'restify';
import { loadExport } from '../features/export/data';
import { verifyGrant } from '../features/export/links';
import { loadPersonalData } from '../features/privacy/data';
import type { Links } from '../core/options';
import type { FeatureModule } from '../core/module';
import { checkInSheet, toCsv } from '../features/export/table';
import { toXlsx } from '../features/export/workbook';
import type { TemplateVersions } from '../core/templateVersions';
import type { Logger } from '../core/log';
import type { Catalogue } from '../i18n/nb';
import type { Store } from '../core/store';

export interface ExportRouteOptions {
  store: Store;
  templates: TemplateVersions;
  links: Links;
  log: Logger;
  t: Catalogue;
  /** Whose personal-data declarations make up the personal download. */
  modules: readonly FeatureModule[];
}

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8'
} as const;

/** GET /export/<signed token>.xlsx|.csv: the download behind `eksport`. Bad or stale links get a bare 403. */
export function exportRoute(options: ExportRouteOptions) {
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    const match = /^([\w-]+\.[\w-]+)\.(xlsx|csv|json)$/.exec(String(req.params['*'] ?? ''));
    const grant = match && verifyGrant(match[1], options.links.secret, Math.floor(Date.now() / 1000));
    // A personal link opens only the person's own data, and a network link only a workbook.
    if (!match || !grant || (match[2] === 'json') !== Boolean(grant.personal)) {
      res.send(403, { error: 'Forbidden' });
      return;
    }
    if (grant.personal) return sendPersonalData(options, res, grant.user);
    const format = match[2] as keyof typeof TYPES;
    const data = await loadExport(options.store, options.templates, grant);
    const body = format === 'xlsx' ? await toXlsx(data, options.t) : Buffer.from(toCsv(checkInSheet(data, options.t)), 'utf8');
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
async function sendPersonalData(options: ExportRouteOptions, res: restify.Response, user: string): Promise<void> {
  const split = user.indexOf(':');
  const data = await loadPersonalData(options.store, options.modules, { tenantId: user.slice(0, split), aadObjectId: user.slice(split + 1) });
  options.log.info({ answers: data.checkIns.length }, 'personal data downloaded');
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': 'attachment; filename="sampuls-mine-data.json"',
    'cache-control': 'no-store'
  });
  res.end(JSON.stringify(data, null, 2));
}
