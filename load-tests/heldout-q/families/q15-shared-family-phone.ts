import { supporter } from '../model/crowd';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * Families on one phone: in 200-400 households a son or daughter votes every family member's
 * account (parents' and grandparents' WeChat are logged in on the same phone) one after another,
 * 30-120 s apart, on the home Wi-Fi after dinner, most days.
 */
export const sharedFamilyPhone: Family = {
  id: 'Q15',
  kind: 'legit',
  description: 'families: one phone votes 3-7 relatives’ accounts in turn on home Wi-Fi after dinner',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const homes = Array.from({ length: scaled(scale, rng.int(200, 400), 5) }, () => {
      const phone = supporter(rng, people, c, 'village');
      const home = phone.home ?? net.broadband(rng, 'telecom', c.city);
      const accounts = [phone.account, ...Array.from({ length: rng.int(2, 6) }, () => people.ledger.newAccount())];
      return { phone, home, accounts, habit: rng.uniform(19.5, 22) };
    });
    for (const d of daysFrom(ctx, 0, rhythm.days)) {
      const src = source(ctx, 'legit', `q15-family-${d}`, ci, 'q15-family');
      for (const h of homes) {
        if (!rng.chance(0.75)) continue;
        let t = rhythm.at(d, h.habit + rng.normal(0, 0.4));
        for (const account of h.accounts) {
          people.vote(rng, { ...h.phone, account }, t, people.selection(rng, ci), src, { ip: h.home, net: 'WIFI' });
          t += rng.uniform(30_000, 120_000);
        }
      }
    }
  },
};
