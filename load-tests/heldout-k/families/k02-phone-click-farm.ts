import { HOUR, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import { randomDevice } from '../model/devices';
import { byRank, organicSize, scaled, type Family } from './family';

/**
 * A Nanchong click farm: a few dozen second-hand phones on trestle tables, each a genuine WeChat
 * install; two or three workers go round them logging each phone in to its next bought account
 * (from an SMS-code platform) and voting, every 6–9 minutes per phone, for a few hours, from two
 * broadband lines and two 4G pocket routers. Two sessions on two days, fresh accounts each time.
 */
export const phoneClickFarm: Family = {
  id: 'K2',
  kind: 'attack',
  description: 'click farm: ~35 real phones, each ~20 bought accounts in turn, 4-5 IPs, two sessions',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, ballot, net, rhythm, ledger, scale } = ctx;
    const c = rng.chance(0.5) ? placeIndex(ballot, rng, undefined, ['hills', 'basin', 'yi']) : byRank(ctx, 0.4);
    const id = ballot.candidates[c].id;
    const farmArea = 'sichuan:南充市';
    const phones = Array.from({ length: scaled(scale, rng.int(28, 42), 3) }, () => randomDevice(rng, 'migrant'));
    const meanGap = rng.uniform(380, 540) * 1000;
    const d1 = rng.int(1, 4);
    for (const [k, day] of [d1, d1 + rng.int(1, 2)].entries()) {
      const src = ledger.source({ name: `click-farm-s${k}`, kind: 'attack', candidateId: id, group: 'click-farm' });
      const exits = [net.broadband(farmArea, rng), net.broadband(farmArea, rng), net.mobile(farmArea, 'mobile', rng), net.mobile(farmArea, 'telecom', rng)];
      if (rng.chance(0.5)) exits.push(net.mobile(farmArea, 'unicom', rng));
      const start = rhythm.dayStart(day) + (rng.chance(0.5) ? 14 : 19) * HOUR + rng.uniform(0, 60) * MINUTE;
      phones.forEach((phone, i) => {
        const ip = exits[i % exits.length];
        let at = start + i * rng.uniform(15, 45) * 1000;
        const accounts = rng.int(18, 22);
        for (let a = 0; a < accounts; a++) {
          ledger.add({ at, accountId: ledger.newAccount(), candidateIds: [id], ip, userAgent: phone.ua('WIFI'), source: src });
          at += Math.max(120_000, rng.normal(meanGap, meanGap * 0.07)) + (rng.chance(0.05) ? rng.uniform(5, 15) * MINUTE : 0);
        }
      });
    }
  },
};
