import { HOUR, MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import { hourlyRate } from '../model/crowd';
import type { Person } from '../model/people';
import { organicSize, type Family } from './family';

/**
 * Chang'an, Dongguan: a town of electronics plants running round the clock. The night shift
 * (22:00–06:00) is a town of its own, and it backs its own town: every night the candidate gets
 * four times its daytime share, voted from the line during the 00:00 meal break and the 03:30
 * rest, on workers' own phones (every brand, mostly budget) over mobile data. Fresh accounts join
 * every night as the group forward reaches new lines; many come back the next night.
 */
export const nightShift: Family = {
  id: 'I9',
  kind: 'legit',
  description: "Dongguan night shift: 4x the candidate's daytime share every night, breaks at 00:00/03:30",
  seeds: [1, 2],
  ballot: { category: 'township', include: ['长安镇'] },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, people, rhythm, crowd }) {
    const target = candidateNamed(ballot, '长安镇');
    const perNight = hourlyRate(ballot, crowd, target) * 1.3 * 4 * 8;
    const workers: { p: Person; back: number }[] = [];
    for (let d = 0; d < rhythm.days; d++) {
      const src = ledger.source({ name: `night ${d}`, kind: 'legit', candidateId: target, group: 'night shift' });
      const start = rhythm.at(d, 22);
      if (start >= ballot.cal.closesAt) break;
      const returning = workers.filter((w) => rng.chance(w.back));
      const fresh = Math.max(0, Math.round(rng.poisson(perNight) - returning.length * 0.9));
      for (let i = 0; i < fresh; i++) {
        const p = people.make(rng, { city: '东莞市', profile: 'factory', segment: 'budget' });
        workers.push({ p, back: rng.uniform(0.3, 0.8) });
        returning.push(workers[workers.length - 1]);
      }
      for (const { p } of returning) {
        const r = rng.next();
        const at = r < 0.4 ? start + 2 * HOUR + rng.uniform(0, 50) * MINUTE : r < 0.65 ? start + 5.5 * HOUR + rng.uniform(0, 30) * MINUTE : start + rng.uniform(0, 8) * HOUR;
        const net = rng.chance(0.85) ? people.connect(rng, { ...p, homeWifi: 0 }, at) : undefined;
        people.vote(rng, p, at, selection(rng, ballot, target), src, net);
      }
    }
  },
};
