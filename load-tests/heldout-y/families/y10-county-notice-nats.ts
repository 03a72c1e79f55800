import { MINUTE } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * Dingzhou's government office forwards the vote to every unit on the first working morning:
 * civil servants, teachers and hospital staff vote from their desks, behind the e-government
 * extranet (3 addresses), the education network (2) and the two hospitals (1 each); a morning
 * reminder follows each day and fewer answer it.
 */
export const countyNoticeNats: Family = {
  id: 'Y10',
  kind: 'legit',
  description: "Dingzhou's notice: 4k-6k staff vote from desks behind 7 NAT addresses",
  seeds: [1, 2],
  ballot: { need: { target: { county: '定州市', unit: () => '定州市公安局开元派出所', pull: 1.0 } } },
  organicVotes: (rng) => organicSize(rng, 30_000, 36_000),
  build(ctx) {
    const { rng, rhythm, ballot, people, net } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'legit', 'dingzhou-notice', target);
    const exits = [net.nat(rng, 3), net.nat(rng, 2), net.nat(rng, 1), net.nat(rng, 1)];
    const n = scaled(ctx.scale, rng.int(4000, 6000), 20);
    const d0 = ballot.pushHour <= 9 ? 0 : 1;
    for (let i = 0; i < n; i++) {
      const unit = rng.weightedIndex([45, 35, 12, 8]);
      const p = people.make(rng, { city: '保定', life: 'office', nat: exits[unit] });
      const desk = () => (rng.chance(0.82) ? { ip: rng.pick(exits[unit]), net: 'WIFI' as const } : undefined);
      if (rng.chance(0.8)) people.cast(rng, p, rhythm.clock(d0, 9.15) + rng.gamma(1.4, 35 * MINUTE), [target.id], src(d0), desk());
      for (let d = d0 + 1; d < ballot.cal.dayCount; d++) {
        if (rng.chance(0.55 - 0.06 * (d - d0))) people.cast(rng, p, rhythm.clock(d, 8.5) + rng.gamma(1.2, 40 * MINUTE), [target.id], src(d), desk());
      }
    }
  },
};
