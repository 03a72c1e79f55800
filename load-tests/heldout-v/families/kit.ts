/**
 * Small helpers the families share: one labelled source per day (so each label window is one
 * day's activity), a copied UA string as a script sends it, and a moment inside a Shanghai hour.
 */
import type { Rng } from '../../heldout/prng';
import type { Courier } from '../model/ballot';
import { drawDevice, userAgent, type Mix, type NetType } from '../model/devices';
import type { FamilyContext } from './family';

/** Sources `<name>-d<k>` of one group, created on first use, one per ballot day. */
export function daySources(ctx: FamilyContext, name: string, kind: 'attack' | 'legit' | 'organic', candidate: Courier | undefined, group = name): (d: number) => number {
  const made = new Map<number, number>();
  return (d: number) => {
    let s = made.get(d);
    if (s === undefined) {
      s = ctx.ledger.source({ name: `${name}-d${d + 1}`, kind, candidateId: candidate?.id, group: kind === 'organic' ? undefined : group });
      made.set(d, s);
    }
    return s;
  };
}

/** A full WeChat UA string lifted from a real phone of `mix`: what a script replays verbatim. */
export function copiedUa(rng: Rng, ctx: FamilyContext, mix: Mix, net: NetType = 'WIFI'): string {
  return userAgent(drawDevice(rng, mix, { month: ctx.ballot.month }), net);
}

/** Candidates by popularity, most popular first. */
export function byRank(ctx: FamilyContext): Courier[] {
  return [...ctx.ballot.candidates].sort((a, b) => a.rank - b.rank);
}

/** Jitter of ±`spread` (a fraction) around `value`. */
export function jitter(rng: Rng, value: number, spread: number): number {
  return value * (1 + rng.uniform(-spread, spread));
}
