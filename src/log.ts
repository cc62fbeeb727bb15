import pino from 'pino';
import type { Logger } from './features/turn';

/** JSON lines on stdout; fields are ids and outcomes, never names or answer text. */
export function createLogger(level: string): Logger & pino.Logger {
  return pino({ level, base: { service: 'sampuls' } });
}
