import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Summarizes a V8 .cpuprofile (written by `node --cpu-prof` when the service exits): self time
 * per function, the biggest first, so a run can say where the service's CPU went.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  /** µs on the monotonic clock, the one process.hrtime reads (checked on Linux, Node 20) */
  startTime: number;
  timeDeltas: number[];
}

/** A stretch of time on the monotonic clock, in µs (see nowUs). */
export interface ProfileWindow {
  fromUs: number;
  toUs: number;
}

/** Now on the clock a .cpuprofile's times are on, in µs: windows taken here select its samples. */
export function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

export function readProfile(file: string): Profile {
  return JSON.parse(readFileSync(file, 'utf8')) as Profile;
}

/** The .cpuprofile in `dir` with the most busy (non-idle) samples, or null. */
export function busiestProfile(dir: string): string | null {
  let best: { file: string; busy: number } | null = null;
  try {
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
      const file = path.join(dir, f);
      const profile = readProfile(file);
      const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
      const busy = profile.samples.filter((id) => !idle.has(id)).length;
      if (!best || busy > best.busy) best = { file, busy };
    }
  } catch {
    return best?.file ?? null;
  }
  return best?.file ?? null;
}

/** Self time per function, biggest first; only the samples taken within `window` when one is given. */
export function topSelfTime(profile: Profile, limit = 25, window?: ProfileWindow): { share: number; name: string }[] {
  const hits = new Map<number, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (window && (t < window.fromUs || t > window.toUs)) return;
    hits.set(id, (hits.get(id) ?? 0) + 1);
  });
  const byName = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (n === 0) continue;
    total += n;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '~/').replace(/^.*\/dist\//, 'dist/')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    byName.set(key, (byName.get(key) ?? 0) + n);
  }
  return [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, n]) => ({ share: total > 0 ? n / total : 0, name }));
}
