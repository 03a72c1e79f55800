import { MINUTE } from '../../heldout/calendar';
import { isWeekend } from '../../heldout/calendar';
import { supporter } from '../model/crowd';
import { makeDevice, modelByCode } from '../model/devices';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * An employer's staff with identical phones: the prefecture's tobacco company issued every
 * employee the same Huawei model with the same managed WeChat build. 200-380 of them vote for
 * their home township within minutes of the 08:45 morning meeting on working days, from the
 * office's two exits.
 */
export const issuedPhones: Family = {
  id: 'Q11',
  kind: 'legit',
  description: "tobacco company's 200-380 staff on one issued Huawei model vote after the morning meeting, office Wi-Fi",
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const model = modelByCode(rng.pick(['CTR-AL00', 'FOA-AL00']));
    const office = net.nat(rng, 2);
    const staff = Array.from({ length: scaled(scale, rng.int(200, 380), 10) }, () => {
      const p = supporter(rng, people, c, 'city');
      p.device = makeDevice(rng, 'city', model, 'zh_CN', 2);
      return p;
    });
    for (const d of daysFrom(ctx, 1, rhythm.days - 1)) {
      const meeting = rhythm.at(d, 8.75 + rng.uniform(-0.05, 0.1));
      if (isWeekend(meeting)) continue;
      const src = source(ctx, 'legit', `q11-staff-${d}`, ci, 'q11-staff');
      for (const p of staff) {
        if (!rng.chance(0.85)) continue;
        const at = meeting + 20 * MINUTE + rng.gamma(1.5, 4 * MINUTE);
        people.vote(rng, p, at, people.selection(rng, ci), src, rng.chance(0.9) ? { ip: rng.pick(office), net: 'WIFI' } : undefined);
      }
    }
  },
};
