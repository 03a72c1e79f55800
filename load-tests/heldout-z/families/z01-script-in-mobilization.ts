import { at } from '../model/ballot';
import { androidDevice, ua } from '../model/devices';
import { after, MIN } from '../model/people';
import { attackSource, candidateIn, fullDays, organicSize, raw, scaled, surgeSource, type Family } from './family';

/**
 * A banner's media centre and the gacha chiefs push the vote one morning: thousands of real
 * herders, townsfolk and staff vote for their ranger over the next hours. The vendor the ranger's
 * station hired rides the surge: fresh accounts, one or two UA strings, two cloud /24s in the
 * Ulanqab data centres (Inner Mongolian addresses, so "local"), one vote every ~10 s.
 */
export const scriptInMobilization: Family = {
  id: 'Z1',
  kind: 'attack',
  description: 'script from two Ulanqab cloud /24s, 1-2 UAs, inside a real banner mobilization for the same ranger',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng, 29_000, 36_000),
  build(ctx) {
    const { rng, people, ballot, net, scale } = ctx;
    const c = candidateIn(ctx, ['xilingol', 'hulunbuir'], 0.4);
    const d = fullDays(ctx)[rng.int(0, 2)];
    const push = at(ballot.cal, d, 9.2 + rng.uniform(0, 0.7));
    const real = scaled(scale, rng.int(3500, 5500), 20);
    const surge = surgeSource(ctx, `z1-mobilization-d${d}`, c, 'z1-mobilization');
    for (let i = 0; i < real; i++) {
      const life = rng.chance(0.45) ? 'herder' : rng.chance(0.55) ? 'town' : 'office';
      const p = people.make(rng, { league: c.league, life, unit: rng.int(0, 7) });
      const t = life === 'herder' && rng.chance(0.4) ? after(rng, push, 150, 1.5) : after(rng, push, 45, 1.2);
      people.vote(rng, p, t, c, surge);
    }
    const n = Math.max(3, Math.round(real * rng.uniform(0.15, 0.24)));
    const prefixes = [net.cloudPrefix(), net.cloudPrefix()];
    const spec = { model: 'V2309A', android: 14, build: 'UP1A.231005.007', fiveG: true, wechat: [49, 2600] as [number, number] };
    const uas = Array.from({ length: rng.int(1, 2) }, () => ua(androidDevice(rng, spec), '4G'));
    const script = attackSource(ctx, `z1-script-d${d}`, c, 'z1-script');
    const duration = rng.uniform(2.5, 3.5) * 60 * MIN;
    let t = push + rng.uniform(20, 50) * MIN;
    const gap = duration / n;
    for (let i = 0; i < n; i++) {
      t += gap * rng.uniform(0.75, 1.25);
      raw(ctx, t, ctx.ledger.newAccount(), [c.id], `${rng.pick(prefixes)}.${rng.int(2, 250)}`, rng.pick(uas), script);
    }
  },
};
