import { gansuCrowd, type Family } from './family';
import { byStrength, clock, legitSource, mobilize, scaled, MINUTE } from './kit';

/**
 * The last day's scramble: two counties level at the edge of the seats (live counts are on the
 * page) both mobilise on the final full day and the closing morning — their supporters who voted
 * earlier in the week are called back, new ones recruited — in pushes at 8:40, noon, 18:30 and
 * 21:00 and a last call two hours before the close.
 */
export const finalRally: Family = {
  id: 'H19',
  kind: 'legit',
  description: 'two counties at the seat cut-off rally on the last day: old voters back, new ones',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const ranked = byStrength(ctx);
    const edge = Math.max(1, Math.min(ranked.length - 2, ballot.seats - 1 + rng.int(-1, 1)));
    const rivals = [ranked[edge], ranked[edge + 1]];
    const last = rhythm.dayOf(ballot.cal.closesAt - 1);
    const finalDay = clock(ctx, last, 12) < ballot.cal.closesAt ? last : last - 1;
    for (const c of rivals) {
      const group = `rally:${c.name}`;
      const at = [8.7, 12.1, 18.5, 21].map((h) => clock(ctx, finalDay, h + rng.uniform(0, 0.3)));
      const closing = ballot.cal.closesAt - 2 * 3_600_000;
      const pushes = [...at, closing].filter((t) => rhythm.inWindow(t) && t > ballot.cal.opensAt + 24 * 3_600_000);
      const sources = pushes.map((t, i) => legitSource(ctx, `${group}:${i}`, c, group));
      // Old supporters called back.
      for (const v of ctx.crowd.voters[c.index]) {
        if (!rng.chance(0.5)) continue;
        const i = rng.int(0, pushes.length - 1);
        const t = rhythm.whenSeen(rng, v.life, pushes[i] + rng.logNormal(20, 1) * MINUTE, v.hh.shiftMin);
        if (rhythm.inWindow(t)) people.cast(rng, v, t, sources[i]);
      }
      mobilize(
        ctx,
        rng,
        c,
        pushes.map((t, i) => ({ at: t, share: 1, medianMin: 20, source: sources[i] })),
        scaled(ctx, rng.int(1500, 4000), 20),
      );
    }
  },
};
