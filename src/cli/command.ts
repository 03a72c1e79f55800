/** A CLI command. Returns the process exit code. */
export interface Command {
  summary: string;
  run(flags: Record<string, string | true>, positional: string[]): Promise<number>;
}

/** A required string flag, or a usage error. */
export function requireFlag(flags: Record<string, string | true>, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v.length === 0) throw new Error(`--${name} is required`);
  return v;
}

/** `--name value`, `--name=value` and bare `--name` flags (shared with the load-test scripts). */
export function parseFlags(argv: string[]): Record<string, string | true> {
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) {
      flags[a.slice(2, eq)] = a.slice(eq + 1);
    } else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
      flags[a.slice(2)] = argv[++i];
    } else {
      flags[a.slice(2)] = true;
    }
  }
  return flags;
}
