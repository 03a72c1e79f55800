import { MINUTE } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * Construction camps in Xiong'an: workers from Henan, Shandong and Sichuan whose unpaid wages a
 * Rongcheng officer recovered vote for him at lunch and in the dorms at night, behind the camps'
 * three Wi-Fi exits, on old and budget phones, after their foremen post in the crew groups.
 */
export const xionganCamp: Family = {
  id: 'Y17',
  kind: 'legit',
  description: "Xiong'an construction camps: 2.5k-4k workers behind 3 camp Wi-Fi exits",
  seeds: [1, 2],
  ballot: { need: { target: { county: '容城县', unit: () => '雄安新区公安局容城分局南张派出所', pull: 0.9 } } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, net } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'legit', 'camps', target);
    const camps = [net.nat(rng, 1), net.nat(rng, 1), net.nat(rng, 1)];
    const n = scaled(ctx.scale, rng.int(2500, 4000), 12);
    const crews = Array.from({ length: Math.max(1, Math.round(n / 40)) }, () => ({ lunch: 12 + rng.uniform(0, 0.3), night: 19 + rng.uniform(0, 2.2) }));
    for (let i = 0; i < n; i++) {
      const camp = camps[rng.weightedIndex([50, 30, 20])];
      const p = people.make(rng, { city: '保定', life: 'shift', segment: rng.chance(0.5) ? 'elder' : 'budget', nat: camp });
      const crew = rng.pick(crews);
      const keen = rng.uniform(0.35, 0.8);
      for (let d = rng.int(0, 2); d < ballot.cal.dayCount; d++) {
        if (!rng.chance(keen)) continue;
        const at = rhythm.clock(d, rng.chance(0.45) ? crew.lunch : crew.night) + rng.gamma(1.2, 12 * MINUTE);
        people.cast(rng, p, at, [target.id], src(d), rng.chance(0.75) ? { ip: camp[0], net: 'WIFI' } : undefined);
      }
    }
  },
};
