import { makePerson } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';
import { cast, idOf, source, target } from './kit';

/**
 * In a hill township most working-age people are away; grandparents hold WeChat accounts they
 * cannot really use. A grandchild home from school, or the village grid worker, signs in to each
 * elder's account in turn on one phone in the evening and votes for the home township: two to six
 * accounts a phone, a minute or two apart, same phone, same connection, most evenings of the week.
 */
export const helpersForElders: Family = {
  id: 'J13',
  kind: 'legit',
  description: 'helpers voting for 2-6 elders each on one phone, evenings, same IP, minutes apart',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, rhythm, ballot, net } = ctx;
    const main = target(ctx, 0.2, 0.7);
    const city = ballot.candidates[main].cityIndex;
    const ids = [idOf(ctx, main)];
    const helpers = Array.from({ length: scaled(ctx.scale, rng.int(220, 380), 4) }, () => {
      const self = makePerson(rng, ctx, { city, broadband: 0.6 });
      const elders = Array.from({ length: rng.int(2, 6) }, () => ctx.ledger.newAccount());
      return { self, elders, evening: rng.uniform(18.5, 21.8), keen: rng.uniform(0.4, 0.95), gridWorker: rng.chance(0.12) };
    });
    for (let d = 0; d < rhythm.dayCount; d++) {
      const src = source(ctx, 'legit', `helpers-day-${d}`, main, 'elder-helpers');
      for (const h of helpers) {
        if (!rng.chance(h.keen)) continue;
        let t = rhythm.at(d, h.evening + rng.normal(0, 0.5));
        const ip = h.self.home && rng.chance(0.7) ? h.self.home[0] : net.cell(rng, city);
        const ua = ip === h.self.home?.[0] ? h.self.device.wifi : h.self.device.cell;
        // The helper's own vote, then each elder's: switching accounts takes a minute or two.
        for (const account of [h.self.account, ...h.elders]) {
          cast(ctx, src, account, Math.floor(t), ids, ip, ua);
          t += (rng.logNormal(70, 0.5) + (h.gridWorker ? 0 : rng.exponential(30))) * 1000;
        }
      }
    }
  },
};
