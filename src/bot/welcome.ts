import type { Reply } from '../core/turn';
import type { RouteOptions } from './app';

/** The greeting of the module that has one. */
export function welcomeOf(options: RouteOptions, where: 'personal' | 'shared'): Reply | undefined {
  return options.modules.find((m) => m.welcome)?.welcome?.(options, where);
}
