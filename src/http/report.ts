import type restify from 'restify';
import type { Catalogue } from '../core/i18n/catalogue';
import type { Logger } from '../core/log';
import type { Language } from '../core/module';
import type { Links } from '../core/options';
import type { TenantGate } from '../core/tenants';
import type { Store } from '../core/store';
import type { DocumentStore } from '../core/documents';
import { buildReport } from '../features/reports/build';
import { loadProfile } from '../features/scope';
import { verifyReportGrant } from '../features/reports/links';
import { userOfKey } from './export';

export interface ReportRouteOptions {
  store: Store;
  documents: DocumentStore;
  links: Links;
  log: Logger;
  catalogues: Record<Language, Catalogue>;
  /** The tenant gate of `status`: a network that drops the person's tenant closes its reports too. */
  tenants: TenantGate;
  /** The bot's clock, which also set the links' expiry. */
  clock: () => Date;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * GET /report/<signed token>.docx: the Word file behind `rapport`. The grant must be ours and
 * unexpired, and the person it was made for must still be allowed to see what it names; else a
 * bare 403, as for `eksport`.
 */
export function reportRoute(options: ReportRouteOptions) {
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    const now = options.clock();
    const match = /^([\w-]+\.[\w-]+)\.docx$/.exec(String(req.params['*'] ?? ''));
    const grant = match ? verifyReportGrant(match[1], options.links.secret, Math.floor(now.getTime() / 1000)) : undefined;
    // The person as `status` sees them: memberships of networks that no longer list their tenant are left out.
    // A body's channel link is made for the channel, not a person (features/bodies).
    const profile = grant?.user ? await loadProfile(options, userOfKey(grant.user)) : undefined;
    const report = grant && (await buildReport(options, profile, grant, now));
    if (!grant || !report) {
      res.send(403, { error: 'Forbidden' });
      return;
    }
    options.log.info({ report: grant.report, bytes: report.body.length }, 'report downloaded');
    res.writeHead(200, {
      'content-type': DOCX,
      'content-disposition': `attachment; filename="${report.filename}"`,
      'cache-control': 'no-store'
    });
    res.end(report.body);
  };
}
