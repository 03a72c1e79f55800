import { HOUR, isWeekend, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import { daySources, organicSize, scaled, type Family } from './family';

/**
 * Zhaojue's county committee circulates a notice on the first working morning: cadres, teachers,
 * doctors and the village work teams are asked to vote and to vote every day. Most do it at
 * their desks within the hour, so 80% of the first day's votes come through six exits (the
 * e-government extranet, the education metro network, the people's hospital); work teams in the
 * villages vote on 4G. Each working morning the groups remind them at ~08:40, fewer answer.
 */
export const natMobilization: Family = {
  id: 'K10',
  kind: 'legit',
  description: "Zhaojue county staff told to vote daily: thousands behind six government NAT addresses",
  seeds: [1, 2],
  ballot: { category: 'county', include: ['昭觉县'] },
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const c = placeIndex(ballot, rng, '昭觉县');
    const area = people.areaOf(c);
    const src = daySources(ctx, 'county-staff', 'legit', c);
    const exits = [net.nat(area, 3, rng), net.nat(area, 2, rng), net.nat(area, 1, rng)];
    let d0 = 1;
    while (isWeekend(rhythm.dayStart(d0) + 12 * HOUR)) d0++;
    const staff = Array.from({ length: scaled(scale, rng.int(3_000, 5_500), 30) }, () => {
      const team = rng.chance(0.15);
      return people.make(rng, { candidate: c, segment: 'town', area, life: 'yi', work: team ? null : exits[rng.weightedIndex([5, 3, 1.5])], small: team, homeShare: 0.5 });
    });
    for (let d = d0, keep = 0.88; d < rhythm.days; d++) {
      const weekend = isWeekend(rhythm.dayStart(d) + 12 * HOUR);
      const notice = rhythm.dayStart(d) + (d === d0 ? 9 * HOUR + rng.uniform(0, 40) * MINUTE : 8 * HOUR + 40 * MINUTE);
      for (const p of staff) {
        if (!rng.chance(weekend ? keep * 0.45 : keep)) continue;
        const at = weekend ? rhythm.timeOn(rng, 'yi', d) : notice + rng.gamma(1.3, (p.work ? 18 : 55) * MINUTE);
        people.vote(rng, p, at, src(d), undefined, [ballot.candidates[c].id, ...people.choices(rng, c).slice(1)]);
      }
      if (!weekend) keep *= 0.82;
    }
  },
};
