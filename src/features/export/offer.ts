import { card, heading, textBlock, type AdaptiveCard } from '../../cards/adaptive';
import { ZONE } from '../../domain/period';
import { memberNetworkIds, userKey } from '../../domain/roles';
import type { Profile } from '../../domain/types';
import type { Catalogue } from '../../i18n/nb';
import { say, show, type FeatureOptions, type Reply, type Turn } from '../turn';
import { LINK_LIFETIME_SECONDS, signGrant } from './links';

/** Where download links point and what signs them; the base URL is known once the server listens. */
export interface ExportLinks {
  baseUrl: string;
  secret: string;
}

function exportCard(year: number, xlsx: string, csv: string, t: Catalogue): AdaptiveCard {
  return card(
    [heading(t.export.title(year)), textBlock(t.export.intro(LINK_LIFETIME_SECONDS / 60))],
    [
      { type: 'Action.OpenUrl', title: t.export.xlsx, url: xlsx },
      { type: 'Action.OpenUrl', title: t.export.csv, url: csv }
    ]
  );
}

/** `eksport [år]`: signed links, bound to the user's networks, to the year's workbook and CSV. */
export function offerExport(options: FeatureOptions, turn: Turn, profile: Profile, yearText?: string): Reply {
  const { t, exportLinks } = options;
  const networkIds = memberNetworkIds(profile);
  if (networkIds.length === 0) return say(t.general.notMember);
  const thisYear = Number(turn.now.toLocaleString('en-GB', { timeZone: ZONE, year: 'numeric' }));
  const year = yearText === undefined ? thisYear : /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : NaN;
  if (!(year >= 2000 && year <= thisYear + 1)) return say(t.export.badYear);
  const token = signGrant(
    { user: userKey(turn.user), networkIds, year, exp: Math.floor(turn.now.getTime() / 1000) + LINK_LIFETIME_SECONDS },
    exportLinks.secret
  );
  const base = `${exportLinks.baseUrl.replace(/\/+$/, '')}/export/${token}`;
  return show(exportCard(year, `${base}.xlsx`, `${base}.csv`, t));
}
