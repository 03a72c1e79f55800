import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { dayBetween, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * The candidate's county high school backs its former teacher: 120–200 teachers vote in the
 * 09:40 and 15:50 breaks over the staff-room Wi-Fi (one exit), 1,200–2,400 boarders at lunch
 * and after evening study (21:50) over the dormitory Wi-Fi (two exits), every school day.
 */
export const campusWifi: Family = {
  id: 'R13',
  kind: 'legit',
  description: 'county high school: teachers in breaks on staff Wi-Fi, boarders at lunch and 21:50 on dorm Wi-Fi',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm } = ctx;
    const target = midTable(rng, ballot, 3, 14);
    const staffRoom = net.nat(rng, target.city, 1);
    const dorms = net.nat(rng, target.city, 2);
    const teachers = Array.from({ length: scaled(ctx.scale, rng.int(120, 200), 5) }, () =>
      people.make(rng, { place: target.city, segment: 'townOffice', home: true, work: staffRoom }),
    );
    const students = Array.from({ length: scaled(ctx.scale, rng.int(1200, 2400), 20) }, () => people.make(rng, { place: target.city, segment: 'student', market: 'budget' }));
    const first = dayBetween(ctx, 0, 2);
    for (let d = first; d < rhythm.days; d++) {
      const src = surgeSource(ctx, `R13-day${d}`, target, 'R13');
      for (const t of teachers) {
        if (!rng.chance(0.8)) continue;
        const brk = rng.chance(0.6) ? rhythm.at(d, 9, 40) : rhythm.at(d, 15, 50);
        people.vote(rng, t, brk + rng.uniform(0, 15) * MINUTE, [target.id], src, { ip: staffRoom[0] });
      }
      for (const s of students) {
        if (!rng.chance(0.7)) continue;
        const slot = rng.chance(0.45) ? rhythm.at(d, 12, 5) + rng.gamma(1.5, 8 * MINUTE) : rhythm.at(d, 21, 50) + rng.gamma(1.3, 6 * MINUTE);
        people.vote(rng, s, slot, [target.id], src, { ip: rng.pick(dorms) });
      }
    }
  },
};
