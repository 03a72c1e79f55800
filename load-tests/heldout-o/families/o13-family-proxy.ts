import { MINUTE } from '../../heldout/calendar';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** After dinner a grandchild goes round the family's phones on the home Wi-Fi, voting on each elder's own account. */
export const familyProxy: Family = {
  id: 'O13',
  kind: 'legit',
  description: 'households: a relative votes on 2-6 family phones in a row on home Wi-Fi, most evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    const homes = Array.from({ length: scaled(ctx.scale, rng.int(350, 550), 4) }, () => {
      const home = net.broadband();
      return { home, phones: Array.from({ length: rng.int(2, 6) }, (_, i) => people.person(rng, { place: c.county, home, segment: i === 0 ? 'town' : 'elder' })), at: rng.int(19 * 60, 21 * 60 + 30) };
    });
    for (let d = 0; d < 7; d++) {
      const src = ledger.source({ name: `households-day${d}`, kind: 'legit', candidateId: c.id, group: 'households' });
      for (const h of homes) {
        if (!rng.chance(0.7)) continue;
        let t = rhythm.at(d, h.at + rng.int(-30, 30));
        for (const p of h.phones) {
          people.vote(rng, p, t, people.selection(rng, c.id), src, h.home);
          t += rng.uniform(0.6, 3) * MINUTE;
        }
      }
    }
  },
};
