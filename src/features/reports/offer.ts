import { ZONE } from '../../domain/period';
import { meetingLeadOf, type Body } from '../../domain/bodies';
import { latestFiledMeeting, meetingCutoff, parseMeetingDay } from '../../domain/reports';
import { memberNetworkIds, readsOnlyOwnMunicipality, sameUser, userKey } from '../../domain/roles';
import type { Collaboration, Network, Profile } from '../../domain/types';
import type { FeatureOptions } from '../../core/options';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { findCollaboration, loadScope, loadTarget, type Target } from '../scope';
import { annualReportCard, reportsCard } from './cards';
import { REPORT_LINK_LIFETIME_SECONDS, reportUrl, type ReportGrant } from './links';

export const REPORT_ANNUAL = 'report.annual';
const MINUTES = REPORT_LINK_LIFETIME_SECONDS / 60;

/** A signed link for the person asking, to a report they may see now (the route checks again). */
function link(options: FeatureOptions, turn: Turn, grant: Omit<ReportGrant, 'user' | 'exp'>): string {
  const exp = Math.floor(turn.now.getTime() / 1000) + REPORT_LINK_LIFETIME_SECONDS;
  return reportUrl(options.links.baseUrl, { ...grant, user: userKey(turn.user), exp }, options.links.secret);
}

/** A politician sees their own municipality's overview; everybody else every municipality's. */
function municipalitiesFor(profile: Profile, network: Network) {
  const own = readsOnlyOwnMunicipality(profile, network.id);
  return own === undefined ? network.municipalities : network.municipalities.filter((m) => m.id === own);
}

/**
 * For each body the person sits in, the report filed for the meeting `dayOf` picks (by default the
 * latest whose cut-off has passed); the route checks the membership and the cut-off again.
 */
function bodyMeetingLinks(options: FeatureOptions, turn: Turn, profile: Profile, network: Network, dayOf: (body: Body) => string | undefined = (body) => latestFiledMeeting(body, meetingLeadOf(network), turn.now)) {
  return (network.bodies ?? [])
    .filter((body) => body.members.some((m) => sameUser(m, profile)))
    .flatMap((body) => {
      const day = dayOf(body);
      if (!day) return [];
      const title = options.t.reports.bodyMeetingLink(body.name, options.t.date(`${day}T12:00:00Z`));
      return [{ title, url: link(options, turn, { report: body.report, networkId: network.id, body: body.id, meeting: day }) }];
    });
}

/** `rapport`: per network, the tertial report, the municipalities' overviews and the body reports the person may see. */
export async function offerReports(options: FeatureOptions, turn: Turn, profile: Profile, name?: string): Promise<Reply> {
  const { t } = options;
  if (memberNetworkIds(profile).length === 0) return say(t.general.notMember);
  const meeting = parseMeetingDay(name);
  if (meeting === undefined) return say(t.reports.badMeeting);
  if (meeting !== 'none') return offerMeetingReports(options, turn, profile, meeting);
  const scope = await loadScope(options, profile);
  if (name) {
    const found = findCollaboration(options, scope, name, { verb: REPORT_ANNUAL });
    if ('reply' in found) return found.reply;
    return annualReply(options, turn, found.collaboration);
  }
  const offers = scope.networks.map((network) => ({
    network: network.name,
    links: [
      { title: t.reports.tertialLink(network.name), url: link(options, turn, { report: 'tertial', networkId: network.id }) },
      ...municipalitiesFor(profile, network).map((m) => ({
        title: t.reports.overviewLink(m.name),
        url: link(options, turn, { report: 'overview', networkId: network.id, municipalityId: m.id })
      })),
      ...bodyMeetingLinks(options, turn, profile, network)
    ]
  }));
  return show(reportsCard(offers, t.reports.cardIntro(MINUTES), t));
}

/**
 * `rapport møte <dato>`: per network, the tertial report filed for that meeting once its cut-off
 * has passed, and the reports of the bodies the person sits in that met that day, older ones too.
 */
async function offerMeetingReports(options: FeatureOptions, turn: Turn, profile: Profile, meeting: string): Promise<Reply> {
  const { t } = options;
  const day = t.date(`${meeting}T12:00:00Z`);
  const all = (await options.store.directory.loadNetworks(memberNetworkIds(profile))).networks;
  // Each network's own lead time decides its cut-off.
  const cutoffOf = (network: Network) => meetingCutoff(meeting, meetingLeadOf(network).reportBefore)!;
  const networks = all.filter((network) => turn.now >= cutoffOf(network));
  if (networks.length === 0) {
    const first = all.length ? Math.min(...all.map((n) => cutoffOf(n).getTime())) : meetingCutoff(meeting)!.getTime();
    return say(t.reports.notYet(day, t.date(new Date(first).toISOString())));
  }
  const offers = networks.map((network) => ({
    network: network.name,
    links: [
      { title: t.reports.meetingLink(network.name, day), url: link(options, turn, { report: 'tertial', networkId: network.id, meeting }) },
      ...bodyMeetingLinks(options, turn, profile, network, (body) => (body.meetings.includes(meeting) ? meeting : undefined))
    ]
  }));
  return show(reportsCard(offers, t.reports.meetingIntro(MINUTES), t));
}

function annualReply(options: FeatureOptions, turn: Turn, collaboration: Collaboration): Reply {
  const year = Number(turn.now.toLocaleString('en-GB', { timeZone: ZONE, year: 'numeric' }));
  const url = link(options, turn, { report: 'annual', networkId: collaboration.networkId, collaborationId: collaboration.id, year });
  return show(annualReportCard(options.t.reports.annualLink(collaboration.name, year), url, MINUTES, options.t));
}

/** A collaboration picked on a choice card: its ids are checked against what the person may read. */
export async function offerAnnualById(options: FeatureOptions, turn: Turn, profile: Profile, ids: Target): Promise<Reply> {
  const found = await loadTarget(options, profile, ids);
  return found ? annualReply(options, turn, found.collaboration) : say(options.t.general.invalidAction);
}
