import { MINUTE } from '../../heldout/calendar';
import { supporter } from '../model/crowd';
import { makeDevice, userAgent } from '../model/devices';
import { organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * A township really mobilizes one morning (the party secretary's notice in every village
 * group): thousands of residents vote on their own phones. In the same hours the vendor the
 * township also hired runs a script from two hosting addresses with one or two user agents,
 * a vote every 8-14 s: a minority of the surge, hidden in it.
 */
export const scriptInMobilization: Family = {
  id: 'Q4',
  kind: 'attack',
  description: 'script (2 hosting IPs, 1-2 UAs, 8-14 s pace) inside a real morning mobilization of residents',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, ledger, people, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'upper' : 'mid');
    const c = ballot.candidates[ci];
    const day = rng.int(1, 3);
    const notice = rhythm.at(day, rng.uniform(8.8, 9.6));
    const residents = scaled(scale, rng.int(4500, 7000), 60);
    const surge = source(ctx, 'legit', 'q4-residents', ci, 'q4-residents');
    for (let i = 0; i < residents; i++) {
      const p = supporter(rng, people, c, rng.chance(0.85) ? 'village' : 'city');
      people.vote(rng, p, notice + rng.gamma(1.4, 40 * MINUTE), people.selection(rng, ci), surge);
    }
    const votes = Math.min(Math.floor(residents * 0.3), scaled(scale, rng.int(600, 1500), 10));
    const ips = [net.cloud(rng, 1)[0], net.cloud(rng, 1)[0]];
    const uas = Array.from({ length: rng.int(1, 2) }, () => userAgent(makeDevice(rng, 'village'), '4G'));
    const script = source(ctx, 'attack', 'q4-script', ci, 'q4-script');
    let t = notice + rng.uniform(10, 40) * MINUTE;
    const gap = rng.uniform(8, 14) * 1000;
    for (let i = 0; i < votes; i++) {
      t += gap + rng.uniform(-1000, 1000);
      ledger.add({ at: t, accountId: ledger.newAccount(), candidateIds: [c.id], ip: ips[i % 2], userAgent: rng.pick(uas), source: script });
    }
  },
};
