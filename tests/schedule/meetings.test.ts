import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { AdaptiveCard } from '../../src/core/card';
import type { Store } from '../../src/core/store';
import type { Body } from '../../src/domain/bodies';
import { emptyStatus } from '../../src/domain/status';
import { fellesStatusmal } from '../../src/domain/template';
import type { Collaboration, ConversationReference, Network, Person, Profile } from '../../src/domain/types';
import { catalogues } from '../../src/features';
import { buildReport } from '../../src/features/reports/build';
import { verifyReportGrant } from '../../src/features/reports/links';
import { ConnectorStandIn } from '../support/connector';
import { lazyTestDocuments, type TestDocuments } from '../support/documents';
import { openDocx } from '../support/docx';
import { testScheduler } from '../support/scheduler';
import { startTestStore, type TestStore } from '../support/store';

const TENANT = '11111111-1111-1111-1111-111111111111';
const SECRET = 'meetings-test-secret-long-enough';
const links = { baseUrl: 'http://127.0.0.1:9', secret: SECRET };
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Oslo' }).toJSDate();
/** KDU meets on Thursday 10 December 2026: «Forbered status» ten working days before (26 November), the report three before (7 December). */
const MEETING = '2026-12-10';

const person = (n: number, name: string): Person => ({ tenantId: TENANT, aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`, name });
const GRO = person(1, 'Gro Grong');
const LARS = person(2, 'Lars Lierne');
const ADA = person(3, 'Ada Admin');
const LIV = person(4, 'Liv Lierne');
const PER = person(5, 'Per Utenfor');

let testStore: TestStore;
let connector: ConnectorStandIn;
let documents: TestDocuments;

const chat = (id: string, type: ConversationReference['conversationType'] = 'personal'): ConversationReference => ({
  serviceUrl: connector.url, tenantId: TENANT, conversationId: id, conversationType: type, botId: '28:sampuls-bot', channelId: 'msteams'
});

function collaboration(id: string, name: string, participants: string[], leader: Person): Collaboration {
  return {
    id, networkId: 'region', name, aliases: [], sector: 'teknisk', legalForm: 'administrativt vertskommunesamarbeid', hostMunicipalityId: participants[0],
    participantIds: participants, leaders: [leader], cadence: 'tertial', templateId: 'felles-statusmal', reportingSince: '2025-01-01', status: emptyStatus()
  };
}

const KDU: Body = { id: 'kdu', name: 'KDU Regionen', kind: 'kdu', members: [ADA, LIV], meetings: [MEETING], report: 'tertial' };

async function seed(store: Store): Promise<void> {
  const network: Network = {
    id: 'region', name: 'Regionen', tenantIds: [TENANT],
    municipalities: [{ id: 'grong', name: 'Grong', number: '5045', population: 2400 }, { id: 'lierne', name: 'Lierne', number: '5042', population: 1330 }],
    bodies: [{ ...KDU, channel: { reference: chat('19:kdu@thread.tacv2', 'channel'), channelName: 'KDU', linkedBy: ADA, linkedAt: '2026-11-01T10:00:00Z' } }]
  };
  await store.directory.putNetwork(network);
  await store.directory.putTemplate(fellesStatusmal('region'));
  await store.directory.putCollaboration(collaboration('byggesak', 'Byggesak Grong', ['grong'], GRO));
  await store.directory.putCollaboration(collaboration('brann', 'Brann i Lierne og Grong', ['lierne', 'grong'], LARS));
  const profiles: Profile[] = [
    { ...GRO, memberships: [{ networkId: 'region', roles: ['member'] }], personalConversation: chat('a:gro') },
    { ...LARS, memberships: [{ networkId: 'region', roles: ['member'] }], personalConversation: chat('a:lars') },
    { ...ADA, memberships: [{ networkId: 'region', roles: ['admin'] }], personalConversation: chat('a:ada') },
    { ...LIV, memberships: [{ networkId: 'region', roles: ['folkevalgt'], municipalityId: 'lierne' }], personalConversation: chat('a:liv') },
    { ...PER, memberships: [{ networkId: 'region', roles: ['folkevalgt'], municipalityId: 'grong' }], personalConversation: chat('a:per') }
  ];
  for (const profile of profiles) await store.profiles.put(profile);
}

beforeEach(async () => {
  testStore = await startTestStore();
  connector = await new ConnectorStandIn().start();
  documents = lazyTestDocuments();
  await seed(testStore.store);
});
afterEach(async () => {
  await documents.close();
  await connector.stop();
  await testStore.close();
});

const tick = (now: Date) => testScheduler(testStore.store, { clock: () => now, documents: documents.documents, links }).tick();
const cardsTo = (conversationId: string): AdaptiveCard[] =>
  connector.sent.filter((s) => s.conversationId === conversationId).flatMap((s) => (s.activity.attachments ?? []).map((a) => a.content as AdaptiveCard));
const linkOn = (card: AdaptiveCard): string => {
  const match = /"url":"[^"]*\/report\/([\w-]+\.[\w-]+)\.docx"/.exec(JSON.stringify(card));
  if (!match) throw new Error('no report link on the card');
  return match[1];
};

/** Opens a link as the download route does: the signed grant, the person it was made for, the report. */
async function download(token: string, now: Date) {
  const grant = verifyReportGrant(token, SECRET, Math.floor(now.getTime() / 1000));
  if (!grant) return undefined;
  const profile = grant.user ? await testStore.store.profiles.get({ tenantId: grant.user.split(':')[0], aadObjectId: grant.user.split(':')[1] }) : undefined;
  return buildReport({ store: testStore.store, documents: documents.documents, catalogues }, profile, grant, now);
}

describe('meetings of the governing bodies in the årshjul', () => {
  it('asks the leaders on the agenda to prepare their status ten working days before, with the check-in a press away', async () => {
    await tick(at('2026-11-25T10:00'));
    expect(connector.sent).toHaveLength(0);
    await tick(at('2026-11-26T10:00'));
    for (const [chatId, name] of [['a:gro', 'Byggesak Grong'], ['a:lars', 'Brann i Lierne og Grong']]) {
      const cards = cardsTo(chatId);
      expect(cards).toHaveLength(1);
      const text = JSON.stringify(cards[0]);
      expect(text).toContain('Forbered status');
      expect(text).toContain(`KDU Regionen har møte 10. desember 2026, og ${name} står på sakslisten`);
      expect(text).toContain('"verb":"checkin.open"');
    }
    expect(cardsTo('19:kdu@thread.tacv2')).toHaveLength(0);
    await tick(at('2026-11-27T10:00'));
    expect(connector.sent).toHaveLength(2);
  });

  it('sends a leader one «Forbered status» naming every body that meets that day with the collaboration on its agenda', async () => {
    const lierne: Body = { id: 'ks-lierne', name: 'Kommunestyret i Lierne', kind: 'kommunestyre', municipalityId: 'lierne', members: [LIV], meetings: [MEETING], report: 'tertial' };
    const later: Body = { ...lierne, id: 'ks-lierne-later', name: 'Kommunestyret i Lierne (januar)', meetings: ['2027-01-14'] };
    await testStore.store.directory.updateNetwork('region', (n) => ({ ...n, bodies: [...n.bodies!, lierne, later] }));
    await tick(at('2026-11-26T10:00'));
    // Brann is on the KDU's agenda and Lierne's, Byggesak (Grong only) on the KDU's.
    const [lars, ...more] = cardsTo('a:lars').map((c) => JSON.stringify(c));
    expect(more).toEqual([]);
    expect(lars).toContain('KDU Regionen og Kommunestyret i Lierne har møte 10. desember 2026, og Brann i Lierne og Grong står på sakslisten');
    expect(lars).not.toContain('januar');
    const gro = cardsTo('a:gro').map((c) => JSON.stringify(c));
    expect(gro).toHaveLength(1);
    expect(gro[0]).toContain('KDU Regionen har møte 10. desember 2026, og Byggesak Grong står på sakslisten');
  });

  it('files the report as of the cut-off and sends the link to the channel and each member, a politician’s for their own municipality only', async () => {
    await tick(at('2026-11-26T10:00'));
    await tick(at('2026-12-04T10:00'));
    expect(cardsTo('19:kdu@thread.tacv2')).toHaveLength(0);
    const now = at('2026-12-07T09:30');
    await tick(now);
    const [channelCard] = cardsTo('19:kdu@thread.tacv2');
    expect(JSON.stringify(channelCard)).toContain('Rapport til møtet i KDU Regionen 10. desember 2026');
    const [adaCard] = cardsTo('a:ada');
    const [livCard] = cardsTo('a:liv');
    expect(cardsTo('a:per')).toHaveLength(0);

    const forChannel = (await download(linkOn(channelCard), now))!;
    const channelDoc = openDocx(forChannel.body);
    expect(channelDoc.text).toContain('Byggesak Grong');
    expect(channelDoc.text).toContain('Brann i Lierne og Grong');
    const forLiv = openDocx((await download(linkOn(livCard), now))!.body);
    expect(forLiv.text).toContain('Brann i Lierne og Grong');
    expect(forLiv.text).not.toContain('Byggesak Grong');
    expect(openDocx((await download(linkOn(adaCard), now))!.body).text).toContain('Byggesak Grong');

    // The copies of record: their hashes in `logg`, the same bytes when the link is opened again.
    const filed = (await testStore.store.audit.all('region')).filter((e) => e.action === 'report.filed');
    expect(filed.map((e) => (e.after as { file: string }).file).sort()).toEqual(['reports/region/2026-12-10/kdu-alle.docx', 'reports/region/2026-12-10/kdu-lierne.docx']);
    const sha = createHash('sha256').update(forChannel.body).digest('hex');
    expect(filed.map((e) => (e.after as { sha256: string }).sha256)).toContain(sha);
    expect((await download(linkOn(channelCard), at('2026-12-09T15:00')))!.body.equals(forChannel.body)).toBe(true);
  });

  it('opens a link for nobody else and not after tampering, and a member who left the body loses theirs', async () => {
    const now = at('2026-12-07T09:30');
    await tick(now);
    const token = linkOn(cardsTo('a:liv')[0]);
    const [payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), user: `${PER.tenantId}:${PER.aadObjectId}` })).toString('base64url');
    expect(await download(`${forged}.${signature}`, now)).toBeUndefined();
    await testStore.store.directory.updateNetwork('region', (n) => ({ ...n, bodies: n.bodies!.map((b) => ({ ...b, members: [ADA] })) }));
    expect(await download(token, now)).toBeUndefined();
  });

  it('sends nothing for a meeting taken off the list, and no stale report after the meeting', async () => {
    await testStore.store.directory.updateNetwork('region', (n) => ({ ...n, bodies: n.bodies!.map((b) => ({ ...b, meetings: [] })) }));
    await tick(at('2026-11-26T10:00'));
    await tick(at('2026-12-07T10:00'));
    expect(connector.sent).toHaveLength(0);
    await testStore.store.directory.updateNetwork('region', (n) => ({ ...n, bodies: n.bodies!.map((b) => ({ ...b, meetings: [MEETING] })) }));
    await tick(at('2026-12-11T10:00'));
    expect(connector.sent).toHaveLength(0);
  });

  it('follows the network’s lead times', async () => {
    await testStore.store.directory.updateNetwork('region', (n) => ({ ...n, meetingLead: { prepareBefore: 5, reportBefore: 1 } }));
    await tick(at('2026-11-26T10:00'));
    expect(connector.sent).toHaveLength(0);
    await tick(at('2026-12-03T10:00'));
    expect(cardsTo('a:gro')).toHaveLength(1);
    await tick(at('2026-12-08T10:00'));
    expect(cardsTo('19:kdu@thread.tacv2')).toHaveLength(0);
    await tick(at('2026-12-09T10:00'));
    expect(cardsTo('19:kdu@thread.tacv2')).toHaveLength(1);
  });
});
