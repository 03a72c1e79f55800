import { MINUTE } from '../../heldout/calendar';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** On market days (圩日) volunteers at a booth help elderly villagers vote on their own phones over the booth's 4G router Wi-Fi. */
export const marketDay: Family = {
  id: 'O17',
  kind: 'legit',
  description: 'township market-day booth: volunteers help elders vote on own phones, one router, 20-90 s apart',
  seeds: [1, 2],
  ballot: { category: 'township' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    const router = net.mobile(rng, 'jiangxi', c.county, 'mobile');
    for (let d = rng.int(0, 2); d < 7; d += 3) {
      const src = ledger.source({ name: `market-day${d}`, kind: 'legit', candidateId: c.id, group: 'market' });
      const n = scaled(ctx.scale, rng.int(150, 320), 3);
      const volunteers = rng.int(2, 4);
      for (let v = 0; v < volunteers; v++) {
        let t = rhythm.at(d, 7 * 60 + rng.int(0, 30));
        for (let i = 0; i < n / volunteers; i++) {
          t += rng.uniform(20, 90) * 1000 + (rng.chance(0.1) ? rng.uniform(3, 12) * MINUTE : 0);
          const p = people.person(rng, { place: c.county, segment: 'elder', homeShare: 0.3 });
          people.vote(rng, p, t, people.selection(rng, c.id), src, rng.chance(0.85) ? router : undefined);
        }
      }
    }
  },
};
