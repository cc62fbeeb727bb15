import { card, facts, heading, textBlock, type AdaptiveCard } from '../../core/card';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Deployment } from '../../core/options';

/** `om`: what this installation is, where it keeps answers, and whom to ask about personal data. */
export function aboutCard(deployment: Deployment, t: Catalogue): AdaptiveCard {
  const { store, privacyContact } = deployment;
  const where = store.kind === 'cosmos' ? t.about.cosmos(store.host, store.database) : t.about.embedded(store.directory);
  return card([
    heading(t.about.title),
    textBlock(t.about.intro),
    facts([
      [t.about.version, deployment.version],
      [t.about.data, where],
      [t.about.privacy, privacyContact ? t.about.privacyContact(privacyContact) : t.about.privacyNoContact]
    ]),
    textBlock(t.about.yourData, { isSubtle: true })
  ]);
}
