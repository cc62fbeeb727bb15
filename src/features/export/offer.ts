import { card, heading, textBlock, type AdaptiveCard } from '../../core/card';
import { ZONE } from '../../domain/period';
import { memberNetworkIds, readsOnlyOwnMunicipality, userKey } from '../../domain/roles';
import type { Profile } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { LINK_LIFETIME_SECONDS, signGrant } from './links';

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
  const { t, links } = options;
  // A folkevalgt reads only their own municipality's collaborations, so the whole-network export is not theirs.
  const networkIds = memberNetworkIds(profile).filter((id) => readsOnlyOwnMunicipality(profile, id) === undefined);
  if (networkIds.length === 0) return say(t.general.notMember);
  const thisYear = Number(turn.now.toLocaleString('en-GB', { timeZone: ZONE, year: 'numeric' }));
  const year = yearText === undefined ? thisYear : /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : NaN;
  if (!(year >= 2000 && year <= thisYear + 1)) return say(t.export.badYear);
  const token = signGrant(
    { user: userKey(turn.user), networkIds, year, exp: Math.floor(turn.now.getTime() / 1000) + LINK_LIFETIME_SECONDS },
    links.secret
  );
  const base = `${links.baseUrl.replace(/\/+$/, '')}/export/${token}`;
  return show(exportCard(year, `${base}.xlsx`, `${base}.csv`, t));
}
