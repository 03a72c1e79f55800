import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { REPO_ROOT } from './service-launcher';

/**
 * Settings come from the environment (LOAD_DURATION_S=20) or from flags after `--`
 * (`npm run load -- --duration-s=20`); flags win. Each option below remembers its flag, so that
 * `refuseUnknownFlags` can turn away what none of them reads: `--connections 200` (a space, not
 * `=`) used to run the whole load test at the default 100 connections without a word.
 */

const known = { values: new Set<string>(), switches: new Set<string>() };

function flagName(envName: string, kind: 'value' | 'switch'): string {
  const flag = `--${envName.toLowerCase().replace(/^(load|soak)_/, '').replace(/_/g, '-')}`;
  (kind === 'value' ? known.values : known.switches).add(flag);
  return flag;
}

/**
 * The command-line words that no option reads: anything but `--name=value` for a known value
 * option or `--name` for a known switch. Pure, for the tests; see refuseUnknownFlags.
 */
export function unknownFlags(args: readonly string[], values: ReadonlySet<string>, switches: ReadonlySet<string>): string[] {
  return args.filter((arg) => {
    const eq = arg.indexOf('=');
    if (eq > 0) return !values.has(arg.slice(0, eq));
    return !switches.has(arg);
  });
}

/** Exits 2 with the list of what is accepted when the command line has a word no option read. Call it after reading every option. */
export function refuseUnknownFlags(command: string): void {
  const bad = unknownFlags(process.argv.slice(2), known.values, known.switches);
  if (bad.length === 0) return;
  const accepted = [...[...known.values].map((f) => `${f}=…`), ...known.switches].join(' ');
  console.error(`${command}: not understood: ${bad.join(' ')}\n  options take their value after '=' (--name=value); accepted: ${accepted}`);
  process.exit(2);
}

/** The text of a value option: its flag's (`--name=text`) if given, else the environment's; undefined when neither or empty. */
function rawOption(envName: string): string | undefined {
  const flag = `${flagName(envName, 'value')}=`;
  const raw = process.argv.find((a) => a.startsWith(flag))?.slice(flag.length) ?? process.env[envName];
  return raw === '' ? undefined : raw;
}

export function numberOption(envName: string, fallback: number): number {
  const raw = rawOption(envName);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${envName} must be a non-negative number, got ${raw}`);
  return n;
}

/** WEB_CONCURRENCY of the servers under test (LOAD_WORKERS, SOAK_WORKERS or --workers=N): 1 to 64, default 1. */
export function workersOption(envName: string): number {
  const n = numberOption(envName, 1);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`${envName} must be an integer from 1 to 64, got ${n}`);
  return n;
}

/** A comma-separated list (`--only=accepted,public` or LOAD_ONLY); flags win. */
export function listOption(envName: string, fallback: readonly string[]): string[] {
  return rawOption(envName)?.split(',') ?? [...fallback];
}

export function flagOption(envName: string): boolean {
  const flag = flagName(envName, 'switch');
  return process.argv.includes(flag) || ['1', 'true', 'yes'].includes((process.env[envName] ?? '').toLowerCase());
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
