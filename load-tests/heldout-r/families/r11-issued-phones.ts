import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { makeDevice } from '../model/devices';
import { dayBetween, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * A county power-supply company's staff, all carrying the same issued Huawei phone on the same
 * managed WeChat build (their user agents differ only in the install id), vote for the teacher
 * from the office's two exits within minutes of the 08:30 morning meeting on every working day.
 */
export const issuedPhones: Family = {
  id: 'R11',
  kind: 'legit',
  description: 'power-company staff of 180-350 on one issued phone model voting from the office after the 08:30 meeting',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm } = ctx;
    const target = midTable(rng, ballot, 4, 16);
    const office = net.nat(rng, target.city, 2);
    const model = rng.pick(['CTR-AL00', 'JAD-AL50', 'NOH-AN00']);
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(180, 350), 8) }, () =>
      people.make(rng, { place: target.city, segment: 'townOffice', device: makeDevice(rng, 'mid', { model, wechat: 6 }), work: office, home: rng.chance(0.6) }),
    );
    const first = dayBetween(ctx, 0, 1);
    for (let d = first; d < rhythm.days; d++) {
      const meeting = rhythm.at(d, 8, 30);
      const wd = new Date(meeting + 8 * 3600_000).getUTCDay();
      if (wd === 0 || wd === 6) continue;
      const src = surgeSource(ctx, `R11-day${d}`, target, 'R11');
      const end = meeting + rng.uniform(15, 25) * MINUTE;
      for (const p of staff) {
        if (!rng.chance(0.85)) continue;
        const at = rng.chance(0.8) ? end + rng.gamma(1.4, 4 * MINUTE) : rhythm.sample(rng, 'townOffice', d);
        people.vote(rng, p, at, [target.id], src, rng.chance(0.9) ? { ip: rng.pick(office) } : undefined);
      }
    }
  },
};
