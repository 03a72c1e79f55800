import pino from 'pino';

export interface LogDestinationOptions {
  /** Lines are held until about this many bytes wait; 0 writes each line at once. */
  bufferBytes: number;
  /** Held lines are written at least this often, so a quiet service's lines still show promptly. */
  flushMs: number;
  /** A file descriptor or path; standard output by default. */
  dest?: number | string;
}

export interface LogDestination {
  write(line: string): boolean;
  /** Writes what is held now, synchronously. */
  flushSync(): void;
}

/**
 * Where the service's log lines go: standard output, written in chunks. At thousands of votes a
 * second a write(2) per access line costs about as much as building the line; a few kilobytes per
 * write keeps every line and drops most of the system calls. pino flushes what is held when the
 * process exits.
 *
 * Lines are handed over as Buffers (sonic-boom's buffer mode): in its string mode sonic-boom
 * appends each line to the held text and measures the whole of it again, copying kilobytes per line.
 */
export function logDestination(opts: LogDestinationOptions): LogDestination {
  const sonic = pino.destination({
    dest: opts.dest ?? process.stdout.fd,
    sync: false,
    contentMode: 'buffer',
    minLength: opts.bufferBytes,
    periodicFlush: opts.bufferBytes > 0 ? opts.flushMs : 0,
  } as Parameters<typeof pino.destination>[0]) as ReturnType<typeof pino.destination> & { flushSync(): void };
  return {
    write: (line) => sonic.write(Buffer.from(line) as unknown as string),
    flushSync: () => sonic.flushSync(),
  };
}
