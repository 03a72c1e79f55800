import { MINUTE } from '../../heldout/calendar';
import { WECHAT_ANDROID, makePhone, modelByCode } from '../model/devices';
import { honestSource, organicSize, rankedCandidate, scaled, type Family } from './family';

/**
 * A county power-supply company issued all its staff the same Huawei phone under a managed
 * profile (one WeChat build). After the 08:45 morning meeting on working days the section chiefs
 * remind everyone; staff vote within minutes, from the office's two exits.
 */
export const issuedPhones: Family = {
  id: 'M11',
  kind: 'legit',
  description: 'power-company staff on identical issued Huawei phones, after the morning meeting',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.3, 0.8);
    const city = ballot.places[ci].city;
    const office = net.nat(rng, 'enterprise', 2);
    const model = modelByCode(rng.pick(['FOA-AL00', 'NAM-AL00']));
    const build = WECHAT_ANDROID.length - rng.int(3, 7);
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(200, 360), 10) }, () =>
      people.make(rng, { city, segment: 'office', office, phone: makePhone(rng, 'mid', { model, os: 12, wechat: build }) }),
    );
    let workdays = 0;
    for (let d = 1; d < ballot.cal.dayCount && workdays < 5; d++) {
      if (rhythm.isWeekend(rhythm.at(d, 720))) continue;
      workdays++;
      const src = honestSource(ctx, `meeting day ${d}`, ci, 'issued phones');
      const meeting = rhythm.at(d, 8 * 60 + 45 + rng.int(0, 15));
      for (const p of staff) {
        if (!rng.chance(0.85)) continue;
        const t = meeting + rng.gamma(1.5, 3 * MINUTE);
        people.vote(rng, p, t, people.selection(rng, ci, 0.9), src, rng.chance(0.9) ? { ip: rng.pick(office), net: 'WIFI' } : undefined);
      }
    }
  },
};
