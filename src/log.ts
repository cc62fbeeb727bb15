import pino from 'pino';
import type { Logger } from './core/log';

/**
 * JSON lines on stdout; fields are ids and outcomes, never names or answer text. `mirror`, when
 * given, also receives every line (Application Insights, see telemetry.ts).
 */
export function createLogger(level: string, mirror?: (line: string) => void): Logger & pino.Logger {
  const options = { level, base: { service: 'sampuls' } };
  if (!mirror) return pino(options);
  const stdout = pino.destination(1);
  return pino(options, {
    write: (line: string) => {
      stdout.write(line);
      mirror(line);
    }
  });
}
