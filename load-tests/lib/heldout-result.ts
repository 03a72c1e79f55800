import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { FamilySummary } from '../heldout/score';

/**
 * The independent held-out runner (`npm run bench:heldout`), seen from outside: it is run as a
 * separate process and only its summary line (`HELDOUT_RESULT {json}`) is read, so the detector's
 * benchmark never imports, and its authors need never read, the generator.
 */
/** A family's line of the summary: the scorer's summary without its per-seed detail. */
export type HeldoutFamily = Omit<FamilySummary, 'seeds'>;

export function runHeldout(split: string): { split: string; families: HeldoutFamily[] } {
  const root = join(__dirname, '..', '..');
  const r = spawnSync('npm', ['run', '--silent', 'bench:heldout', '--', '--split', split], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout ?? '');
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('HELDOUT_RESULT '));
  if (r.status !== 0 || !line) throw new Error(`bench:heldout --split ${split} failed (exit ${r.status})`);
  const result = JSON.parse(line.slice('HELDOUT_RESULT '.length)) as Record<string, { families: HeldoutFamily[] }>;
  const families = Object.entries(result)
    .filter(([k, v]) => typeof v === 'object' && v !== null && Array.isArray((v as { families?: unknown }).families) && k !== 'totals')
    .flatMap(([k, v]) => v.families.map((f) => ({ ...f, family: split === 'all' ? `${k}:${f.family}` : f.family })));
  return { split, families };
}
