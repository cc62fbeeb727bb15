import type { Catalogue } from '../i18n/nb';
import type { Logger } from './log';
import type { Messenger } from './messenger';
import type { Store } from './store';
import type { TemplateVersions } from './templateVersions';
import type { TenantGate } from './tenants';

/** Where the bot's signed links point, and the secret that signs them and the roster choices on admin cards. */
export interface Links {
  baseUrl: string;
  secret: string;
}

/** What every feature handler is given; built once at the composition root. */
export interface FeatureOptions {
  store: Store;
  templates: TemplateVersions;
  messenger: Messenger;
  log: Logger;
  t: Catalogue;
  links: Links;
  tenants: TenantGate;
}
