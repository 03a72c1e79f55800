import { readFileSync } from 'node:fs';

/**
 * CPU accounting from /proc, to tell where the two cores went during a phase: the service,
 * the load generator (this process), or the rest (PostgreSQL, Redis, other users of the machine).
 */

const TICKS_PER_S = 100; // USER_HZ on Linux

/** utime + stime of a process, in seconds; null when it is gone. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the ")" that closes the command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
  } catch {
    return null;
  }
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
  /** cores used by the service on average (1.0 = one core fully busy) */
  service: number;
  /** cores used by this load-generator process */
  generator: number;
  /** fraction of all cores busy, machine-wide */
  machineBusy: number;
  /** CPU seconds the service used in the window (divided by requests: a cost per request that
   * other load on the machine hardly changes, unlike req/s) */
  serviceCpuS: number;
  wallS: number;
}

/** Starts measuring; call the returned function at the end of the window. */
export function cpuWindow(servicePid: number): () => CpuWindow {
  const t0 = performance.now();
  const s0 = processCpuSeconds(servicePid) ?? 0;
  const g0 = process.cpuUsage();
  const m0 = machineCpu();
  return () => {
    const wall = (performance.now() - t0) / 1000;
    const s1 = processCpuSeconds(servicePid) ?? s0;
    const g = process.cpuUsage(g0);
    const m1 = machineCpu();
    return {
      service: wall > 0 ? (s1 - s0) / wall : 0,
      generator: wall > 0 ? (g.user + g.system) / 1e6 / wall : 0,
      machineBusy: m1.total > m0.total ? (m1.busy - m0.busy) / (m1.total - m0.total) : 0,
      serviceCpuS: s1 - s0,
      wallS: wall,
    };
  };
}
