import { midTable } from '../model/ballot';
import { makeDevice } from '../model/devices';
import { organicSize, scaled, surgeSource, type Family } from './family';

/**
 * Relatives voting on one phone: in 200–400 households of the candidate's county, a grown child
 * switches between three to seven family members' WeChat accounts on their own phone over the
 * home Wi-Fi after dinner (19:30–21:30), 30–120 s apart, on most evenings.
 */
export const familyPhone: Family = {
  id: 'R14',
  kind: 'legit',
  description: '200-400 households: one relative votes 3-7 family accounts on one phone over home Wi-Fi, evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm } = ctx;
    const target = midTable(rng, ballot, 3, 14);
    const homes = Array.from({ length: scaled(ctx.scale, rng.int(200, 400), 4) }, () => {
      const device = makeDevice(rng, 'town');
      const line = net.broadband(rng, target.city);
      const members = Array.from({ length: rng.int(3, 7) }, () => people.make(rng, { place: target.city, segment: 'village', device, home: line }));
      return { line, members, keen: rng.uniform(0.5, 0.9) };
    });
    for (let d = 0; d < rhythm.days; d++) {
      const src = surgeSource(ctx, `R14-day${d}`, target, 'R14');
      for (const h of homes) {
        if (!rng.chance(h.keen)) continue;
        let at = rhythm.between(rng, d, 19.5, 21.5);
        for (const m of h.members) {
          people.vote(rng, m, at, [target.id], src, { ip: h.line });
          at += rng.uniform(30_000, 120_000);
        }
      }
    }
  },
};
