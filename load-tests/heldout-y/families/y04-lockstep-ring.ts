import { MODELS } from '../model/devices';
import { midTable, organicSize, scaled, windows, type Family } from './family';

/**
 * A group-control ("群控") wall of phones: one PC drives 120–180 real handsets, each with its own
 * account, through the same steps; each day, whenever the operator starts it, the whole wall
 * votes within about two minutes in the same order, over three broadband lines, for six days.
 */
export const lockstepRing: Family = {
  id: 'Y4',
  kind: 'attack',
  description: 'lockstep ring: 120-180 group-controlled phones vote together daily for 6 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, devices, ledger } = ctx;
    const target = midTable(ctx, 4, 14);
    const src = windows(ctx, 'attack', 'wall', target);
    const n = scaled(ctx.scale, rng.int(120, 180), 8);
    const models = [rng.pick(MODELS.xiaomi), rng.pick(MODELS.vivo), rng.pick(MODELS.oppo), rng.pick(MODELS.honor)];
    const phones = Array.from({ length: n }, () => ({ account: ledger.newAccount(), device: devices.of(rng, rng.pick(models), 3), line: rng.int(0, 2) }));
    const lines = [net.home(rng, '邢台'), net.home(rng, '邢台'), net.home(rng, '邯郸')];
    const first = rng.int(0, Math.max(0, ballot.cal.dayCount - 7));
    for (let d = first + 1; d < first + 7 && d < ballot.cal.dayCount; d++) {
      const start = rhythm.clock(d, rng.uniform(9, 22.5));
      phones.forEach((ph, i) => {
        const at = start + i * rng.uniform(400, 800) + rng.uniform(0, 3000);
        ledger.add({ at: Math.round(at), accountId: ph.account, candidateIds: [target.id], ip: lines[ph.line], userAgent: ph.device.ua('WIFI'), source: src(d) });
      });
    }
  },
};
