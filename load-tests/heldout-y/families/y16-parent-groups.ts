import { MINUTE } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * A Handan community officer is the "vice principal for rule of law" at 20–30 schools: every
 * afternoon at pick-up and every evening at homework time, class teachers post the vote in their
 * parents' groups, and parents answer in waves within half an hour, day after day.
 */
export const parentGroups: Family = {
  id: 'Y16',
  kind: 'legit',
  description: "parents' class groups answer teachers' posts in daily 16:30 and 20:30 waves",
  seeds: [1, 2],
  ballot: { need: { target: { county: '丛台区', unit: () => '邯郸市公安局丛台分局光明桥派出所', pull: 0.9 } } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'legit', 'parent-groups', target);
    const classes = scaled(ctx.scale, rng.int(60, 90), 3);
    for (let c = 0; c < classes; c++) {
      const parents = Array.from({ length: rng.int(35, 50) }, () => people.make(rng, { city: '邯郸', life: rng.chance(0.7) ? 'office' : 'town', wifi: 0.65 }));
      const afternoon = 16.3 + rng.uniform(0, 1.2);
      const evening = 20.2 + rng.uniform(0, 0.8);
      const keen = parents.map(() => rng.uniform(0.3, 0.85));
      for (let d = 1; d < ballot.cal.dayCount; d++) {
        const post = rhythm.clock(d, rng.chance(0.5) ? afternoon : evening) + rng.uniform(-5, 5) * MINUTE;
        parents.forEach((p, i) => {
          if (rng.chance(keen[i] * (1 - 0.05 * d))) people.cast(rng, p, post + rng.gamma(1.1, 9 * MINUTE), people.selection(rng, target.id, 0.2), src(d));
        });
      }
    }
  },
};
