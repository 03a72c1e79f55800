import { MINUTE } from '../../heldout/calendar';
import { makeDevice, type Device } from '../model/devices';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U4, a lockstep group that drifts: a studio's group-control rig (群控) — two dozen phones each
 * running about eight cloned WeChat instances — votes the same 150–240 accounts every day, in the
 * same order, a few seconds apart. The operator moves the daily session by half an hour to an
 * hour and a half each day so that no two days line up on the clock. The phones sit on three
 * 4G routers in Henan whose addresses change with every session.
 */
export const driftingLockstep: Family = {
  id: 'U4',
  kind: 'attack',
  description: 'group-control rig: same 150-240 accounts daily, session drifts 30-95 min',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, ledger, scale } = ctx;
    const teacher = byRank(ctx, 5, 12);
    const size = scaled(scale, rng.int(150, 240), 6);
    const phones: Device[] = Array.from({ length: Math.ceil(size / 8) }, () => makeDevice(rng, 'budget'));
    const accounts = Array.from({ length: size }, (_, i) => ({ id: ledger.newAccount(), phone: i % phones.length, device: phones[i % phones.length].reinstall(rng) }));
    const order = rng.shuffle([...accounts]);
    const source = sourcesPer(ctx, { name: 'rig', kind: 'attack', teacher });
    let minute = rng.uniform(9 * 60, 21 * 60);
    for (let d = 0; d < rhythm.days; d++) {
      if (d > 0) minute += (rng.chance(0.5) ? 1 : -1) * rng.uniform(30, 95);
      if (minute < 7 * 60 || minute > 23 * 60) minute = rng.uniform(10 * 60, 20 * 60);
      let t = rhythm.at(d, minute);
      if (t < ballot.cal.opensAt || t > ballot.cal.closesAt - 30 * MINUTE) continue;
      const routers = Array.from({ length: 3 }, () => net.mobileV4(rng, '河南', 'mobile'));
      for (const a of order) {
        t += rng.uniform(2, 5) * 1000 + (rng.chance(0.02) ? rng.uniform(10, 25) * 1000 : 0);
        if (rng.chance(0.03)) continue;
        ledger.add({ at: Math.floor(t), accountId: a.id, candidateIds: [teacher.id], ip: routers[a.phone % 3], userAgent: a.device.ua('4G'), source: source(d) });
      }
    }
  },
};
