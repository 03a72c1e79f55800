import { at } from '../model/ballot';
import { oldPhone, phoneFor } from '../model/devices';
import { type Person } from '../model/people';
import { candidateIn, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * Herder families of an Abag Banner sumu have no signal at the winter pasture: when someone rides
 * or drives to the sumu centre (shopping, the clinic, school pick-up) the family votes together,
 * every account on the one or two phones it has, a minute or so apart, through the sumu base
 * station's two or three addresses. Many families arrive on the same mornings.
 */
export const herderBatches: Family = {
  id: 'Z13',
  kind: 'legit',
  description: 'herder families voting 2-5 accounts on 1-2 phones in a batch when they reach the sumu centre',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, scale } = ctx;
    const c = candidateIn(ctx, ['xilingol', 'hulunbuir', 'alxa'], 0.5);
    const families = Array.from({ length: scaled(scale, rng.int(320, 520), 6) }, () => {
      const sumu = rng.int(0, 2);
      const phones = Array.from({ length: rng.chance(0.55) ? 1 : 2 }, () => (rng.chance(0.3) ? oldPhone(rng) : phoneFor(rng, 'rural')));
      const members: Person[] = Array.from({ length: rng.int(2, 5) }, (_, i) => people.make(rng, { league: c.league, life: 'herder', unit: sumu, device: phones[i % phones.length], home: null }));
      return { members, trips: rng.uniform(0.3, 0.55) };
    });
    for (let d = 0; d < ballot.cal.dayCount; d++) {
      const src = surgeSource(ctx, `z13-batches-d${d}`, c, 'z13-batches');
      for (const f of families) {
        if (!rng.chance(f.trips)) continue;
        // The sumu centre's busy hours: late morning, and the evening school bus.
        const arrive = at(ballot.cal, d, rng.chance(0.65) ? rng.uniform(9.5, 12.5) : rng.uniform(16.5, 19));
        let t = arrive + rng.uniform(0, 20) * 60_000;
        const wire = { ip: rng.pick(ctx.net.sumu(c.league, f.members[0].unit)), net: '4G' as const };
        for (const p of f.members) {
          people.vote(rng, p, t, c, src, rng.chance(0.85) ? wire : undefined);
          t += rng.uniform(25_000, 110_000);
        }
      }
    }
  },
};
