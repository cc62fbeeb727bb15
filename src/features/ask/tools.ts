import type { AssistantTool } from '../../core/assistant';
import type { Command } from '../../core/module';
import type { FeatureOptions } from '../../core/options';
import type { Reply, Turn } from '../../core/turn';
import type { Profile } from '../../domain/types';

/**
 * Sampuls's read-only queries as the model may call them. Each is a typed command run exactly as
 * the person would type it, with their own profile: no tool takes an id or a network, so the model
 * can reach nothing the person could not ask for. None of these commands writes anything.
 */
interface QuerySpec {
  name: string;
  description: string;
  /** The command it runs, by its stable name. */
  command: string;
  parameters?: Record<string, { type: 'string' | 'number'; description: string }>;
  /** The command's argument from the model's arguments. */
  argument?: (args: Record<string, unknown>) => string | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : undefined);
const amount = (value: unknown): string | undefined => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? String(Math.round(value)) : text(value));

export const QUERIES: readonly QuerySpec[] = [
  { name: 'network_status', command: 'status', description: 'Overview of every collaboration in the networks of the person asking: colour, last check-in and flags.' },
  {
    name: 'collaboration_status',
    command: 'status',
    description: 'One collaboration: latest answers against the previous period, colour history, trends, cost key and what the leaders wrote.',
    parameters: { name: { type: 'string', description: 'The collaboration’s name as people write it, e.g. «lønn» or «barnevern».' } },
    argument: (args) => text(args.name)
  },
  {
    name: 'municipality_status',
    command: 'status',
    description: 'The collaborations one municipality takes part in, with its share of each cost.',
    parameters: { name: { type: 'string', description: 'The municipality’s name, e.g. «Lierne».' } },
    argument: (args) => text(args.name)
  },
  { name: 'what_is_red', command: 'red', description: 'The collaborations that are red now, with the leaders’ reasons.' },
  { name: 'what_needs_a_decision', command: 'decision', description: 'The collaborations that ask for a decision or clarification from the chief executives or owners.' },
  { name: 'what_to_celebrate', command: 'celebrate', description: 'Results the collaborations want to celebrate.' },
  {
    name: 'trend',
    command: 'trend',
    description: 'One question of the check-in (e.g. tillit, kvalitet, økonomi, kapasitet, forankring) across every collaboration, weakest first, now against the previous period.',
    parameters: { question: { type: 'string', description: 'The question’s short name, e.g. «tillit» or «kapasitet».' } },
    argument: (args) => text(args.question)
  },
  {
    name: 'cost_split',
    command: 'cost',
    description: 'Each municipality’s share in kroner of an amount under a collaboration’s cost key.',
    parameters: {
      collaboration: { type: 'string', description: 'The collaboration’s name.' },
      amount: { type: 'number', description: 'The amount in whole kroner.' }
    },
    argument: (args) => [text(args.collaboration), amount(args.amount)].filter(Boolean).join(' ') || undefined
  },
  { name: 'trust_barometer', command: 'surveyResults', description: 'The newest closed round of the anonymous trust barometer (tillitsbarometer), where the network has one.' }
];

/** What the tools showed in this turn: the replies the person gets with the summary. */
export interface Shown {
  replies: Reply[];
}

/** The queries bound to this person and turn; their output goes to the model as data, their cards to `shown`. */
export function toolsFor(options: FeatureOptions, turn: Turn, profile: Profile, shown: Shown, redact: (text: string) => string): AssistantTool[] {
  const commands = new Map(options.modules.flatMap((m) => m.commands ?? []).map((c): [string, Command] => [c.name, c]));
  return QUERIES.flatMap((query) => {
    const command = commands.get(query.command);
    if (!command) return [];
    const properties = query.parameters ?? {};
    return [
      {
        name: query.name,
        description: query.description,
        parameters: { type: 'object', properties, required: Object.keys(properties) },
        run: async (args: Record<string, unknown>) => {
          const replies = [await command.run(options, turn, profile, query.argument?.(args))].flat();
          shown.replies.push(...replies);
          return asData(query.name, replies.map((reply) => redact(readableOf(reply))).join('\n'));
        }
      }
    ];
  });
}

/**
 * A tool's output as the model gets it: delimited and marked as data, with nothing inside that
 * could close the delimiter. Leaders' free text is in it; the instructions say never to obey it.
 */
function asData(tool: string, content: string): string {
  return `<sampuls-data tool="${tool}">\n${content.replace(/[<>]/g, ' ')}\n</sampuls-data>`;
}

/** What a person reads in a reply: every text, fact and table cell of a card, line by line. */
export function readableOf(reply: Reply): string {
  if (!('card' in reply)) return reply.text;
  const lines: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock' && typeof element.text === 'string') lines.push(element.text);
    if (element.type === 'FactSet' && Array.isArray(element.facts)) {
      for (const fact of element.facts as { title?: string; value?: string }[]) lines.push(`${fact.title ?? ''}: ${fact.value ?? ''}`);
    }
    for (const [key, value] of Object.entries(element)) if (key !== 'actions' && key !== 'selectAction' && typeof value === 'object') visit(value);
  };
  visit(reply.card.body);
  return lines.join('\n');
}
