import { AuthenticationConstants } from 'botframework-connector';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions
} from 'botbuilder';
import type { BotIdentity } from '../config';
import type { Logger } from '../core/log';

/**
 * The Bot Framework adapter. With an identity every request's JWT is validated; without one
 * (local mode) validation is off, which is why local mode binds loopback only.
 */
export function createAdapter(identity: BotIdentity | undefined, log: Logger): CloudAdapter {
  const settings = settingsOf(identity);
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings))
  );
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activityType: context.activity.type }, 'unhandled turn error');
  };
  return adapter;
}

function settingsOf(identity: BotIdentity | undefined): ConfigurationBotFrameworkAuthenticationOptions {
  return identity
    ? {
        MicrosoftAppId: identity.appId,
        MicrosoftAppType: identity.appType,
        MicrosoftAppTenantId: identity.tenantId,
        ...(identity.password ? { MicrosoftAppPassword: identity.password } : {})
      }
    : {};
}

interface TokenCredentials {
  getToken(forceRefresh?: boolean): Promise<string>;
}

/**
 * Access tokens for proactive sends, from the same credential factory the adapter uses
 * (client secret or managed identity); botbuilder caches and refreshes them.
 */
export function connectorToken(identity: BotIdentity): () => Promise<string> {
  const factory = new ConfigurationServiceClientCredentialFactory(settingsOf(identity));
  let credentials: Promise<TokenCredentials> | undefined;
  return async () => {
    credentials ??= factory.createCredentials(
      identity.appId,
      AuthenticationConstants.ToChannelFromBotOAuthScope,
      `${AuthenticationConstants.ToChannelFromBotLoginUrlPrefix}${identity.tenantId}`,
      true
    ) as unknown as Promise<TokenCredentials>;
    return (await credentials).getToken();
  };
}
