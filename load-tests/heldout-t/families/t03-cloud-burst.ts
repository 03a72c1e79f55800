import { MINUTE } from '../../heldout/calendar';
import { randomDevice, userAgent } from '../model/devices';
import { cloudHost } from '../model/networks';
import { nominee, organicSize, scaled, type Family } from './family';

/**
 * A cheap vote-buying script run one afternoon from three rented cloud servers: 1,200–2,000
 * fresh accounts in 30–60 minutes, user agents from a list of six copied phone strings.
 */
export const cloudBurst: Family = {
  id: 'T3',
  kind: 'attack',
  description: 'Laoshan afternoon burst: 1.2-2k fresh accounts from 3 cloud hosts, 6 UAs',
  seeds: [1, 2],
  ballot: { include: ['崂山区'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net, rhythm } = ctx;
    const target = nominee(ctx.ballot, '崂山区');
    const prefix = net.cloud24();
    const hosts = [cloudHost(rng, prefix), cloudHost(rng, prefix), cloudHost(rng, net.cloud24())];
    const uas = Array.from({ length: 6 }, () => userAgent(randomDevice(rng, 'city'), rng.chance(0.5) ? 'WIFI' : '4G'));
    const day = rng.int(2, 5);
    const start = rhythm.midnight(day) + rng.int(14 * 60, 16 * 60) * MINUTE;
    const length = rng.uniform(30, 60) * MINUTE;
    const source = ledger.source({ name: 'T3 burst', kind: 'attack', candidateId: target.id, group: 'T3 burst' });
    for (let i = scaled(ctx.scale, rng.int(1200, 2000)); i > 0; i--) {
      ledger.add({ at: start + rng.next() * length, accountId: ledger.newAccount(), candidateIds: [target.id], ip: rng.pick(hosts), userAgent: rng.pick(uas), source });
    }
  },
};
