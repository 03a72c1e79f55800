import { makePhone, modelByCode } from '../model/devices';
import { at, organicSize, scaled, type Family } from './family';

/**
 * P11, staff on one issued phone model (honest): a provincial tobacco company's branch issued all
 * 180–350 staff the same Huawei model with the same managed WeChat build. After the 09:00
 * morning meeting on each working day they vote within minutes, 90% through the office's two
 * exits.
 */
export const issuedPhones: Family = {
  id: 'P11',
  kind: 'legit',
  description: 'employer staff on one issued phone model vote after the 09:00 meeting from office NAT',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people, net } = ctx;
    const target = crowd.atRank(rng, 0.2, 0.7);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const office = net.natExits(2);
    const model = modelByCode(rng.pick(['CTR-AL00', 'FOA-AL00']));
    const build = rng.int(6, 8);
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(180, 350), 8) }, () =>
      people.make(rng, { segment: 'city', city, candidate: target, phone: makePhone(rng, model, build) }),
    );
    for (let d = 1; d <= ballot.cal.dayCount - 2; d++) {
      const meeting = at(ctx, d, 9 + rng.uniform(0.2, 0.6));
      const weekday = new Date(meeting + 8 * 3_600_000).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const src = ledger.source({ name: `P11 meeting day ${d}`, kind: 'legit', candidateId: cid, group: 'P11 issued phones' });
      for (const p of staff) {
        if (!rng.chance(0.88)) continue;
        const t = meeting + rng.gamma(1.5, 4 * 60_000);
        if (rng.chance(0.9)) people.voteFrom(p, t, rng.pick(office), 'WIFI', src);
        else people.vote(rng, p, t, src);
      }
    }
  },
};
