import { HOUR, MINUTE } from '../../heldout/calendar';
import { newAndroid } from '../model/devices';
import { mobileAddress, pickCarrier } from '../model/networks';
import { typicalCrowd, type Family } from './family';
import { after, byRank, fullDay } from './kit';

/**
 * An account pool rotated over a dozen phones on 4G for two or three days, spread over the real
 * target and two or three decoys in other prefectures so that no single candidate's stream looks
 * out of line. Each account always votes for the same candidate; on cellular data its addresses
 * are ordinary CGNAT addresses, changing whenever a phone reconnects.
 */
export const decoySpread: Family = {
  id: 'G6',
  kind: 'attack',
  description: 'account pool on 4G phones over 2-3 days, split over a target and 2-3 decoys',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, rhythm } = ctx;
    const target = byRank(ctx, 4, 14);
    const decoys = [byRank(ctx, 6, 30, [target])];
    for (let n = rng.int(1, 2); n > 0; n--) decoys.push(byRank(ctx, 6, 30, [target, ...decoys]));
    const picked = [target, ...decoys];
    const targetShare = rng.uniform(0.55, 0.65);
    const weights = picked.map((_, i) => (i === 0 ? targetShare : ((1 - targetShare) / decoys.length) * rng.uniform(0.7, 1.3)));

    const phones = Array.from({ length: rng.int(10, 16) }, () => ({ device: newAndroid(rng, 'worker'), carrier: pickCarrier(rng, target.area) }));
    const pool = Math.max(6, Math.round(rng.int(300, 700) * ctx.scale));
    const accounts = Array.from({ length: pool }, () => ({ id: ledger.newAccount(), candidate: picked[rng.weightedIndex(weights)] }));
    const first = fullDay(ctx, 0, 4);
    const days = rng.int(2, 3);
    for (let d = first; d < Math.min(first + days, rhythm.cal.dayCount); d++) {
      const sources = new Map(picked.map((c) => [c.id, ledger.source({ name: `pool ${c.name} day ${d}`, kind: 'attack' as const, candidateId: c.id, group: `pool:${c.name}` })]));
      const start = rhythm.at(d, rng.int(14 * 60, 18 * 60));
      const order = rng.shuffle([...accounts]);
      phones.forEach((phone, i) => {
        let at = start + rng.uniform(0, 30) * MINUTE;
        let ip = mobileAddress(rng, target.area, phone.carrier, false);
        let reconnectAt = at + rng.uniform(0.5, 1.5) * HOUR;
        const net = phone.device.cellular(rng);
        for (let k = i; k < order.length; k += phones.length) {
          if (at > reconnectAt) {
            ip = mobileAddress(rng, target.area, phone.carrier, false);
            reconnectAt = at + rng.uniform(0.5, 1.5) * HOUR;
          }
          const a = order[k];
          ledger.cast({ at, accountId: a.id, candidateIds: [a.candidate.id], ip, userAgent: phone.device.ua(net, d), source: sources.get(a.candidate.id) ?? 0 });
          at += after(rng, 3.5, 0.35);
        }
      });
    }
  },
};
