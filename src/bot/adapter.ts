import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions
} from 'botbuilder';
import type { BotIdentity } from '../config';
import type { Logger } from '../features/turn';

/**
 * The Bot Framework adapter. With an identity every request's JWT is validated; without one
 * (local mode) validation is off, which is why local mode binds loopback only.
 */
export function createAdapter(identity: BotIdentity | undefined, log: Logger): CloudAdapter {
  const settings: ConfigurationBotFrameworkAuthenticationOptions = identity
    ? {
        MicrosoftAppId: identity.appId,
        MicrosoftAppType: identity.appType,
        MicrosoftAppTenantId: identity.tenantId,
        ...(identity.password ? { MicrosoftAppPassword: identity.password } : {})
      }
    : {};
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings))
  );
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activityType: context.activity.type }, 'unhandled turn error');
  };
  return adapter;
}
