import { HOUR, MINUTE } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * A close race: in the last twenty hours Weichang's villages and their natives in Chengde, Beijing
 * and Tianjin rally for their station chief, most of them voting for the first time; posts at
 * breakfast and after dinner, and a rush toward the close.
 */
export const finalRally: Family = {
  id: 'Y18',
  kind: 'legit',
  description: 'final-day rally for a Weichang chief: 3k-5k mostly first-time voters',
  seeds: [1, 2],
  ballot: { need: { target: { county: '围场满族蒙古族自治县', unit: () => '围场县公安局御道口派出所所长', pull: 1.0 } } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people } = ctx;
    const target = ballot.byKey.target;
    const { closesAt } = ballot.cal;
    const src = windows(ctx, 'legit', 'final-rally', target);
    const n = scaled(ctx.scale, rng.int(3000, 5000), 12);
    const posts = Array.from({ length: rng.int(5, 9) }, () => closesAt - rng.uniform(0.5, 20) * HOUR);
    for (let i = 0; i < n; i++) {
      const away = rng.chance(0.3) ? rng.pick(['beijing', 'tianjin', 'beijing', 'neimenggu']) : null;
      const p = people.make(rng, { city: '承德', life: rng.chance(0.45) ? 'elder' : 'town', away });
      let at = rng.chance(0.65) ? rng.pick(posts) + rng.gamma(1.2, 20 * MINUTE) : closesAt - 20 * HOUR * Math.pow(rng.next(), 0.6);
      const hour = ((at + 8 * HOUR) % (24 * HOUR)) / HOUR;
      if (hour > 0.5 && hour < 6) at += (6.5 - hour) * HOUR; // they sleep; they vote when they wake
      people.cast(rng, p, at, people.selection(rng, target.id, 0.2), src(Math.floor((at - rhythm.dayStart(0)) / (24 * HOUR))));
    }
  },
};
