import { AuthenticationConstants, type AuthenticateRequestResult } from 'botframework-connector';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext
} from 'botbuilder';
// Not re-exported by botbuilder; CloudAdapter.process applies it to every incoming activity.
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import type { BotIdentity } from '../config';
import type { Logger } from '../core/log';

/**
 * CloudAdapter.process answers any failure to verify a token other than a bad claim with a 500
 * and the error's message (an unreachable signing-key endpoint, for one). Its two steps apart let
 * the HTTP layer answer every authentication failure with a plain 401.
 */
export class BotAdapter extends CloudAdapter {
  /** Rejects unless the token is the Bot Framework's for this bot (always resolves in local mode). */
  authenticate(authHeader: string, activity: Activity): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of an authenticated activity; an invoke's answer comes back. */
  runTurn(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, validateAndFixActivity(activity), logic);
  }
}

/**
 * The Bot Framework adapter. With an identity every request's JWT is validated; without one
 * (local mode) validation is off, which is why local mode binds loopback only.
 */
export function createAdapter(identity: BotIdentity | undefined, log: Logger): BotAdapter {
  const settings = settingsOf(identity);
  const adapter = new BotAdapter(
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
