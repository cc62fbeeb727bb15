import { sign, verify } from '../signing';

/**
 * A download link for one report: signed like `eksport`'s, bound to the person it was made for
 * and what it shows, and short-lived. Opening it checks again that the person may see that.
 */
export type ReportKind = 'tertial' | 'annual' | 'overview';

export interface ReportGrant {
  /** tenant:object id of the person the link was made for. */
  user: string;
  report: ReportKind;
  networkId: string;
  /** The annual report's collaboration. */
  collaborationId?: string;
  /** The overview's municipality. */
  municipalityId?: string;
  /** The annual report's year. */
  year?: number;
  /** A tertial report filed for the meeting on this day (YYYY-MM-DD): made once, as of the cut-off. */
  meeting?: string;
  /** The report of this governing body for its `meeting` (features/bodies), of the kind the body gets. */
  body?: string;
  /**
   * For a body's channel instead of a person (`user` is then empty): the channel's conversation id.
   * Whoever is in the channel may open it while the body still posts there.
   */
  channel?: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export const REPORT_LINK_LIFETIME_SECONDS = 15 * 60;

const KINDS: readonly string[] = ['tertial', 'annual', 'overview'];

export function reportUrl(baseUrl: string, grant: ReportGrant, secret: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/report/${sign(grant, secret)}.docx`;
}

export function verifyReportGrant(token: string, secret: string, nowSeconds: number): ReportGrant | undefined {
  const grant = verify(token, secret) as Partial<ReportGrant> | undefined;
  const valid =
    typeof grant?.exp === 'number' && grant.exp > nowSeconds && typeof grant.user === 'string' &&
    typeof grant.report === 'string' && KINDS.includes(grant.report) && typeof grant.networkId === 'string';
  return valid ? (grant as ReportGrant) : undefined;
}
