import type { Pool } from 'pg';
import { ballotsRepository } from '../../src/storage/ballots-repository';
import { closesAt as closesAtOf } from '../../src/domain/calendar';
import type { Candidate } from '../../src/domain/ballot';

/** A ballot straight in the database (the ballots HTTP API is another area's). */
export async function createBallot(
  pool: Pool,
  opts: { opensAt?: string; durationDays?: number; maxChoices?: number; candidates?: number; status?: 'draft' | 'published' | 'finalized' } = {},
): Promise<{ id: string; candidates: Candidate[]; opensAt: Date; closesAt: Date }> {
  const repo = ballotsRepository(pool);
  const opensAt = new Date(opts.opensAt ?? '2026-05-31T16:00:00.000Z');
  const durationDays = opts.durationDays ?? 7;
  const maxChoices = opts.maxChoices ?? 1;
  const seats = Math.max(maxChoices, 1);
  const now = new Date('2026-05-01T00:00:00.000Z');
  const b = await repo.insert({
    title: 'Demo county ballot',
    category: 'county',
    year: 2026,
    seats,
    maxChoices,
    opensAt,
    durationDays,
    closesAt: closesAtOf(opensAt, durationDays),
    showLiveCounts: true,
    now,
  });
  const n = opts.candidates ?? seats + 2;
  const candidates = await repo.insertCandidates(
    b.id,
    Array.from({ length: n }, (_, i) => ({ name: `候选 ${i + 1}`, city: '南昌市' })),
    now,
    pool,
  );
  const status = opts.status ?? 'published';
  if (status !== 'draft') await repo.setStatus(b.id, 'published', now, pool);
  if (status === 'finalized') await repo.setStatus(b.id, 'finalized', now, pool);
  return { id: b.id, candidates, opensAt, closesAt: b.closesAt };
}
