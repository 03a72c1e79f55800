import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { LOG_REDACT } from '../../src/app';

/** A logger with the service's redaction that keeps every line it writes, for tests that read logs. */
export function capturingLogger(level: pino.Level): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
  return { logger: pino({ level, redact: { paths: LOG_REDACT, censor: '[redacted]' } }, sink), lines };
}
