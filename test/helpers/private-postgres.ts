import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { migrate } from '../../src/storage/migrate';
import { sparePort } from './spare-port';

const run = promisify(execFile);

/**
 * A PostgreSQL cluster of the test's own: `initdb` into a temp dir (about a second), trust auth,
 * listening on 127.0.0.1 on a spare port with its socket in that dir. Fault tests terminate its
 * backends and restart it without disturbing the shared server everyone else tests against.
 * PostgreSQL refuses to run as root, so every server command runs as the `postgres` OS user.
 */
export interface PrivatePostgres {
  readonly port: number;
  /** `postgres://postgres@127.0.0.1:PORT` (append `/dbname`). */
  readonly baseUrl: string;
  /** Creates a database with every migration applied; returns its URL. */
  createMigratedDatabase(name?: string): Promise<string>;
  start(): Promise<void>;
  /** `fast` lets sessions end cleanly; `immediate` is a crash (no shutdown checkpoint). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  restart(mode?: 'fast' | 'immediate'): Promise<void>;
  /** pg_terminate_backend for every session with this application_name; returns how many. */
  terminateBackends(applicationName: string): Promise<number>;
  close(): Promise<void>;
}

function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error('no PostgreSQL under /usr/lib/postgresql (set PG_BIN)');
  return path.join(root, versions[0], 'bin');
}

function postgresUid(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const out = execFileSync('id', ['-u', 'postgres']).toString().trim();
  const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
  return { uid: Number(out), gid: Number(gid) };
}

/**
 * Starts the server, trying again on a fresh directory and port when it will not start: the spare
 * port is released before PostgreSQL binds it, so a sibling test can take it in between.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPrivatePostgresOnce();
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

async function startPrivatePostgresOnce(): Promise<PrivatePostgres> {
  const bin = pgBin();
  const owner = postgresUid();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'private-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const dataDir = path.join(dir, 'data');
  const port = await sparePort();
  const baseUrl = `postgres://postgres@127.0.0.1:${port}`;

  // As root, run the server tools as the postgres user; otherwise as ourselves.
  const cmd = (tool: string, args: string[]) =>
    owner ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]) : run(path.join(bin, tool), args);

  await cmd('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const serverOpts = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    // fsync=off only matters if the machine crashes; an immediate stop (a crash of PostgreSQL
    // itself) keeps every committed transaction. synchronous_commit stays on: turning it off would
    // let the restart test lose acknowledged commits and blame the service for it.
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c shared_buffers=32MB',
    '-c max_connections=60',
  ].join(' ');
  const start = async () => {
    await cmd('pg_ctl', ['-D', dataDir, '-o', serverOpts, '-l', path.join(dir, 'server.log'), '-w', '-t', '30', 'start']);
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await cmd('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '30', 'stop']);
  };
  // If the test process dies, do not leave a server behind.
  const onExit = () => {
    try {
      execFileSync(owner ? 'runuser' : path.join(bin, 'pg_ctl'), [
        ...(owner ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl')] : []),
        '-D',
        dataDir,
        '-m',
        'immediate',
        'stop',
      ], { stdio: 'ignore' });
    } catch {
      // already stopped
    }
  };
  process.once('exit', onExit);

  try {
    await start();
  } catch (err) {
    process.removeListener('exit', onExit);
    const log = (() => {
      try {
        return readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-2000);
      } catch {
        return '(no server log)';
      }
    })();
    throw new Error(`private PostgreSQL did not start on port ${port}: ${(err as Error).message}\n${log}`);
  }

  const admin = async <T>(fn: (c: Client) => Promise<T>, db = 'postgres'): Promise<T> => {
    const c = new Client({ connectionString: `${baseUrl}/${db}`, connectionTimeoutMillis: 5000 });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };

  let dbCounter = 0;
  return {
    port,
    baseUrl,
    async createMigratedDatabase(name = `ballot_fault_${++dbCounter}`) {
      await admin((c) => c.query(`CREATE DATABASE "${name}"`));
      const url = `${baseUrl}/${name}`;
      await migrate(url);
      return url;
    },
    start,
    stop,
    async restart(mode = 'fast') {
      await stop(mode);
      await start();
    },
    async terminateBackends(applicationName) {
      const { rows } = await admin((c) =>
        c.query<{ n: string }>(
          `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`,
          [applicationName],
        ),
      );
      return Number(rows[0].n);
    },
    async close() {
      process.off('exit', onExit);
      await stop('immediate').catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
