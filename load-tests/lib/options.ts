import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { REPO_ROOT } from './service-launcher';

/**
 * Settings come from the environment (LOAD_DURATION_S=20) or from flags after `--`
 * (`npm run load -- --duration-s=20`); flags win.
 */
export function numberOption(envName: string, fallback: number): number {
  const flag = `--${envName.toLowerCase().replace(/^(load|soak)_/, '').replace(/_/g, '-')}=`;
  const fromFlag = process.argv.find((a) => a.startsWith(flag))?.slice(flag.length);
  const raw = fromFlag ?? process.env[envName];
  if (raw === undefined || raw === '') return fallback;
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

export function flagOption(envName: string): boolean {
  const flag = `--${envName.toLowerCase().replace(/^(load|soak)_/, '').replace(/_/g, '-')}`;
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
