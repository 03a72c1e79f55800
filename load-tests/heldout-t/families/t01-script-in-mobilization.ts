import { MINUTE } from '../../heldout/calendar';
import { fleet, userAgent } from '../model/devices';
import { cloudHost } from '../model/networks';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Cao County's city-management office pushes the vote to its sanitation staff and their families
 * one morning; a vendor's script rides the same hours for the same nominee: fresh accounts, one
 * phone build (two installs), two cloud /24s, one vote every ~11 s.
 */
export const scriptInMobilization: Family = {
  id: 'T1',
  kind: 'attack',
  description: 'Cao County push + script under a quarter of it: 2 cloud /24s, 2 UAs, ~11 s',
  seeds: [1, 2, 3],
  ballot: { include: ['曹县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net, ledger } = ctx;
    const target = nominee(ctx.ballot, '曹县');
    const day = rng.int(1, 3);
    const start = rhythm.midnight(day) + rng.int(8 * 60 + 40, 9 * 60 + 20) * MINUTE;
    const residents = scaled(ctx.scale, rng.int(3500, 5500));
    const honest = daySources(ctx, 'T1 Cao County push', 'legit', target);
    for (let i = 0; i < residents; i++) {
      const p = people.make(rng, target.city, { market: rng.chance(0.3) ? 'elder' : 'town' });
      people.cast(rng, p, start + rng.gamma(1.2, 45) * MINUTE, people.picks(rng, target.id), honest(day));
    }
    const script = ledger.source({ name: 'T1 script', kind: 'attack', candidateId: target.id, group: 'T1 script' });
    const phones = fleet(rng, 2);
    const hosts = [net.cloud24(), net.cloud24()].flatMap((p) => [cloudHost(rng, p), cloudHost(rng, p), cloudHost(rng, p)]);
    const pace = rng.uniform(9, 13) * 1000;
    const count = Math.floor(residents * rng.uniform(0.2, 0.27));
    let at = start + rng.int(15, 35) * MINUTE;
    for (let i = 0; i < count; i++) {
      at += pace + rng.uniform(-400, 400);
      ledger.add({ at, accountId: ledger.newAccount(), candidateIds: [target.id], ip: rng.pick(hosts), userAgent: userAgent(rng.pick(phones), 'WIFI'), source: script });
    }
  },
};
