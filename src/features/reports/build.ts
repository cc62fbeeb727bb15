import type { Catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/module';
import type { Store } from '../../core/store';
import { annualReport, municipalityOverview, tertialReport } from '../../domain/reports';
import { memberNetworkIds, readsCollaboration, readsOnlyOwnMunicipality } from '../../domain/roles';
import { ZONE } from '../../domain/period';
import type { Profile } from '../../domain/types';
import { annualDocument, overviewDocument, tertialDocument } from './documents';
import { toDocx, type ReportDocument } from './docx';
import type { ReportGrant } from './links';

export interface BuiltReport {
  body: Buffer;
  /** A file name a case handler can keep (ASCII, no spaces). */
  filename: string;
}

const fileSafe = (text: string) =>
  text.replace(/æ/gi, 'ae').replace(/ø/gi, 'o').replace(/å/gi, 'a').normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'rapport';

/**
 * The report a grant names, in the network's language, when the person may see it now: a member
 * of the network, and for a politician only their own municipality's collaborations (the same
 * rules as `status`). Undefined when not. One query: the network with its collaborations.
 */
export async function buildReport(
  store: Store,
  catalogues: Record<Language, Catalogue>,
  profile: Profile | undefined,
  grant: Omit<ReportGrant, 'user' | 'exp'>,
  now: Date
): Promise<BuiltReport | undefined> {
  if (!memberNetworkIds(profile).includes(grant.networkId)) return undefined;
  const { networks, collaborations } = await store.directory.loadNetworks([grant.networkId]);
  const network = networks[0];
  if (!network) return undefined;
  const t = catalogues[network.language ?? 'nb'];
  const own = readsOnlyOwnMunicipality(profile, network.id);
  // Politicians do not read the leaders' written answers; the colours and facts are theirs.
  const showWritten = own === undefined;
  const readable = collaborations.filter((c) => readsCollaboration(profile, c));
  let document: ReportDocument;
  let name: string;
  if (grant.report === 'tertial') {
    document = tertialDocument(tertialReport(network, readable, now, showWritten), t, now);
    name = `tertialrapport-${network.name}`;
  } else if (grant.report === 'annual') {
    const collaboration = readable.find((c) => c.id === grant.collaborationId);
    if (!collaboration || !grant.year) return undefined;
    document = annualDocument(annualReport(network, collaboration, grant.year, showWritten), t, now);
    name = `arsrapport-${grant.year}-${collaboration.name}`;
  } else {
    const municipality = network.municipalities.find((m) => m.id === grant.municipalityId);
    if (!municipality || (own !== undefined && own !== municipality.id)) return undefined;
    document = overviewDocument(municipalityOverview(network, readable, municipality.id), t, now);
    name = `samarbeid-${municipality.name}`;
  }
  const date = now.toLocaleDateString('sv-SE', { timeZone: ZONE });
  return { body: await toDocx(document), filename: `${fileSafe(name)}-${date}.docx` };
}
