import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Flags = Record<string, string | true>;

/** A CLI command. Returns the process exit code. */
export interface Command {
  summary: string;
  /** The flags it reads: `--name value` or `--name=value` for strings, bare `--name` for booleans. */
  options: NonNullable<ParseArgsConfig['options']>;
  run(flags: Flags, positional: string[]): Promise<number>;
}

/** A required string flag, or a usage error. */
export function requireFlag(flags: Flags, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v.length === 0) throw new Error(`--${name} is required`);
  return v;
}

/** The command line as `options` declares it; throws (with parseArgs's message) on anything else. */
export function parseFlags(argv: string[], options: Command['options']): { flags: Flags; positional: string[] } {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const flags: Flags = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') flags[name] = value;
    else if (value === true) flags[name] = true;
  }
  return { flags, positional: positionals };
}
