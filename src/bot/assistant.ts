import { request as httpsRequest, type Agent } from 'node:https';
import type { TurnContext } from 'botbuilder';
import type * as TeamsAi from '@microsoft/teams-ai';
import { AssistantUnavailable, type Assistant, type AssistantFault, type AssistantRequest, type AssistantUsage } from '../core/assistant';
import type { Logger } from '../core/log';

/** Where «Spør Sampuls» asks, and how it signs in. */
export interface AzureOpenAiOptions {
  endpoint: string;
  deployment: string;
  apiVersion: string;
  apiKey?: string;
  /** An Entra token for https://cognitiveservices.azure.com when there is no key (managed identity). */
  token?: () => Promise<string>;
  /** How long one question may take in all, a Retry-After wait included; well inside the turn's deadline. */
  budgetMs: number;
  /** Trusts a private CA (the tests' stand-in); the system's CAs otherwise. */
  agent?: Agent;
  log: Logger;
}

const PROMPT = 'ask';
/** The model plans at most this many rounds: a first choice of queries, maybe a second, then the summary. */
const MAX_STEPS = 8;
/** A Retry-After wait is taken only when this much of the budget is left after it for the retry itself. */
const RETRY_MARGIN_MS = 1_000;

/**
 * «Spør Sampuls» through teams-ai's ActionPlanner with the tools augmentation: Azure OpenAI's tool
 * calls become the planner's DO commands, teams-ai's AI loop runs them as actions (Sampuls's own
 * read-only queries) and feeds their output back until the model answers with a SAY. teams-ai is
 * loaded on the first question only, so a bot whose networks never ask never loads it (nor openai).
 *
 * The HTTP calls go through a fetch of ours: it keeps to the budget, honours one Retry-After when
 * it fits, tells the faults apart (the library turns them all into one error) and counts what is sent.
 */
export function azureOpenAiAssistant(options: AzureOpenAiOptions): Assistant {
  let library: Promise<typeof TeamsAi> | undefined;
  return {
    async answer(request) {
      const ai = await (library ??= import('@microsoft/teams-ai'));
      const usage: AssistantUsage = { requests: 0, messagesSent: 0, charactersSent: 0, toolCalls: 0 };
      const call = new ModelCall(options, usage);
      let summary = '';
      const app = planFor(ai, options, request, call.fetch, usage, (text) => (summary = text));
      // teams-ai passes the turn context through to actions and model events only; ours need none of it.
      const completed = await app.run({ activity: {} } as unknown as TurnContext, new PlanMemory(request.question) as unknown as TeamsAi.TurnState).catch(() => false);
      options.log.info({ ...usage, completed, fault: call.fault }, 'ask: language model called');
      if (call.fault) throw new AssistantUnavailable(call.fault, usage);
      if (!completed || !summary.trim()) throw new AssistantUnavailable('failed', usage);
      return { summary: summary.trim(), usage };
    }
  };
}

/** The planner, its prompt and its actions for one question. */
function planFor(
  ai: typeof TeamsAi,
  options: AzureOpenAiOptions,
  request: AssistantRequest,
  fetch: ModelCall['fetch'],
  usage: AssistantUsage,
  said: (text: string) => void
): TeamsAi.AI {
  const model = new ai.OpenAIModel({
    azureEndpoint: options.endpoint,
    azureDefaultDeployment: options.deployment,
    azureApiVersion: options.apiVersion,
    ...(options.apiKey ? { azureApiKey: options.apiKey } : { azureADTokenProvider: options.token }),
    useSystemMessages: true,
    // Retries are ours (one Retry-After within the budget): the client's own would not know the turn's deadline.
    maxRetries: 0,
    clientOptions: { fetch, timeout: options.budgetMs, maxRetries: 0 }
  });
  const prompts = new ai.PromptManager({ promptsFolder: '' });
  const history = `conversation.${PROMPT}_history`;
  prompts.addPrompt({
    name: PROMPT,
    // The instructions are ours alone; the question and the tools' output (outside text) are never rendered as a template.
    prompt: new ai.Prompt([
      new ai.GroupSection([new ai.TemplateSection(request.instructions, 'system')], 'system'),
      new ai.ConversationHistory(history),
      new ai.ActionOutputMessage(history),
      new ai.UserMessage('{{$temp.input}}')
    ]),
    config: {
      schema: 1.1,
      type: 'completion',
      description: 'Spør Sampuls',
      completion: { temperature: 0, max_tokens: 600, max_input_tokens: 12_000, include_history: true, include_input: true, tool_choice: 'auto' },
      augmentation: { augmentation_type: 'tools' }
    },
    actions: request.tools.map(({ name, description, parameters }) => ({ name, description, parameters })),
    augmentation: new ai.ToolsAugmentation()
  } as unknown as TeamsAi.PromptTemplate);
  const planner = new ai.ActionPlanner({ model, prompts, defaultPrompt: PROMPT });
  // max_steps is read by AI.run though its options type leaves it out.
  const app = new ai.AI({ planner, allow_looping: true, max_time: options.budgetMs, ...({ max_steps: MAX_STEPS } as object) });
  for (const tool of request.tools) {
    app.action(tool.name, async (_context, _state, parameters: Record<string, unknown> | undefined) => {
      usage.toolCalls++;
      return tool.run(parameters ?? {});
    });
  }
  app.action(ai.AI.SayCommandActionName, async (_context, _state, command: TeamsAi.PredictedSayCommand) => {
    said(command.response?.content ?? '');
    return '';
  });
  const stop = async () => ai.AI.StopCommandName;
  app.action(ai.AI.UnknownActionName, stop);
  app.action(ai.AI.TooManyStepsActionName, stop);
  app.action(ai.AI.HttpErrorActionName, stop);
  return app;
}

/** The state teams-ai's loop reads and writes for one question: the input, the tools' output and the rounds so far. */
class PlanMemory {
  private readonly scopes: Record<string, Record<string, unknown>> = { conversation: {}, user: {}, temp: {} };
  constructor(question: string) {
    this.temp.input = question;
    this.temp.actionOutputs = {};
  }
  get temp(): Record<string, unknown> {
    return this.scopes.temp;
  }
  get conversation(): Record<string, unknown> {
    return this.scopes.conversation;
  }
  private split(path: string): [Record<string, unknown>, string] {
    const dot = path.indexOf('.');
    const scope = dot < 0 ? 'temp' : path.slice(0, dot);
    return [(this.scopes[scope] ??= {}), dot < 0 ? path : path.slice(dot + 1)];
  }
  getValue(path: string): unknown {
    const [scope, name] = this.split(path);
    return scope[name];
  }
  setValue(path: string, value: unknown): void {
    const [scope, name] = this.split(path);
    scope[name] = value;
  }
  hasValue(path: string): boolean {
    const [scope, name] = this.split(path);
    return name in scope;
  }
  deleteValue(path: string): void {
    const [scope, name] = this.split(path);
    delete scope[name];
  }
}

/** What the openai client passes to its fetch: a method, plain headers and a JSON body. */
type FetchInit = RequestInit;

/** One question's HTTP calls to Azure OpenAI: within the budget, one Retry-After honoured, the fault remembered. */
class ModelCall {
  fault: AssistantFault | undefined;
  private readonly deadline: number;

  constructor(
    private readonly options: AzureOpenAiOptions,
    private readonly usage: AssistantUsage
  ) {
    this.deadline = Date.now() + options.budgetMs;
  }

  readonly fetch = async (url: string | URL | Request, init: FetchInit = {}): Promise<Response> => {
    this.count(init.body);
    let response = await this.send(url, init);
    const wait = response.status === 429 ? retryAfterMs(response.headers) : undefined;
    if (wait !== undefined && Date.now() + wait + RETRY_MARGIN_MS < this.deadline) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      this.count(init.body);
      response = await this.send(url, init);
    }
    this.fault ??= await faultOf(response);
    return response;
  };

  /** Counts, never contents: how many requests, messages and characters went to the model. */
  private count(init: FetchInit['body']): void {
    const body = typeof init === 'string' ? init : '';
    this.usage.requests++;
    this.usage.charactersSent += body.length;
    try {
      this.usage.messagesSent += (JSON.parse(body || '{}') as { messages?: unknown[] }).messages?.length ?? 0;
    } catch {
      // Not JSON: nothing to count.
    }
  }

  private send(url: string | URL | Request, init: FetchInit): Promise<Response> {
    const left = this.deadline - Date.now();
    return new Promise<Response>((resolve, reject) => {
      if (left <= 0) return void fail(this, 'timeout', reject);
      const request = httpsRequest(String(url), { method: init.method ?? 'GET', headers: Object.fromEntries(new Headers(init.headers).entries()), agent: this.options.agent, timeout: left }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', (error) => fail(this, 'unreachable', reject, error));
        incoming.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers.set(name, [value].flat().join(', '));
          resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 502, headers }));
        });
      });
      const timer = setTimeout(() => request.destroy(new Error('timeout')), left);
      request.on('close', () => clearTimeout(timer));
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', (error) => fail(this, error.message === 'timeout' ? 'timeout' : 'unreachable', reject, error));
      request.end(typeof init.body === 'string' ? init.body : undefined);
    });
  }
}

function fail(call: ModelCall, fault: AssistantFault, reject: (error: Error) => void, error = new Error(fault)): void {
  call.fault ??= fault;
  reject(error);
}

/** Retry-After in seconds (Azure OpenAI), or retry-after-ms; undefined when neither is given. */
function retryAfterMs(headers: Headers): number | undefined {
  const ms = Number(headers.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const seconds = Number(headers.get('retry-after') ?? NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** What went wrong, from the status and the body as Azure OpenAI gives them; undefined when nothing did. */
async function faultOf(response: Response): Promise<AssistantFault | undefined> {
  if (response.status === 429) return 'rateLimited';
  if (response.status >= 500) return 'unreachable';
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { error?: { code?: string }; choices?: { finish_reason?: string }[] } | undefined;
  if (response.status >= 400) return body?.error?.code === 'content_filter' ? 'contentFilter' : 'failed';
  // Azure filters an answer too: 200 with finish_reason content_filter.
  return body?.choices?.some((c) => c.finish_reason === 'content_filter') ? 'contentFilter' : undefined;
}
