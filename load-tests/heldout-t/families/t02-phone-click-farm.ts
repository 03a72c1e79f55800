import { MINUTE } from '../../heldout/calendar';
import { randomDevice, userAgent } from '../model/devices';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * A click farm in Linyi: a few dozen second-hand phones on a rack, each a genuine WeChat install,
 * each logging in to ~20 fresh accounts in turn over two to three hours on two evenings; the
 * operators keep a steady, slightly too regular rhythm; five exits (two broadband lines, three
 * 4G routers).
 */
export const phoneClickFarm: Family = {
  id: 'T2',
  kind: 'attack',
  description: 'Yishui click farm: 36-48 real phones x ~20 fresh accounts, 5 IPs, 2 evenings',
  seeds: [1, 2],
  ballot: { include: ['沂水县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net, rhythm } = ctx;
    const target = nominee(ctx.ballot, '沂水县');
    const exits = [net.broadband(rng), net.broadband(rng), net.mobile(rng, '临沂', 'mobile'), net.mobile(rng, '临沂', 'mobile'), net.mobile(rng, '临沂', 'unicom')];
    const phones = Array.from({ length: scaled(ctx.scale, rng.int(36, 48), 3) }, () => ({ device: randomDevice(rng, 'town'), ip: rng.pick(exits), gap: rng.uniform(300, 480) }));
    const first = rng.int(2, 4);
    const source = daySources(ctx, 'T2 click farm', 'attack', target);
    for (const day of [first, first + rng.int(1, 2)]) {
      const begin = rhythm.midnight(day) + rng.int(19 * 60, 20 * 60) * MINUTE;
      for (const phone of phones) {
        let at = begin + rng.uniform(0, 12) * MINUTE;
        const ua = userAgent(phone.device, 'WIFI');
        for (let k = rng.int(17, 23); k > 0; k--) {
          ledger.add({ at, accountId: ledger.newAccount(), candidateIds: [target.id], ip: phone.ip, userAgent: ua, source: source(day) });
          at += (phone.gap + rng.normal(0, 25)) * 1000;
        }
      }
    }
  },
};
