import { MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import { newDevice, userAgent } from '../model/devices';
import { organicSize, partSource, rawVote, scaled, type Family } from './family';

/**
 * In the doctor's villages the grandparents' WeChat lives on a grandchild's or a daughter's
 * phone. After dinner, on most days, one relative in each of 150–260 households switches
 * through the family's 3–6 accounts on that one phone, a vote every 30–120 s, over the home
 * broadband.
 */
export const familyPhone: Family = {
  id: 'S13',
  kind: 'legit',
  description: '150-260 households: one phone votes the family 3-6 accounts after dinner',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 2, 10);
    const region = doctor.county.prefecture;
    const homes = Array.from({ length: scaled(ctx.scale, rng.int(150, 260), 3) }, () => ({
      phone: newDevice(rng, 'young'),
      line: people.household(rng, region),
      accounts: Array.from({ length: rng.int(3, 6) }, () => ctx.ledger.newAccount()),
      keen: rng.uniform(0.55, 0.9),
    }));
    for (let d = 0; d < rhythm.days; d++) {
      if (!rhythm.open(rhythm.clock(d, 19, 30))) continue;
      const source = partSource(ctx, 'legit', 'family-phone', doctor.id, d);
      for (const h of homes) {
        if (!rng.chance(h.keen)) continue;
        let at = rhythm.clock(d, 19, 30) + rng.gamma(2, 35 * MINUTE);
        for (const account of h.accounts) {
          const addr = h.line.address(at);
          rawVote(ctx, source, at, account, [doctor.id], addr.ip, userAgent(rng, h.phone, addr.link));
          at += rng.uniform(30, 120) * 1000;
        }
      }
    }
  },
};
