import { makeDevice, modelByCode, userAgent } from '../model/devices';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * A group-control rig (群控): 30-45 budget phones on one desk, driven by one PC, each logged in
 * to three accounts in turn. Once a day, at a different hour each day, the operator starts the
 * run: every phone votes its three accounts 25-35 s apart, all phones together, so the same
 * ~100 accounts vote for the same candidate within two or three minutes, day after day.
 */
export const lockstepRig: Family = {
  id: 'Q3',
  kind: 'attack',
  description: 'group-control rig: 30-45 phones x 3 accounts vote together once a day at a new hour, 5-6 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, ledger, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const lines = [net.broadband(rng, 'telecom', c.city), net.broadband(rng, 'mobile', c.city)];
    const models = [modelByCode('22120RN86C'), modelByCode('V2166BA')];
    const phones = Array.from({ length: scaled(scale, rng.int(30, 45), 4) }, (_, i) => {
      const device = makeDevice(rng, 'budget', models[i % 2], 'zh_CN', 4);
      return { ua: userAgent(device, 'WIFI'), line: lines[i % 2], accounts: [ledger.newAccount(), ledger.newAccount(), ledger.newAccount()] };
    });
    const hours = rng.shuffle([9.5, 11, 13.5, 15, 17, 19.5, 21, 22.5]);
    for (const [k, d] of daysFrom(ctx, rng.int(0, 1), rng.int(5, 6)).entries()) {
      const src = source(ctx, 'attack', `q3-rig-day${d}`, ci, 'q3-rig');
      const start = rhythm.at(d, hours[k % hours.length] + rng.uniform(0, 0.8));
      for (const phone of phones) {
        if (rng.chance(0.04)) continue; // a phone that dropped off Wi-Fi or froze
        let t = start + rng.uniform(0, 4000);
        for (const account of phone.accounts) {
          ledger.add({ at: t, accountId: account, candidateIds: [c.id], ip: phone.line, userAgent: phone.ua, source: src });
          t += rng.uniform(25_000, 35_000);
        }
      }
    }
  },
};
