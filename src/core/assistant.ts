/**
 * A language model that plans with Sampuls's own read-only queries (Azure OpenAI behind teams-ai's
 * ActionPlanner in production). The port is ours so features never see the AI library, and a bot
 * without the AI feature never loads it.
 */

/** One query the model may ask for. It runs with the asking person's roles; its output is data for the model. */
export interface AssistantTool {
  name: string;
  description: string;
  /** JSON Schema of the arguments. */
  parameters: Record<string, unknown>;
  run(args: Record<string, unknown>): Promise<string>;
}

export interface AssistantRequest {
  /** The system instructions. Never contains outside text: that arrives only as tool output. */
  instructions: string;
  question: string;
  tools: AssistantTool[];
}

/** What was sent and received, as counts only (never contents), for the log. */
export interface AssistantUsage {
  requests: number;
  messagesSent: number;
  charactersSent: number;
  toolCalls: number;
}

export interface AssistantAnswer {
  summary: string;
  usage: AssistantUsage;
}

/** Why no answer came: each is told to the person, who gets the rule-based answer instead. */
export type AssistantFault = 'timeout' | 'rateLimited' | 'contentFilter' | 'unreachable' | 'failed';

export class AssistantUnavailable extends Error {
  constructor(
    readonly fault: AssistantFault,
    readonly usage?: AssistantUsage
  ) {
    super(`the language model gave no answer: ${fault}`);
  }
}

export interface Assistant {
  /** Plans, runs the tools it chose and returns the model's summary; throws AssistantUnavailable. */
  answer(request: AssistantRequest): Promise<AssistantAnswer>;
}
