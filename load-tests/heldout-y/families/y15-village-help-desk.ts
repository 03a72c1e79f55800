import { MINUTE } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * Kangbao's villages, mostly elders whose children work away: on a morning or two the village
 * committee helps them vote for their station chief, one after another on each elder's own old
 * phone, through the committee's one broadband line; some vote again from home later in the week.
 */
export const villageHelpDesk: Family = {
  id: 'Y15',
  kind: 'legit',
  description: 'Kangbao village committees help elders vote one by one on one line each',
  seeds: [1, 2],
  ballot: { need: { target: { county: '康保县', unit: () => '康保县公安局张纪派出所所长', pull: 0.8 } } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, net } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'legit', 'village-desks', target);
    const villages = scaled(ctx.scale, rng.int(14, 22), 2);
    for (let v = 0; v < villages; v++) {
      const line = net.home(rng, '张家口');
      const elders = Array.from({ length: rng.int(40, 120) }, () => people.make(rng, { city: '张家口', life: 'elder', wifi: 0.5 }));
      const sessions = rng.int(1, 2);
      let queue = elders;
      for (let s = 0; s < sessions; s++) {
        const d = rng.int(1, Math.min(4, ballot.cal.dayCount - 1));
        let at = rhythm.clock(d, rng.uniform(8.5, 9.5));
        for (const e of queue) {
          people.cast(rng, e, at, [target.id], src(d), { ip: line, net: 'WIFI' });
          at += rng.logNormal(75_000, 0.45) + (rng.chance(0.06) ? rng.uniform(3, 12) * MINUTE : 0);
          for (let later = d + 1; later < ballot.cal.dayCount; later++) if (rng.chance(0.12)) people.cast(rng, e, rhythm.at(rng, 'elder', later), [target.id], src(later));
        }
        queue = elders.filter(() => rng.chance(0.4));
      }
    }
  },
};
