import type { Voter } from '../model/people';
import { county } from '../model/places';
import { gansuCrowd, type Family } from './family';
import { ballotDays, candidateOf, clock, legitSource, only, scaled, SECOND } from './kit';

/** Counties Lanzhou universities are paired with for rural revitalisation (定点帮扶). */
const PLACES = ['hezuo', 'xiahe', 'luqu', 'dongxiang', 'maqu', 'zhuoni'];

/**
 * A Lanzhou university backs its partner county: the party committee asks every class to vote, so
 * counsellors put the link up in the weekly class meeting and forty students vote in the same two
 * minutes from the teaching building's one CERNET exit; the evening-study classes do it from the
 * dorms' campus broadband. Many keep voting from the dorm at night. Dozens of classes over the week.
 */
export const campusClasses: Family = {
  id: 'H14',
  kind: 'legit',
  description: 'university classes vote in the same minutes behind campus NATs, dorms at night',
  seeds: [1, 2],
  ballot: (rng) => ({ require: [rng.pick(PLACES)] }),
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const c = candidateOf(ctx, PLACES);
    const campus = people.campus(rng.pick(['xbmu', 'lzu']));
    const weekdays = ballotDays(ctx, true).filter((d) => d >= 1);
    const days = weekdays.length > 0 ? weekdays : ballotDays(ctx);
    const students: Voter[] = [];
    const sources = new Map<number, number>();
    const sourceOn = (d: number) => {
      let s = sources.get(d);
      if (s === undefined) sources.set(d, (s = legitSource(ctx, `campus:day${d}`, c, 'campus')));
      return s;
    };
    const classes = scaled(ctx, rng.int(40, 80), 2);
    const votedOn = new Map<Voter, number>();
    for (let k = 0; k < classes; k++) {
      const d = rng.pick(days);
      const slot = rng.pick([14.5, 16.33, 19, 21]);
      const at = clock(ctx, d, slot) + rng.uniform(0, 5) * 60 * SECOND;
      const size = rng.int(25, 55);
      for (let i = 0; i < size; i++) {
        const hh = people.household(rng, county(rng.pick(['chengguan', 'qilihe', 'anning'])), 'city');
        const v = people.voter(rng, hh, 'youth', c.index, 'student');
        v.campus = campus;
        students.push(v);
        const t = at + rng.gamma(2, 30) * SECOND;
        const site = slot < 20 ? campus.teach : campus.dorm;
        if (rng.chance(0.85)) people.cast(rng, v, t, sourceOn(d), { ids: only(ctx, c), ip: rng.pick(site.ips), net: 'WIFI' });
        else people.cast(rng, v, t, sourceOn(d), { ids: only(ctx, c), ...people.mobile(rng, v, t) });
        votedOn.set(v, d);
      }
    }
    // Afterwards, some keep voting from the dorm before lights out.
    for (const v of students) {
      let p = 0.45;
      for (let d = (votedOn.get(v) as number) + 1; d < rhythm.days; d++, p *= 0.85) {
        if (!rng.chance(p)) continue;
        const t = clock(ctx, d, rng.uniform(21.8, 23.6));
        if (rhythm.inWindow(t)) people.cast(rng, v, t, sourceOn(d), { ids: only(ctx, c), ip: rng.pick(campus.dorm.ips), net: 'WIFI' });
      }
    }
  },
};
