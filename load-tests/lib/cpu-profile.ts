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

/** The .cpuprofile in `dir` with the most busy (non-idle) samples, or null. */
export function busiestProfile(dir: string): string | null {
  let best: { file: string; busy: number } | null = null;
  try {
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
      const file = path.join(dir, f);
      const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
      const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
      const busy = profile.samples.filter((id) => !idle.has(id)).length;
      if (!best || busy > best.busy) best = { file, busy };
    }
  } catch {
    return best?.file ?? null;
  }
  return best?.file ?? null;
}

export function topSelfTime(file: string, limit = 25): { share: number; name: string }[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
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
