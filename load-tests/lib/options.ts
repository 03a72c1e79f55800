import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { REPO_ROOT } from './service-launcher';

/**
 * Settings come from the environment (LOAD_DURATION_S=20) or from flags after `--`
 * (`npm run load -- --duration-s=20` or `--duration-s 20`); flags win. Flags are parsed by
 * util.parseArgs from the options a command declares, so anything none of them reads is refused
 * (exit 2) instead of silently running with the default.
 */

type Kind = 'number' | 'workers' | 'list' | 'text' | 'switch';
interface Spec<K extends Kind = Kind> {
  env: string;
  kind: K;
  fallback?: number | string | readonly string[];
}
type ValueOf<S> = S extends Spec<'switch'> ? boolean : S extends Spec<'list'> ? string[] : S extends Spec<'text'> ? string : number;
export type Options<T extends Record<string, Spec>> = { [K in keyof T]: ValueOf<T[K]> };

/** A non-negative number. */
export const numberOption = (env: string, fallback: number): Spec<'number'> => ({ env, kind: 'number', fallback });
/** WEB_CONCURRENCY of the servers under test: an integer from 1 to 64, default 1. */
export const workersOption = (env: string): Spec<'workers'> => ({ env, kind: 'workers', fallback: 1 });
/** A comma-separated list (`--only=accepted,public`). */
export const listOption = (env: string, fallback: readonly string[]): Spec<'list'> => ({ env, kind: 'list', fallback });
/** Any text. */
export const textOption = (env: string, fallback: string): Spec<'text'> => ({ env, kind: 'text', fallback });
/** On when given as a bare flag, or when the variable is 1, true or yes. */
export const flagOption = (env: string): Spec<'switch'> => ({ env, kind: 'switch' });

/** `LOAD_DURATION_S` → `duration-s` (the flag without its dashes). */
export const flagName = (env: string): string => env.toLowerCase().replace(/^(load|soak|cpu)_/, '').replace(/_/g, '-');

/** The options from `argv` and `env`, flags first; throws a usage message on anything else. Pure, for the tests. */
export function parseOptions<T extends Record<string, Spec>>(specs: T, argv: readonly string[], env: NodeJS.ProcessEnv): Options<T> {
  const declared = Object.fromEntries(Object.values(specs).map((spec) => [flagName(spec.env), { type: spec.kind === 'switch' ? ('boolean' as const) : ('string' as const) }]));
  const { values } = parseArgs({ args: [...argv], options: declared, strict: true, allowPositionals: false });
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const given = values[flagName(spec.env)];
    if (spec.kind === 'switch') {
      out[key] = given === true || ['1', 'true', 'yes'].includes((env[spec.env] ?? '').toLowerCase());
      continue;
    }
    const raw = typeof given === 'string' ? given : env[spec.env];
    if (raw === undefined || raw === '') {
      out[key] = Array.isArray(spec.fallback) ? [...spec.fallback] : spec.fallback;
      continue;
    }
    if (spec.kind === 'list' || spec.kind === 'text') {
      out[key] = spec.kind === 'list' ? raw.split(',') : raw;
      continue;
    }
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${spec.env} must be a non-negative number, got ${raw}`);
    if (spec.kind === 'workers' && (!Number.isInteger(n) || n < 1 || n > 64)) throw new Error(`${spec.env} must be an integer from 1 to 64, got ${raw}`);
    out[key] = n;
  }
  return out as Options<T>;
}

/** parseOptions over this process's command line and environment; exits 2 with the accepted flags on a usage error. */
export function readOptions<T extends Record<string, Spec>>(command: string, specs: T): Options<T> {
  try {
    return parseOptions(specs, process.argv.slice(2), process.env);
  } catch (err) {
    const accepted = Object.values(specs)
      .map((spec) => `--${flagName(spec.env)}${spec.kind === 'switch' ? '' : '=…'}`)
      .join(' ');
    console.error(`${command}: ${(err as Error).message}\n  accepted: ${accepted}`);
    process.exit(2);
  }
}

/** Compiles the service (`npm run build`) so the child runs dist/, as in production. */
export function buildService(): void {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}
