import { MINUTE, isWeekend } from '../../heldout/calendar';
import { prefectureOf } from '../model/ballot';
import type { Person, Workplace } from '../model/people';
import { featured, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U10, a county pushes through its institutions: the county government's notice goes out at
 * 08:40 one weekday to every department, school and the state farm. Thousands of civil servants,
 * teachers, hospital staff and farm employees vote at their desks — behind six NAT exits (the
 * e-government extranet's two, the county education network's two, the People's Hospital's one,
 * the farm headquarters' one) — many in the first hour, more after the 14:00 follow-up, the rest
 * in the evening at home. Each working morning the reminder goes round again, with less effect.
 */
export const countyNatPush: Family = {
  id: 'U10',
  kind: 'legit',
  description: 'county govt/education/hospital/state farm push behind 6 NAT exits',
  seeds: [1, 2],
  ballot: { include: { counties: ['海伦市', '讷河市', '五常市', '肇东市', '安达市', '富锦市', '密山市', '北安市', '嫩江市', '克山县'] } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, net, scale } = ctx;
    const teacher = featured(ctx);
    const region = prefectureOf(teacher);
    const county = teacher.county;
    let day = 1;
    while (isWeekend(rhythm.at(day, 12 * 60)) && day < 3) day++;
    const sites: Array<[string[], number]> = [
      [net.natExits(`egov:${county}`, region, 2), 0.35],
      [net.natExits(`edu:${county}`, region, 2), 0.35],
      [net.natExits(`hospital:${county}`, region, 1), 0.12],
      [net.natExits(`farm:${county}`, region, 1), 0.18],
    ];
    const source = sourcesPer(ctx, { name: 'county-push', kind: 'legit', teacher });
    const size = scaled(scale, rng.int(3200, 5600), 20);
    const staff: Person[] = [];
    const push = rhythm.at(day, 8 * 60 + 40 + rng.normal(0, 5));
    for (let i = 0; i < size; i++) {
      const [exits] = sites[rng.weightedIndex(sites.map((s) => s[1]))];
      const work: Workplace = { exits, from: 8 * 60, to: 17 * 60 + 30, weekends: false, p: 0.85 };
      const p = people.make(rng, { life: 'teacher', segment: rng.chance(0.4) ? 'urban' : 'rural', region, work, home: 0.6 });
      staff.push(p);
      const r = rng.next();
      let t: number;
      if (r < 0.62) t = rhythm.pickUp(rng, 'teacher', push + rng.logNormal(15, 0.7) * MINUTE + rng.gamma(1.3, 18) * MINUTE);
      else if (r < 0.8) t = rhythm.at(day, 14 * 60) + rng.gamma(1.3, 20) * MINUTE;
      else t = rhythm.inDay(rng, 'parent', day, 17 * 60 + 30);
      if (rhythm.dayOf(t) === day) people.vote(rng, p, t, people.choices(rng, teacher), source(day));
    }
    const answer = [0.4, 0.3, 0.22, 0.18, 0.15, 0.12];
    for (let d = day + 1, k = 0; d < rhythm.days; d++) {
      const weekend = isWeekend(rhythm.at(d, 12 * 60));
      const reminder = rhythm.at(d, 8 * 60 + 30 + rng.normal(0, 8));
      const pAnswer = weekend ? 0.1 : answer[Math.min(k++, answer.length - 1)];
      for (const p of staff) {
        if (!rng.chance(pAnswer)) continue;
        const t = weekend ? people.around(rng, d, p.habit, 30) : rhythm.pickUp(rng, 'teacher', reminder + rng.gamma(1.3, 25) * MINUTE);
        if (t < ballot.cal.closesAt && rhythm.dayOf(t) === d) people.vote(rng, p, t, people.choices(rng, teacher), source(d));
      }
    }
  },
};
