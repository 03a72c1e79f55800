import { HOUR, MINUTE } from '../../heldout/calendar';
import { randomDevice, Device } from '../model/devices';
import { byRank, daySources, organicSize, scaled, type Family } from './family';

/**
 * A Chengdu studio's box of phones, each with its own data SIM, runs the client's job list once a
 * day, at a different hour each day so no hour repeats: every phone works through its five to
 * eight accounts (the same aged accounts every day), switching account every few minutes, the
 * whole batch done in under an hour.
 */
export const rotatingJobList: Family = {
  id: 'K4',
  kind: 'attack',
  description: 'phones with data SIMs run a daily batch of aged accounts at a different hour each day',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, ballot, net, rhythm, ledger, scale } = ctx;
    const c = byRank(ctx, rng.uniform(0.3, 0.6));
    const id = ballot.candidates[c].id;
    const src = daySources(ctx, 'job-list', 'attack', c);
    const phones = Array.from({ length: scaled(scale, rng.int(30, 45), 2) }, () => {
      const device = randomDevice(rng, 'town');
      const accounts = Array.from({ length: rng.int(5, 8) }, () => ({ account: ledger.newAccount(), device: Device.clone(device, rng) }));
      return { accounts, carrier: rng.pick(['mobile', 'telecom', 'unicom'] as const) };
    });
    const hours = rng.shuffle([7, 8, 10, 11, 13, 14, 15, 16, 18, 20, 21, 22]);
    for (let d = 1; d < rhythm.days - 1; d++) {
      const start = rhythm.dayStart(d) + hours[d] * HOUR + rng.uniform(0, 50) * MINUTE;
      for (const phone of phones) {
        let at = start + rng.uniform(0, 6) * MINUTE;
        for (const a of phone.accounts) {
          const ip = net.mobile('sichuan:成都市', phone.carrier, rng);
          ledger.add({ at, accountId: a.account, candidateIds: [id], ip, userAgent: a.device.ua('4G'), source: src(d) });
          at += rng.uniform(2.5, 8) * MINUTE;
        }
      }
    }
  },
};
