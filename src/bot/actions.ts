import { NETWORK_CHOICE, type CardAction, type FeatureModule } from '../core/module';
import type { Profile } from '../domain/types';
import type { FeatureOptions } from '../core/options';
import { say, type Reply, type Turn } from '../core/turn';

/** Every card action of every module by verb, split by how Teams delivers them. */
export class CardActions {
  private readonly submits = new Map<string, CardAction>();
  private readonly invokes = new Map<string, CardAction>();

  constructor(modules: readonly FeatureModule[]) {
    for (const action of modules.flatMap((m) => m.actions ?? [])) {
      const table = action.invoke ? this.invokes : this.submits;
      if (table.has(action.verb)) throw new Error(`Two card actions use the verb ${action.verb}`);
      table.set(action.verb, action);
    }
  }

  /**
   * Runs the action a card asked for; `value` is the card data with the inputs merged in. Card
   * data comes from the client and can be forged, so anything not matching the schema is refused.
   */
  async run(
    options: FeatureOptions,
    turn: Turn,
    profile: () => Promise<Profile>,
    value: Record<string, unknown>,
    how: 'submit' | 'invoke'
  ): Promise<Reply | Reply[]> {
    const { verb, [NETWORK_CHOICE]: chosen, ...data } = value;
    const action = typeof verb === 'string' ? (how === 'invoke' ? this.invokes : this.submits).get(verb) : undefined;
    if (!action) return say(options.t.general.unknownAction);
    const parsed = action.data.safeParse(action.choosesNetwork ? { networkId: chosen } : data);
    return parsed.success ? action.run(options, turn, parsed.data, profile) : say(options.t.general.invalidAction);
  }
}
