import type { z } from 'zod';
import type { AdaptiveCard } from './card';
import type { AnnualCycleContribution } from './annualCycle';
import type { Profile } from '../domain/types';
import type { Catalogue } from './i18n/catalogue';
import type { FeatureOptions } from './options';
import type { PersonalDataHolding } from './personalData';
import type { Reply, Turn } from './turn';

/** The languages Sampuls speaks: bokmål, nynorsk and English. */
export type Language = 'nb' | 'nn' | 'en';

/** What a handler answers: one reply or several, in order. */
export type Answer = Reply | Reply[];

/**
 * A typed command. Its words are given per language and a person may type those of any
 * language, so a nynorsk user's «kva er raudt?» and an English «what is red?» both work.
 */
export interface Command {
  /** Stable name, for tests and logs. */
  name: string;
  words: Record<Language, readonly string[]>;
  /**
   * 'none': the words alone (anything after them is not this command); 'optional': the rest of
   * the message, if any, is the argument; 'sentence': the words are the whole message.
   */
  argument: 'none' | 'optional' | 'sentence';
  /** Also answered for a tenant no network lists yet; such a command must store nothing else. */
  outsiders?: boolean;
  /**
   * False for a command that answers without looking into the person's networks (help, about,
   * privacy). Any other typed message starts that read while the profile is read (loadProfile).
   */
  readsNetworks?: false;
  run(options: FeatureOptions, turn: Turn, profile: Profile, argument: string | undefined): Promise<Answer> | Answer;
}

/**
 * A button on one of the module's cards. Card data comes from the client and can be forged, so
 * `data` (the card's data with the inputs merged in, without the verb) must match the schema.
 */
export interface CardAction<S extends z.ZodTypeAny = z.ZodTypeAny> {
  verb: string;
  data: S;
  /** Action.Execute (a Universal Action invoke, answered to the presser only) instead of Action.Submit. */
  invoke?: boolean;
  /**
   * The «show» button of a network picker (cards/networkPicker): the action's data is only
   * `{ networkId }`, the picker's choice. Every other action never sees the picker's input.
   */
  choosesNetwork?: boolean;
  /** The profile is read only by actions that need it, which keeps a check-in submit cheap. */
  run(options: FeatureOptions, turn: Turn, data: z.infer<S>, profile: () => Promise<Profile>): Promise<Answer>;
}

/**
 * The input id of the network picker. Every button on a card sends every input of the card, so
 * the choice is taken out of the data of every action but the picker's own (`choosesNetwork`).
 */
export const NETWORK_CHOICE = 'chosenNetwork';

/** Declares a card action with its data's type inferred from the schema. */
export const cardAction = <S extends z.ZodTypeAny>(action: CardAction<S>): CardAction => action as CardAction;

/** A card as one of the module's builders makes it, for the card quality checks. */
export interface CardSample {
  name: string;
  /** The builder that made it: the checks fail for any exported builder no sample comes from. */
  builder: (...args: never) => AdaptiveCard;
  card: AdaptiveCard;
}

/** Calls a card builder and records which one it was. */
export function sample<A extends unknown[]>(name: string, builder: (...args: A) => AdaptiveCard, ...args: A): CardSample {
  return { name, builder, card: builder(...args) };
}

/** A line of the help card: a command to type and what it does. */
export interface HelpEntry {
  word: string;
  text: string;
}

/** One capability of Sampuls: everything the bot needs to know about it, declared in its own folder. */
export interface FeatureModule {
  name: string;
  commands?: readonly Command[];
  actions?: readonly CardAction[];
  /** Its lines on the help card, in the person's language; the card lists every module's in registry order. */
  help?(t: Catalogue): readonly HelpEntry[];
  /**
   * Answers a message no command matched, or leaves it to the next module with a fallback (in
   * registry order) by answering nothing: status takes sentences that name a collaboration, help the rest.
   */
  fallback?(options: FeatureOptions, turn: Turn, text: string, profile: Profile): Promise<Answer | undefined> | Answer | undefined;
  /** Greets on install and on a person's first message; the first module that has one is used. */
  welcome?(options: FeatureOptions, where: 'personal' | 'shared'): Reply;
  /** The module's own section of the catalogue in each language (its texts.ts). */
  texts?: Record<Language, object>;
  /** Every card builder of the module, called with realistic and hostile data (see cards/samples). */
  cardSamples?(t: Catalogue): CardSample[];
  /** What it stores about people, for `mine data`, `slett mine data` and retention; 'none' said out loud. */
  personalData: PersonalDataHolding;
  /** What the module adds to the årshjul: events to plan, and how their messages look when sent. */
  annualCycle?: AnnualCycleContribution;
}
