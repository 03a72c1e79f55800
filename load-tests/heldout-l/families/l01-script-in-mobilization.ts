import { MINUTE } from '../../heldout/calendar';
import { phone } from '../model/devices';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Fenghuang county pushes the article to every unit one morning: thousands of real residents vote
 * on their own phones, half of them from government and school NATs. In the same hours the
 * vendor's script adds about a thousand votes for the same county, one every ~9 s, from two
 * hosting /24s with one user-agent string: under a third of the burst.
 */
export const scriptInMobilization: Family = {
  id: 'L1',
  kind: 'attack',
  description: 'script (2 hosting /24s, one UA, ~9 s pace) hidden in a real county mobilization',
  seeds: [1, 2, 3],
  ballot: { category: 'county', include: ['凤凰县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ledger, net, ballot } = ctx;
    const c = candidate(ctx, '凤凰县', 0);
    let d = rng.int(0, 2);
    if (clock(ctx, d, 9) < ballot.cal.opensAt) d++;
    const start = clock(ctx, d, 8.9 + rng.uniform(0, 0.4));
    const mob = ledger.source({ name: 'county-mobilization', kind: 'legit', candidateId: c.id, group: 'mobilization' });
    const exits = Array.from({ length: 5 }, () => net.nat(c.city, rng.int(1, 3)));
    const residents = scaled(ctx.scale, rng.int(4000, 6500));
    for (let i = 0; i < residents; i++) {
      const p = people.person(rng, { city: c.city, profile: 'mountain', segment: rng.chance(0.1) ? 'elder' : 'county', home: rng.chance(0.5) });
      const at = start + rng.gamma(1.3, 35 * MINUTE);
      if (rng.chance(0.55)) people.vote(rng, p, at, c.id, mob, { ip: rng.pick(rng.pick(exits)), net: 'WIFI' });
      else people.vote(rng, p, at, c.id, mob);
    }
    const script = ledger.source({ name: 'vendor-script', kind: 'attack', candidateId: c.id, group: 'script' });
    const count = Math.min(scaled(ctx.scale, rng.int(950, 1100)), Math.floor(residents * 0.4));
    const prefixes = [net.cloud24(), net.cloud24()];
    const hosts = prefixes.flatMap((p) => Array.from({ length: 6 }, () => `${p}.${rng.int(2, 250)}`));
    const ua = phone(rng, 'county').ua('WIFI');
    const pace = rng.uniform(8, 10.5) * 1000;
    let t = start + rng.uniform(8, 25) * MINUTE;
    for (let i = 0; i < count; i++, t += pace + rng.uniform(-400, 400)) {
      ledger.add({ at: t, accountId: ledger.newAccount(), candidateIds: [c.id], ip: rng.pick(hosts), userAgent: ua, source: script });
    }
  },
};
