import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sparePort, waitForPort } from './spare-port';

/**
 * A redis-server of the test's own, on a spare port, with no persistence at all
 * (`--save "" --appendonly no`): stopping and starting it loses every key, which is exactly the
 * "Redis restarted with all data lost" fault. Fault tests break this one, never the shared Redis.
 */
export interface PrivateRedis {
  readonly port: number;
  readonly url: string;
  /** Starts it (again, on the same port, empty). */
  start(): Promise<void>;
  /** SIGKILL: connections drop at once and the data is gone. */
  kill(): Promise<void>;
  /** kill + start: a restart that lost everything. */
  restart(): Promise<void>;
  /** SIGSTOP: the process stays, sockets stay open, nothing answers (a stalled Redis). */
  pause(): void;
  /** SIGCONT after pause(). */
  resume(): void;
  /** Stops it for good and removes its directory. */
  close(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'private-redis-'));
  const port = await sparePort();
  let proc: ChildProcess | null = null;

  const start = async () => {
    if (proc) throw new Error('private redis already running');
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'no', '--loglevel', 'warning'],
      { stdio: 'ignore' },
    );
    proc = child;
    child.once('exit', () => {
      if (proc === child) proc = null;
    });
    await waitForPort(port, 5000);
  };

  const kill = async () => {
    const child = proc;
    if (!child) return;
    proc = null;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // A stopped process does not act on SIGKILL until... it does (SIGKILL works on stopped processes),
    // but SIGCONT first keeps the exit prompt on every kernel.
    child.kill('SIGCONT');
    child.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start,
    kill,
    async restart() {
      await kill();
      await start();
    },
    pause() {
      if (!proc) throw new Error('private redis is not running');
      proc.kill('SIGSTOP');
    },
    resume() {
      proc?.kill('SIGCONT');
    },
    async close() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
