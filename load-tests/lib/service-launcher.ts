import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { processTree } from './proc-stats';

/**
 * Starts the service (or the baseline server) as a child process the way production would:
 * a separate Node process, NODE_ENV=production, logs written to a file (so logging cost is in the
 * measurement but the terminal is not). The load generator stays in this process.
 */

export const REPO_ROOT = path.resolve(__dirname, '../..');

export interface Launched {
  name: string;
  pid: number;
  port: number;
  url: string;
  logFile: string;
  /** Resident set size of the child and every process under it (cluster workers) in kB, summed
   * (shared pages count once per process), or null when it is gone. */
  rssKb(): number | null;
  /** RSS of each process of the tree, the launched process first. */
  rssByProcessKb(): Array<{ pid: number; rssKb: number }>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
  exited(): boolean;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function rssByProcessKb(root: number): Array<{ pid: number; rssKb: number }> {
  const out: Array<{ pid: number; rssKb: number }> = [];
  for (const pid of processTree(root)) {
    const rssKb = readRssKb(pid);
    if (rssKb !== null) out.push({ pid, rssKb });
  }
  return out;
}

export function readRssKb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** How many workers the cluster primary has reported listening so far. */
function workersListening(logFile: string): number {
  try {
    return readFileSync(logFile, 'utf8').split('"msg":"worker listening"').length - 1;
  } catch {
    return 0;
  }
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export interface LaunchOptions {
  name: string;
  /** Node arguments: flags then the entry script. */
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  logFile: string;
  /** Path polled until it answers 200 (the service: /ready; the baseline: /health). */
  readyPath: string;
  /** WEB_CONCURRENCY of the child: with more than 1, ready also means the cluster primary logged
   * that many "worker listening" lines (the first worker answers the ready path long before the last). */
  workers?: number;
  readyTimeoutMs?: number;
}

export async function launch(opts: LaunchOptions): Promise<Launched> {
  const fd = openSync(opts.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, opts.args, { cwd: REPO_ROOT, env: opts.env, stdio: ['ignore', fd, fd] });
  } finally {
    closeSync(fd); // the child holds its own copy of the descriptor
  }
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : 0);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${opts.port}`;
  const pid = child.pid ?? -1;
  const launched: Launched = {
    name: opts.name,
    pid,
    port: opts.port,
    url,
    logFile: opts.logFile,
    rssKb: () => {
      const all = rssByProcessKb(pid);
      return all.length === 0 ? null : all.reduce((sum, p) => sum + p.rssKb, 0);
    },
    rssByProcessKb: () => rssByProcessKb(pid),
    exited: () => exitCode !== undefined,
    async stop(graceMs = 15_000) {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const timer = sleep(graceMs).then(() => 'timeout' as const);
      if ((await Promise.race([exited.then(() => 'exited' as const), timer])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };

  const deadline = performance.now() + (opts.readyTimeoutMs ?? 60_000);
  for (let attempt = 0; attempt < 10_000 && performance.now() < deadline; attempt++) {
    if (exitCode !== undefined) {
      throw new Error(`${opts.name} exited with code ${exitCode} during start-up; log tail:\n${tail(opts.logFile)}`);
    }
    try {
      const res = await fetch(url + opts.readyPath, { signal: AbortSignal.timeout(1000) });
      const workers = opts.workers ?? 1;
      if (res.status === 200 && (workers <= 1 || workersListening(opts.logFile) >= workers)) return launched;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  await launched.stop(2000);
  throw new Error(`${opts.name} did not become ready on ${url}${opts.readyPath}; log tail:\n${tail(opts.logFile)}`);
}
