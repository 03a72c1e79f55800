import { MINUTE, HOUR } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * The story of a Zhuozhou officer who carried the elderly out of the 2023 flood is forwarded one
 * evening: seed groups, then forwards of forwards through Baoding, Beijing and the rest of the
 * country; a quarter of voters come back the next day.
 */
export const viralForward: Family = {
  id: 'Y12',
  kind: 'legit',
  description: 'viral forward of a Zhuozhou flood-rescue story: 7k-11k voters in an evening',
  seeds: [1, 2],
  ballot: { need: { target: { county: '涿州市', unit: () => '涿州市公安局码头派出所', pull: 0.9 } } },
  organicVotes: (rng) => organicSize(rng, 30_000, 36_000),
  build(ctx) {
    const { rng, rhythm, ballot, people } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'legit', 'flood-story', target);
    const d = rng.int(2, Math.min(4, ballot.cal.dayCount - 2));
    const cap = scaled(ctx.scale, rng.int(7000, 11000), 30);
    const queue = Array.from({ length: rng.int(5, 10) }, () => rhythm.clock(d, 19.3) + rng.uniform(0, 40) * MINUTE);
    let made = 0;
    while (queue.length && made < cap) {
      const t = queue.shift() ?? 0;
      const size = Math.min(cap - made, Math.round(rng.logNormal(60 * Math.max(0.05, ctx.scale) + 5, 0.9)));
      for (let i = 0; i < size; i++) {
        const where = rng.weightedIndex([30, 25, 20, 25]);
        const p = people.make(rng, where === 0 ? { city: '保定', life: 'town' } : where === 1 ? { city: '保定', life: 'office', away: 'beijing' } : where === 2 ? { city: rng.pick(['石家庄', '廊坊', '唐山', '沧州']), life: 'office' } : { city: '石家庄', life: 'town', away: rng.pick(['henan', 'shandong', 'tianjin', 'guangdong', 'jiangsu', 'sichuan']) });
        const at = t + rng.gamma(1.2, 18 * MINUTE);
        people.cast(rng, p, at, people.selection(rng, target.id, 0.15), src(d));
        made++;
        if (rng.chance(0.25)) people.cast(rng, p, rhythm.at(rng, 'office', d + 1), [target.id], src(d + 1));
        if (rng.chance(0.08) && at < rhythm.clock(d, 23.5)) queue.push(at + rng.uniform(2, 30) * MINUTE);
      }
      if (!queue.length && made < cap) queue.push(rhythm.clock(d, 20) + rng.uniform(0, 3) * HOUR);
    }
  },
};
