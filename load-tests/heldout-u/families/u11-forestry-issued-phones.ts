import { MINUTE, isWeekend } from '../../heldout/calendar';
import { prefectureOf } from '../model/ballot';
import { issuedModel } from '../model/devices';
import { featured, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U11, a forestry bureau's issued phones: the teacher taught at the bureau's old school, and the
 * bureau backs her. Its 180–320 staff — rangers, fire-watch, office — carry the phone the bureau
 * issued for its patrol app (one model, one managed WeChat build). They vote in the minutes after
 * the 08:00 morning meeting on working days, almost all over the office's two exits; a few later
 * on mobile data, a few at weekends from home.
 */
export const forestryIssuedPhones: Family = {
  id: 'U11',
  kind: 'legit',
  description: 'forestry bureau staff on one issued phone model, votes after 08:00 meeting',
  seeds: [1, 2],
  ballot: { include: { tag: 'forest' } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, net, scale } = ctx;
    const teacher = featured(ctx);
    const region = prefectureOf(teacher);
    const [code, wx] = rng.pick([['ALI-AN00', '8.0.58'], ['CTR-AL00', '8.0.56'], ['VNE-AN00', '8.0.54']] as const);
    const issue = issuedModel(rng, code, wx);
    const exits = net.natExits(`forestry:${teacher.county}`, region, 2);
    const work = { exits, from: 7 * 60 + 30, to: 17 * 60, weekends: false, p: 0.92 };
    const staff = Array.from({ length: scaled(scale, rng.int(180, 320), 8) }, () =>
      people.make(rng, { life: 'teacher', segment: 'rural', region, work, device: issue(rng), home: 0.5, carrier: rng.chance(0.7) ? 'mobile' : 'unicom' }),
    );
    const source = sourcesPer(ctx, { name: 'forestry', kind: 'legit', teacher });
    for (let d = 0; d < rhythm.days; d++) {
      const noon = rhythm.at(d, 12 * 60);
      const weekend = isWeekend(noon);
      const meeting = rhythm.at(d, 8 * 60 + rng.uniform(0, 15));
      for (const p of staff) {
        let t: number;
        if (weekend) {
          if (!rng.chance(0.25)) continue;
          t = people.around(rng, d, p.habit, 30);
        } else {
          if (!rng.chance(0.85)) continue;
          t = rng.chance(0.88) ? meeting + (2 + rng.gamma(1.5, 3)) * MINUTE : rhythm.at(d, 13 * 60 + 30) + rng.gamma(1.5, 20) * MINUTE;
        }
        if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt || rhythm.dayOf(t) !== d) continue;
        people.vote(rng, p, t, people.choices(rng, teacher), source(d));
      }
    }
  },
};
