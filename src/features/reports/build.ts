import { createHash } from 'node:crypto';
import type { DocumentStore } from '../../core/documents';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/module';
import type { Store } from '../../core/store';
import { annualReport, asOf, meetingCutoff, municipalityOverview, quotedInTertial, tertialReport } from '../../domain/reports';
import { agendaOf, isPolitical, meetingLeadOf } from '../../domain/bodies';
import { withoutWrittenAnswers } from '../../domain/reporting';
import { memberNetworkIds, readsCollaboration, readsOnlyOwnMunicipality, readsWrittenAnswers, sameUser, userKey } from '../../domain/roles';
import { ZONE } from '../../domain/period';
import { defaultEvaluation, EVALUATION_TEMPLATE_ID } from '../../domain/survey';
import { currentVersion, type Question } from '../../domain/template';
import type { Collaboration, Network, Person, Profile } from '../../domain/types';
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

/** The evaluation's questions name the partners' means in an annual report; read only when there is a view to name. */
async function evaluationQuestions(store: Store, network: Network, collaboration: Collaboration): Promise<Question[]> {
  if (!collaboration.partnerView) return [];
  return currentVersion((await store.directory.getTemplate(network.id, EVALUATION_TEMPLATE_ID)) ?? defaultEvaluation(network.id)).questions;
}

/**
 * The report a grant names, in the network's language, when the person may see it now: a member
 * of the network, and for a politician only their own municipality's collaborations (the same
 * rules as `status`). Undefined when not. One query: the network with its collaborations (and for an annual report with a partners' view, a point read of the evaluation questions).
 */
export async function buildReport(sources: ReportSources, profile: Profile | undefined, grant: Omit<ReportGrant, 'user' | 'exp'>, now: Date): Promise<BuiltReport | undefined> {
  if (grant.body !== undefined && grant.meeting !== undefined) {
    const reader = grant.channel !== undefined ? { channel: grant.channel } : profile && { profile };
    return reader && fileBodyReport(sources, (network) => sources.catalogues[network.language ?? 'nb'], reader, grant.networkId, grant.body, grant.meeting, now);
  }
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
    document = annualDocument(annualReport(network, collaboration, grant.year, await evaluationQuestions(sources.store, network, collaboration)), t, now);
    name = `arsrapport-${grant.year}-${collaboration.name}`;
  } else {
    const municipality = network.municipalities.find((m) => m.id === grant.municipalityId);
    if (!municipality || (own !== undefined && own !== municipality.id)) return undefined;
    document = overviewDocument(municipalityOverview(network, readable, municipality.id), t, now);
    name = `samarbeid-${municipality.name}`;
  }
  return { body: await toDocx(document), filename: `${fileSafe(name)}-${dayOf(now)}.docx` };
}

/** What a filed document is: where it is kept, what it is called, and how it is made the first time. */
interface Filing {
  path: string;
  filename: string;
  cutoff: Date;
  /** Leaders whose words the copy quotes: kept beside it, so `mine data` can list it and erasure can pseudonymise the record. */
  quoted: Person[];
  make(): ReportDocument;
}

/**
 * A case document: made once from the data as of its cut-off, kept in the document store under
 * its path, its SHA-256 in `logg`. Asking again gives the stored bytes.
 */
export async function fileDocument(sources: Pick<ReportSources, 'store' | 'documents'>, actor: Person | undefined, network: Network, filing: Filing, now: Date): Promise<BuiltReport> {
  const { path, filename } = filing;
  const kept = await sources.documents.get(path);
  if (kept) return { body: kept, filename };
  const body = await toDocx(filing.make());
  if ((await sources.documents.put(path, body, DOCX)) === 'exists') {
    // Someone filed it in between: theirs is the copy of record.
    return { body: (await sources.documents.get(path))!, filename };
  }
  const sha256 = createHash('sha256').update(body).digest('hex');
  const { quoted } = filing;
  const quotes = quoted.length ? { quoted: quoted.map((p) => p.name).join(', '), quotedIds: quoted.map(userKey).join(', ') } : {};
  await recordChange(sources.store, now, actor, { networkId: network.id, action: 'report.filed', subject: network.name, before: {}, after: { file: path, cutoff: filing.cutoff.toISOString(), sha256, ...quotes } });
  return { body, filename };
}

/**
 * The tertial report for a meeting, as a case document (one per reader scope: the whole network,
 * or one municipality's politicians). Not before the cut-off: the data is not settled yet.
 */
async function fileForMeeting(sources: ReportSources, profile: Profile, network: Network, readable: Collaboration[], meeting: string, now: Date): Promise<BuiltReport | undefined> {
  const cutoff = meetingCutoff(meeting, meetingLeadOf(network).reportBefore);
  if (!cutoff || now < cutoff) return undefined;
  const own = readsOnlyOwnMunicipality(profile, network.id);
  // A politician's copy is their municipality's, with the leaders' words only when the network allowed them: a copy of its own.
  const scope = own === undefined ? 'alle' : readsWrittenAnswers(profile, network) ? `${own}-med-svar` : own;
  const t = sources.catalogues[network.language ?? 'nb'];
  const settled = readable.map((c) => asOf(c, cutoff));
  return fileDocument(sources, actorOf(profile), network, {
    path: `reports/${network.id}/${meeting}/tertial-${scope}.docx`,
    filename: `tertialrapport-${fileSafe(network.name)}-mote-${meeting}${own === undefined ? '' : `-${fileSafe(own)}`}.docx`,
    cutoff,
    quoted: quotedInTertial(settled, cutoff),
    make: () => tertialDocument(tertialReport(network, settled, cutoff), t, cutoff, meeting)
  }, now);
}

/** Who a body's report is for: its channel, or one of its members with what their roles let them read. */
export type BodyReader = { channel: string } | { profile: Profile };

/**
 * A governing body's report for one of its meetings, filed like `rapport møte`: for its channel
 * (the whole agenda; a political body's without the leaders' written answers), or for a member,
 * who must still sit in the body and reads only what their roles allow (a politician: their own
 * municipality's collaborations). Undefined when the reader may not have it, or before the cut-off.
 */
export async function fileBodyReport(
  sources: Pick<ReportSources, 'store' | 'documents'>,
  catalogueOf: (network: Network) => Catalogue,
  reader: BodyReader,
  networkId: string,
  bodyId: string,
  meeting: string,
  now: Date
): Promise<BuiltReport | undefined> {
  const { networks, collaborations } = await sources.store.directory.loadNetworks([networkId]);
  const network = networks[0];
  const body = network?.bodies?.find((b) => b.id === bodyId);
  const cutoff = meetingCutoff(meeting, network ? meetingLeadOf(network).reportBefore : undefined);
  if (!network || !body || !body.meetings.includes(meeting) || !cutoff || now < cutoff) return undefined;
  let own: string | undefined;
  let agenda = agendaOf(body, collaborations);
  // A political body's channel reads the leaders' words only when the network allows politicians to.
  let showWritten = !isPolitical(body.kind) || network.politiciansReadWrittenAnswers === true;
  if ('channel' in reader) {
    if (body.channel?.reference.conversationId !== reader.channel) return undefined;
  } else {
    const { profile } = reader;
    if (!memberNetworkIds(profile).includes(network.id) || !body.members.some((m) => sameUser(m, profile))) return undefined;
    own = readsOnlyOwnMunicipality(profile, network.id);
    showWritten = readsWrittenAnswers(profile, network);
    agenda = agenda.filter((c) => readsCollaboration(profile, c));
  }
  const scope = `${own ?? (showWritten ? 'alle' : 'folkevalgte')}${own !== undefined && showWritten ? '-med-svar' : ''}`;
  const t = catalogueOf(network);
  const asAtCutoff = agenda.map((c) => asOf(c, cutoff)).map((c) => (showWritten ? c : withoutWrittenAnswers(c)));
  const make = async (): Promise<ReportDocument | undefined> => {
    if (body.report === 'tertial') return tertialDocument(tertialReport(network, asAtCutoff, cutoff), t, cutoff, meeting);
    if (body.report === 'overview') return body.municipalityId && (own === undefined || own === body.municipalityId) ? overviewDocument(municipalityOverview(network, asAtCutoff, body.municipalityId), t, cutoff) : undefined;
    const collaboration = asAtCutoff.find((c) => c.id === body.collaborationId);
    return collaboration && annualDocument(annualReport(network, collaboration, Number(meeting.slice(0, 4)), await evaluationQuestions(sources.store, network, collaboration)), t, cutoff);
  };
  const document = await make();
  if (!document) return undefined;
  return fileDocument(sources, 'profile' in reader ? actorOf(reader.profile) : undefined, network, {
    path: `reports/${network.id}/${meeting}/${body.id}-${scope}.docx`,
    filename: `${fileSafe(body.name)}-mote-${meeting}${own === undefined ? '' : `-${fileSafe(own)}`}.docx`,
    cutoff,
    quoted: body.report === 'tertial' ? quotedInTertial(asAtCutoff, cutoff) : [],
    make: () => document
  }, now);
}
