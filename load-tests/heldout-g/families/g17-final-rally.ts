import { HOUR } from '../../heldout/calendar';
import type { GCandidate } from '../model/ballot';
import { newHome } from '../model/networks';
import { typicalCrowd, type Family, type FamilyContext } from './family';
import { after, byRank, castAs, volume } from './kit';

/**
 * The last evening and morning: two or three towns in a close race throw everything in. Their
 * groups push at dinner time and again at breakfast, old fans who had stopped come back, and new
 * voters join, so the leaders' shares jump for the final twenty hours.
 */
export const finalRally: Family = {
  id: 'G17',
  kind: 'legit',
  description: 'final 20 h: two or three towns in a close race push every fan back in',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng } = ctx;
    const rivals = [byRank(ctx, 1, 10)];
    for (let n = rng.int(1, 2); n > 0; n--) rivals.push(byRank(ctx, 1, 12, rivals));
    rivals.forEach((town, i) => rally(ctx, town, i === 0 ? 1 : rng.uniform(0.3, 0.7)));
  },
};

function rally(ctx: FamilyContext, town: GCandidate, strength: number): void {
  const { rng, ledger, people, rhythm } = ctx;
  const { closesAt } = rhythm.cal;
  const from = closesAt - 20 * HOUR;
  const pushes = [from, closesAt - 14.5 * HOUR, closesAt - 3 * HOUR].map((t) => t + rng.uniform(-0.5, 0.5) * HOUR);
  const sources = new Map<number, number>();
  const sourceFor = (at: number): number => {
    const d = rhythm.dayOf(at);
    let s = sources.get(d);
    if (s === undefined) sources.set(d, (s = ledger.source({ name: `rally ${town.name} day ${d}`, kind: 'legit', candidateId: town.id, group: `rally:${town.name}` })));
    return s;
  };
  const when = (): number => {
    const t = rng.chance(0.6) ? pushes[rng.int(0, pushes.length - 1)] + after(rng, 25, 1.0) : from + rng.next() * 20 * HOUR;
    return t < closesAt ? t : NaN;
  };
  // Old fans who had stopped voting are called back; those who already voted that day are refused.
  for (const fan of ctx.crowd.fans.get(town.id) ?? []) {
    if (!rng.chance(0.55 * strength)) continue;
    const at = when();
    if (Number.isFinite(at)) castAs(ctx, sourceFor(at), fan.person, at, fan.picks);
  }
  const newcomers = volume(ctx, 1500, 5000, 10) * strength;
  for (let i = 0; i < newcomers; i++) {
    const at = when();
    if (!Number.isFinite(at)) continue;
    const p = people.person(rng, town.area, rng.pick(['general', 'elder', 'young'] as const), { home: rng.chance(0.7) ? newHome(rng, town.area) : undefined });
    castAs(ctx, sourceFor(at), p, at, [town.id]);
  }
}
