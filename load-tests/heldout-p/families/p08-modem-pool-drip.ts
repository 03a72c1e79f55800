import { makePhone, pickModel, phoneUa } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * P8, slow round-the-clock drip from a modem pool: a weak candidate's backer pays for a week-long
 * "low and slow" service. A rack of SIM modems (猫池) in the candidate's own city redials for a new
 * China Mobile CGNAT address per vote; each vote is a freshly registered account that never votes
 * again, with a UA from a list of 25 strings captured from real phones; a cron sends 30–45% of the
 * candidate's organic daily volume spread evenly over all 24 hours, every day of the vote.
 */
export const modemPoolDrip: Family = {
  id: 'P8',
  kind: 'attack',
  description: 'slow drip all week: modem pool in own city, fresh accounts, 25 UAs, even over 24 h',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, net, rhythm } = ctx;
    const target = crowd.atRank(rng, 0.55, 1);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const uas = Array.from({ length: 25 }, () => phoneUa(makePhone(rng, pickModel(rng, 'town')), rng.chance(0.5) ? '4G' : '5G'));
    const perDay = Math.max(scaled(ctx.scale, 60, 4), Math.round(crowd.daily(target) * rng.uniform(0.3, 0.45)));
    for (let d = 0; d < ballot.cal.dayCount; d++) {
      const src = ledger.source({ name: `P8 drip day ${d}`, kind: 'attack', candidateId: cid, group: 'P8 modem-pool drip' });
      const start = rhythm.dayStart(d);
      const n = rng.poisson(perDay);
      for (let i = 0; i < n; i++) {
        ledger.add({ at: start + rng.next() * 86_400_000, accountId: ledger.newAccount(), candidateIds: [cid], ip: net.mobile(rng, city, 'mobile'), userAgent: rng.pick(uas), source: src });
      }
    }
  },
};
