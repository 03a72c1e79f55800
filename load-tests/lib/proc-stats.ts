import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU accounting from /proc, to tell where the two cores went during a phase: the service,
 * the load generator (this process), or the rest (PostgreSQL, Redis, other users of the machine).
 * "The service" is a process tree: with WEB_CONCURRENCY > 1 the launched process is the cluster
 * primary and the work happens in its workers.
 */

const TICKS_PER_S = 100; // USER_HZ on Linux

/** The fields of /proc/<pid>/stat after the ")" that closes the command name (state is [0], ppid [1]). */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** utime + stime of a process, in seconds; null when it is gone. */
export function processCpuSeconds(pid: number): number | null {
  const times = processCpuTimes(pid);
  return times ? times.user + times.system : null;
}

/** utime and stime of a process, in seconds; null when it is gone. */
function processCpuTimes(pid: number): { user: number; system: number } | null {
  const fields = statFields(pid);
  // utime and stime are fields 14 and 15 of the whole line.
  return fields ? { user: Number(fields[11]) / TICKS_PER_S, system: Number(fields[12]) / TICKS_PER_S } : null;
}

/** Write system calls (write, writev, send…) a process has made: /proc/<pid>/io's syscw; null when unreadable. */
function processWriteCalls(pid: number): number | null {
  try {
    const m = /^syscw: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** The process and all its live descendants (root first), from the parent pids in /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = Number(statFields(entry)?.[1]);
    if (!(ppid > 0)) continue;
    const siblings = children.get(ppid);
    if (siblings) siblings.push(Number(entry));
    else children.set(ppid, [Number(entry)]);
  }
  if (statFields(root) === null) return [];
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

interface ProcessCounters {
  user: number;
  system: number;
  writeCalls: number;
}

/** CPU seconds and write calls of each process of the tree, by pid. */
function treeCounters(root: number): Map<number, ProcessCounters> {
  const out = new Map<number, ProcessCounters>();
  for (const pid of processTree(root)) {
    const t = processCpuTimes(pid);
    if (t !== null) out.set(pid, { ...t, writeCalls: processWriteCalls(pid) ?? 0 });
  }
  return out;
}

const STORE_COMMANDS = new Set(['postgres', 'redis-server']);

/** CPU seconds of every PostgreSQL and Redis process on the machine, by pid. */
function storesCpuSeconds(): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let comm: string;
    try {
      comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    if (!STORE_COMMANDS.has(comm)) continue;
    const s = processCpuSeconds(Number(entry));
    if (s !== null) out.set(Number(entry), s);
  }
  return out;
}

/** Busy and total jiffies of the whole machine. */
export function machineCpu(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export interface CpuWindow {
  /** cores used by the service (its whole process tree) on average (1.0 = one core fully busy) */
  service: number;
  /** cores used by this load-generator process */
  generator: number;
  /** cores used by all PostgreSQL and Redis processes of the machine (the service's stores, and
   * anyone else's on a shared machine) */
  stores: number;
  /** fraction of all cores busy, machine-wide */
  machineBusy: number;
  /** CPU seconds the service used in the window (divided by requests: a cost per request that
   * other load on the machine hardly changes, unlike req/s) */
  serviceCpuS: number;
  /** the part of serviceCpuS spent in the kernel (system calls: sockets, mostly) */
  serviceSystemS: number;
  /** write system calls the service made in the window (each socket write is one) */
  serviceWriteCalls: number;
  storesCpuS: number;
  wallS: number;
}

/** Starts measuring; call the returned function at the end of the window. */
export function cpuWindow(servicePid: number): () => CpuWindow {
  const t0 = performance.now();
  const s0 = treeCounters(servicePid);
  const g0 = process.cpuUsage();
  const m0 = machineCpu();
  const d0 = storesCpuSeconds();
  return () => {
    const wall = (performance.now() - t0) / 1000;
    // Per process, so a worker forked during the window counts from its start (one that exited
    // during it is lost: the launcher's processes do not exit while being measured).
    let serviceCpuS = 0;
    let serviceSystemS = 0;
    let serviceWriteCalls = 0;
    for (const [pid, s1] of treeCounters(servicePid)) {
      const before = s0.get(pid) ?? { user: 0, system: 0, writeCalls: 0 };
      serviceCpuS += s1.user + s1.system - before.user - before.system;
      serviceSystemS += s1.system - before.system;
      serviceWriteCalls += s1.writeCalls - before.writeCalls;
    }
    const g = process.cpuUsage(g0);
    const m1 = machineCpu();
    let storesCpuS = 0;
    for (const [pid, s1] of storesCpuSeconds()) storesCpuS += s1 - (d0.get(pid) ?? 0);
    return {
      service: wall > 0 ? serviceCpuS / wall : 0,
      generator: wall > 0 ? (g.user + g.system) / 1e6 / wall : 0,
      stores: wall > 0 ? storesCpuS / wall : 0,
      machineBusy: m1.total > m0.total ? (m1.busy - m0.busy) / (m1.total - m0.total) : 0,
      serviceCpuS,
      serviceSystemS,
      serviceWriteCalls,
      storesCpuS,
      wallS: wall,
    };
  };
}
