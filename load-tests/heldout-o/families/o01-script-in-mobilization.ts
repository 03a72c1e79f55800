import { MINUTE } from '../../heldout/calendar';
import { makeDevice, pickModel, userAgent } from '../model/devices';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** A county pushes its residents one morning; in the same hours a vendor's script adds ~1,000 votes at a machine pace. */
export const scriptInMobilization: Family = {
  id: 'O1',
  kind: 'attack',
  description: 'script (~1k votes, 2 cloud /24s, one UA, ~11 s pace) hidden in a county mobilization',
  seeds: [1, 2, 3],
  ballot: { category: 'county' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, rhythm, ledger } = ctx;
    const c = midCandidate(ctx);
    const d = rng.int(1, 3);
    const residents = scaled(ctx.scale, rng.int(4200, 6500), 30);
    const mob = ledger.source({ name: 'county-mobilization', kind: 'legit', candidateId: c.id });
    const nats = [net.nat(3), net.nat(2), net.nat(2), net.nat(1), net.nat(1), net.nat(4)];
    const start = rhythm.at(d, 9 * 60 + rng.int(0, 20));
    for (let i = 0; i < residents; i++) {
      const p = people.person(rng, { place: c.county, segment: rng.chance(0.2) ? 'elder' : 'town' });
      const at = start + rng.gamma(1.4, 45 * MINUTE);
      const ip = rng.chance(0.45) && rhythm.hourOf(at) < 17 ? rng.pick(rng.pick(nats)) : undefined;
      people.vote(rng, p, at, people.selection(rng, c.id), mob, ip);
    }
    const scriptN = Math.min(scaled(ctx.scale, rng.int(900, 1150), 5), Math.floor(residents * 0.45));
    const script = ledger.source({ name: 'script', kind: 'attack', candidateId: c.id, group: 'script' });
    const subnets = [net.hosting24(), net.hosting24()];
    const ua = userAgent(makeDevice(rng, pickModel(rng, 'town')), 'WIFI', rng);
    const pace = rng.uniform(10, 12.5) * 1000;
    let t = start + rng.int(10, 30) * MINUTE;
    for (let i = 0; i < scriptN; i++) {
      t += pace + rng.uniform(-400, 400);
      ledger.add({ at: t, accountId: ledger.newAccount(), candidateIds: [c.id], ip: `${rng.pick(subnets)}.${rng.int(2, 254)}`, userAgent: ua, source: script });
    }
  },
};
