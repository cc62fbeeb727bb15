import { card, commandButton, facts, heading, plain, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { PersonalData } from './data';

export const PRIVACY_ERASE = 'privacy.erase';

function section(title: string, lines: string[], t: Catalogue): CardElement[] {
  return [
    textBlock(title, { weight: 'Bolder', spacing: 'Medium' }),
    ...(lines.length ? lines : [t.privacy.nothing]).map((line) => textBlock(line, { spacing: 'None', wrap: true }))
  ];
}

/** `mine data`: what is stored about the person, with a download of all of it and the way to erase it. */
export function myDataCard(data: PersonalData, download: string, t: Catalogue): AdaptiveCard {
  const networkName = (id: string) => plain(data.networks.find((n) => n.id === id)?.name ?? id);
  const { profile, checkIns } = data;
  const roles = (profile?.memberships ?? []).map((m) => `${networkName(m.networkId)}: ${t.list(m.roles.map((r) => t.privacy.role[r]))}`);
  const answers = checkIns.length
    ? [t.privacy.answers(checkIns.length, t.date(checkIns[0].submittedAt), t.date(checkIns.at(-1)!.submittedAt))]
    : [];
  return card(
    [
      heading(t.privacy.title),
      textBlock(t.privacy.intro),
      facts([
        [t.privacy.name, profile?.name || '–'],
        [t.privacy.objectId, profile?.aadObjectId ?? '–'],
        [t.privacy.tenant, profile?.tenantId ?? '–'],
        [t.privacy.chat, profile?.personalConversation ? t.privacy.yes : t.privacy.no],
        [t.privacy.team, profile?.teamMember ? t.privacy.yes : t.privacy.no]
      ]),
      ...section(t.privacy.roles, roles, t),
      ...section(t.privacy.leads, data.leads.map((l) => `${plain(l.name)} (${networkName(l.networkId)})`), t),
      ...section(t.privacy.responsibilities, (data.responsibilities ?? []).map((r) => `${plain(r.what)} (${networkName(r.networkId)})`), t),
      ...section(t.privacy.answersTitle, [...answers, ...(data.surveys ?? []).map((s) => (s.subjectId ? t.survey.evaluationReceipt : t.survey.receipt)(networkName(s.networkId)))], t),
      ...section(t.privacy.messages, data.messages.length ? [t.privacy.messageCount(data.messages.length)] : [], t),
      ...(data.archivedReports?.length
        ? [...section(t.privacy.archivedTitle, data.archivedReports.map((r) => t.privacy.archivedLine(plain(r.file), networkName(r.networkId), t.date(r.filedAt))), t), textBlock(t.privacy.archivedWhy, { isSubtle: true, spacing: 'None', wrap: true })]
        : []),
      textBlock(t.privacy.retention, { isSubtle: true, spacing: 'Medium', wrap: true })
    ],
    [{ type: 'Action.OpenUrl', title: t.privacy.download, url: download }, commandButton(t.privacy.eraseButton, t.privacy.eraseCommand)]
  );
}

/** `slett mine data` asks first: erasure cannot be undone. */
export function confirmEraseCard(t: Catalogue): AdaptiveCard {
  return card(
    [heading(t.privacy.eraseTitle), textBlock(t.privacy.eraseWarning, { wrap: true })],
    [{ type: 'Action.Submit', title: t.privacy.eraseConfirm, style: 'destructive', data: { verb: PRIVACY_ERASE } }]
  );
}
