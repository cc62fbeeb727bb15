import type { UserId } from '../domain/types';
import type { DocumentStore } from './documents';
import type { Assistant } from './assistant';
import type { Catalogue } from './i18n/catalogue';
import type { Logger } from './log';
import type { Messenger } from './messenger';
import type { FeatureModule } from './module';
import type { Store } from './store';
import type { TemplateVersions } from './templateVersions';
import type { TenantGate } from './tenants';

/** Where the bot's signed links point, and the secret that signs them and the roster choices on admin cards. */
export interface Links {
  baseUrl: string;
  secret: string;
}

/** Facts about this installation that people may ask about (`om`), as data: the texts are the features'. */
export interface Deployment {
  version: string;
  /** Where answers are kept: an Azure Cosmos DB account, or the embedded local server's folder. */
  store: { kind: 'cosmos'; host: string; database: string } | { kind: 'embedded'; directory: string };
  /** Whom to ask about personal data (the organisation's personvernombud or secretariat), when configured. */
  privacyContact?: string;
  /** The Azure OpenAI endpoint's host «Spør Sampuls» sends to, when configured. */
  languageModel?: string;
}

/** What every feature handler is given; built once at the composition root. */
export interface FeatureOptions {
  store: Store;
  /** Finished documents (reports filed for meetings), kept unchanged. */
  documents: DocumentStore;
  templates: TemplateVersions;
  messenger: Messenger;
  log: Logger;
  t: Catalogue;
  links: Links;
  tenants: TenantGate;
  firstAdmins: FirstAdmins;
  deployment: Deployment;
  /** Every capability; the bot routes to them and lists none by hand, and `mine data` asks each what it holds. */
  modules: readonly FeatureModule[];
  /** Azure OpenAI for «Spør Sampuls», when the deployment configures it; networks turn it on themselves. */
  assistant?: Assistant;
}

/**
 * Who may set up a network without administering one: in production only the people the
 * deployment names; in local mode whoever comes first to a store without networks.
 */
export type FirstAdmins = UserId[] | 'whoeverComesFirst';
