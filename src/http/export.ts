import type restify from 'restify';
import { loadExport } from '../features/export/data';
import { verifyGrant } from '../features/export/links';
import type { ExportLinks } from '../features/export/offer';
import { checkInSheet, toCsv } from '../features/export/table';
import { toXlsx } from '../features/export/workbook';
import type { TemplateVersions } from '../features/templates';
import type { Logger } from '../features/turn';
import type { Catalogue } from '../i18n/nb';
import type { Store } from '../store/types';

export interface ExportRouteOptions {
  store: Store;
  templates: TemplateVersions;
  links: ExportLinks;
  log: Logger;
  t: Catalogue;
}

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8'
} as const;

/** GET /export/<signed token>.xlsx|.csv: the download behind `eksport`. Bad or stale links get a bare 403. */
export function exportRoute(options: ExportRouteOptions) {
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    const match = /^([\w-]+\.[\w-]+)\.(xlsx|csv)$/.exec(String(req.params['*'] ?? ''));
    const grant = match && verifyGrant(match[1], options.links.secret, Math.floor(Date.now() / 1000));
    if (!match || !grant) {
      res.send(403, { error: 'Forbidden' });
      return;
    }
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
