import type { Rng } from '../../heldout/prng';
import { seen, type Person } from '../model/crowd';
import type { FamilyContext } from './family';

/** Small helpers the families share: sources, targets and casting a vote. */

/** A candidate index from the organic ranking between two rank fractions (0 = most popular). */
export function target(ctx: FamilyContext, from: number, to: number): number {
  const { ranked } = ctx.crowd;
  const lo = Math.floor(from * ranked.length);
  const hi = Math.max(lo, Math.min(ranked.length - 1, Math.floor(to * ranked.length)));
  return ranked[ctx.rng.int(lo, hi)];
}

export function idOf(ctx: FamilyContext, index: number): string {
  return ctx.ballot.candidates[index].id;
}

export function source(ctx: FamilyContext, kind: 'attack' | 'legit', name: string, candidate: number, group = name): number {
  return ctx.ledger.source({ name, kind, candidateId: idOf(ctx, candidate), group });
}

/** A real person's vote: their phone, and the network they are on at that moment. */
export function castAs(ctx: FamilyContext, rng: Rng, src: number, p: Person, at: number, candidateIds: readonly string[]): void {
  if (!Number.isFinite(at)) return;
  const { ip, userAgent } = seen(rng, ctx, p, at);
  ctx.ledger.add({ at, accountId: p.account, candidateIds, ip, userAgent, source: src });
}

/** A vote with a fixed address and user agent (a script, a rack, a farm phone). */
export function cast(ctx: FamilyContext, src: number, accountId: string, at: number, candidateIds: readonly string[], ip: string, userAgent: string): void {
  if (Number.isFinite(at)) ctx.ledger.add({ at, accountId, candidateIds, ip, userAgent, source: src });
}
