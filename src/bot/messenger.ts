import type { CloudAdapter, ConversationReference as BotReference } from 'botbuilder';
import type { ConversationReference } from '../domain/types';
import type { Messenger, Reply } from '../features/turn';
import { toActivity } from './activity';
import { isLoopbackUrl } from '../http/loopback';

export interface ConnectorMessengerOptions {
  adapter: CloudAdapter;
  botAppId: string;
  /** Local mode has no authentication, so it must never talk to anything but this machine. */
  loopbackOnly: boolean;
}

/** Sends proactively through the Bot Connector named in the stored conversation reference. */
export class ConnectorMessenger implements Messenger {
  constructor(private readonly options: ConnectorMessengerOptions) {}

  async send(reference: ConversationReference, reply: Reply): Promise<void> {
    if (this.options.loopbackOnly && !isLoopbackUrl(reference.serviceUrl)) {
      throw new Error('Local mode only sends to loopback serviceUrls');
    }
    const botReference: Partial<BotReference> = {
      serviceUrl: reference.serviceUrl,
      channelId: reference.channelId,
      conversation: {
        id: reference.conversationId,
        tenantId: reference.tenantId,
        conversationType: reference.conversationType,
        isGroup: reference.conversationType !== 'personal',
        name: ''
      },
      bot: { id: reference.botId, name: reference.botName ?? '' }
    };
    await this.options.adapter.continueConversationAsync(this.options.botAppId, botReference, async (context) => {
      await context.sendActivity(toActivity(reply));
    });
  }
}
