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
