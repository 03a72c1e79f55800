import { midCandidate } from '../model/ballot';
import { hourlyRate } from '../model/crowd';
import { makePhone } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * A slow, week-long drip through a 4G modem pool ("卡池"): a few hundred SIM-registered accounts,
 * each voting once every day at a time drawn from the local daily curve, through modems that
 * re-dial onto China Mobile's Guangdong CGNAT (so the addresses are the same ones real phones get).
 * The control software spoofs a new device each session, so an account's UA changes from day to
 * day. It adds a quarter to a third to a mid-table candidate, never a spike.
 */
export const modemPoolDrip: Family = {
  id: 'I4',
  kind: 'attack',
  description: '4G modem pool: ~400 accounts vote daily on the local curve, CGNAT IPs, all week',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, net, rhythm, crowd, scale }) {
    const target = midCandidate(rng, ballot);
    const daily = hourlyRate(ballot, crowd, target) * 24;
    const size = Math.max(scaled(scale, 150), Math.round(daily * rng.uniform(0.25, 0.35)));
    const accounts = Array.from({ length: size }, () => ledger.newAccount());
    const city = ballot.candidates.find((c) => c.id === target)?.city ?? '广州市';
    for (let d = 0; d < rhythm.days; d++) {
      const src = ledger.source({ name: `modem pool day ${d}`, kind: 'attack', candidateId: target, group: 'modem pool' });
      for (const account of accounts) {
        if (!rng.chance(0.93)) continue;
        const at = rhythm.inDay(rng, d, 'town');
        const phone = makePhone(rng, 'town');
        ledger.add({ at, accountId: account, candidateIds: [target], ip: net.mobile(rng, 'cm', city), userAgent: phone.ua(rng.chance(0.6) ? '4G' : '5G'), source: src });
      }
    }
  },
};
