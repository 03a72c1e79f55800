import pino from 'pino';

export interface LogDestinationOptions {
  /** Lines are held until about this many bytes wait; 0 writes each line at once. */
  bufferBytes: number;
  /** Held lines are written at least this often, so a quiet service's lines still show promptly. */
  flushMs: number;
  /** A file descriptor or path; standard output by default. */
  dest?: number | string;
}

/**
 * Where the service's log lines go: standard output, written in chunks. At thousands of votes a
 * second a write(2) per access line costs about as much as building the line; a few kilobytes per
 * write keeps the line and drops most of the system calls. pino flushes what is held when the
 * process exits (also on a crash that reaches process 'exit'), and close() flushes synchronously.
 */
export function logDestination(opts: LogDestinationOptions): pino.DestinationStream & { flushSync(): void } {
  return pino.destination({
    dest: opts.dest ?? process.stdout.fd,
    sync: false,
    minLength: opts.bufferBytes,
    periodicFlush: opts.bufferBytes > 0 ? opts.flushMs : 0,
  });
}
