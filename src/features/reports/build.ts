import { createHash } from 'node:crypto';
import type { DocumentStore } from '../../core/documents';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/module';
import type { Store } from '../../core/store';
import { annualReport, asOf, meetingCutoff, municipalityOverview, quotedInTertial, tertialReport } from '../../domain/reports';
import { memberNetworkIds, readsCollaboration, readsOnlyOwnMunicipality, readsWrittenAnswers, userKey } from '../../domain/roles';
import { ZONE } from '../../domain/period';
import type { Collaboration, Network, Profile } from '../../domain/types';
import { actorOf, recordChange } from '../audit/record';
import { asReadBy } from '../scope';
import { annualDocument, overviewDocument, tertialDocument } from './documents';
import type { ReportDocument } from './docx';
import type { ReportGrant } from './links';

/** The Word writer and the chart renderer load with the first report, not at startup: idle memory. */
const toDocx = async (document: ReportDocument): Promise<Buffer> => (await import('./docx')).toDocx(document);

export interface ReportSources {
  store: Store;
  documents: DocumentStore;
  catalogues: Record<Language, Catalogue>;
}

export interface BuiltReport {
  body: Buffer;
  /** A file name a case handler can keep (ASCII, no spaces). */
  filename: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const fileSafe = (text: string) =>
  text.replace(/æ/gi, 'ae').replace(/ø/gi, 'o').replace(/å/gi, 'a').normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'rapport';

const dayOf = (instant: Date) => instant.toLocaleDateString('sv-SE', { timeZone: ZONE });

/**
 * The report a grant names, in the network's language, when the person may see it now: a member
 * of the network, and for a politician only their own municipality's collaborations (the same
 * rules as `status`). Undefined when not. One query: the network with its collaborations.
 */
export async function buildReport(sources: ReportSources, profile: Profile | undefined, grant: Omit<ReportGrant, 'user' | 'exp'>, now: Date): Promise<BuiltReport | undefined> {
  if (!profile || !memberNetworkIds(profile).includes(grant.networkId)) return undefined;
  const { networks, collaborations } = await sources.store.directory.loadNetworks([grant.networkId]);
  const network = networks[0];
  if (!network) return undefined;
  const t = sources.catalogues[network.language ?? 'nb'];
  const own = readsOnlyOwnMunicipality(profile, network.id);
  // What `status` shows this person: a politician reads the leaders' words only when the network allows it.
  const readable = collaborations.filter((c) => readsCollaboration(profile, c)).map((c) => asReadBy(profile, network, c));
  if (grant.meeting !== undefined) return grant.report === 'tertial' ? fileForMeeting(sources, profile, network, readable, grant.meeting, now) : undefined;
  let document: ReportDocument;
  let name: string;
  if (grant.report === 'tertial') {
    document = tertialDocument(tertialReport(network, readable, now), t, now);
    name = `tertialrapport-${network.name}`;
  } else if (grant.report === 'annual') {
    const collaboration = readable.find((c) => c.id === grant.collaborationId);
    if (!collaboration || !grant.year) return undefined;
    document = annualDocument(annualReport(network, collaboration, grant.year), t, now);
    name = `arsrapport-${grant.year}-${collaboration.name}`;
  } else {
    const municipality = network.municipalities.find((m) => m.id === grant.municipalityId);
    if (!municipality || (own !== undefined && own !== municipality.id)) return undefined;
    document = overviewDocument(municipalityOverview(network, readable, municipality.id), t, now);
    name = `samarbeid-${municipality.name}`;
  }
  return { body: await toDocx(document), filename: `${fileSafe(name)}-${dayOf(now)}.docx` };
}

/**
 * The tertial report for a meeting, as a case document: made once from the data as of the
 * meeting's cut-off, kept in the document store under a name of its own (one per reader scope:
 * the whole network, or one municipality's politicians), its SHA-256 in `logg`. Asking again
 * gives the stored bytes. Not before the cut-off: the data is not settled yet.
 */
async function fileForMeeting(sources: ReportSources, profile: Profile, network: Network, readable: Collaboration[], meeting: string, now: Date): Promise<BuiltReport | undefined> {
  const cutoff = meetingCutoff(meeting);
  if (!cutoff || now < cutoff) return undefined;
  const own = readsOnlyOwnMunicipality(profile, network.id);
  // A politician's copy is their municipality's, with the leaders' words only when the network allowed them: a copy of its own.
  const scope = own === undefined ? 'alle' : readsWrittenAnswers(profile, network) ? `${own}-med-svar` : own;
  const path = `reports/${network.id}/${meeting}/tertial-${scope}.docx`;
  const filename = `tertialrapport-${fileSafe(network.name)}-mote-${meeting}${own === undefined ? '' : `-${fileSafe(own)}`}.docx`;
  const kept = await sources.documents.get(path);
  if (kept) return { body: kept, filename };
  const t = sources.catalogues[network.language ?? 'nb'];
  const settled = readable.map((c) => asOf(c, cutoff));
  const report = tertialReport(network, settled, cutoff);
  const body = await toDocx(tertialDocument(report, t, cutoff, meeting));
  if ((await sources.documents.put(path, body, DOCX)) === 'exists') {
    // Someone filed it in between: theirs is the copy of record.
    return { body: (await sources.documents.get(path))!, filename };
  }
  const sha256 = createHash('sha256').update(body).digest('hex');
  // Whose words the copy quotes is kept beside it, so `mine data` can list it and erasure can pseudonymise the record.
  const quoted = quotedInTertial(settled, cutoff);
  const quotes = quoted.length ? { quoted: quoted.map((p) => p.name).join(', '), quotedIds: quoted.map(userKey).join(', ') } : {};
  await recordChange(sources.store, now, actorOf(profile), { networkId: network.id, action: 'report.filed', subject: network.name, before: {}, after: { file: path, cutoff: cutoff.toISOString(), sha256, ...quotes } });
  return { body, filename };
}
