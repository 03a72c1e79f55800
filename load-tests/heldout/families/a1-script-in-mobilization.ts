import { HOUR, MINUTE } from '../calendar';
import { androidDevice, userAgent } from '../devices';
import { cityNet, hostingSlash24 } from '../networks';
import { midCandidate, selection } from '../ballot';
import { cityOf, dayAt, humanBurst } from './crowds';
import type { Family } from './family';

/**
 * A county mobilizes its residents for its candidate (government NATs, fresh accounts, real
 * phones) and, inside the same hour, a script adds votes for the same candidate at a machine
 * pace from two hosting /24s with one user-agent string, under a third of the burst.
 */
export const a1ScriptInMobilization: Family = {
  id: 'A1',
  kind: 'attack',
  description: 'county mobilization behind government NATs with a ~1000-vote script (2 hosting /24s, one UA, metronome pace) hidden in the same hour',
  seeds: [1, 2, 3, 4, 5],
  tuneSeeds: [1, 2],
  organicVotes: (rng) => rng.int(30_000, 120_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const county = cityOf(ballot, target);
    const net = cityNet(county.region);
    const day = rng.int(1, cal.dayCount - 3);
    const start = dayAt(ballot, day, rng.uniform(9, 15.5));
    const scriptVotes = rng.int(850, 1200);
    const crowd = Math.max(rng.int(2600, 6000), Math.ceil(scriptVotes * 2.3));
    const offices = rng.shuffle([...net.offices]).slice(0, rng.int(6, 15));
    const mobilized = ledger.source({ name: 'mobilization', kind: 'legit', candidateId });
    const returns = ledger.source({ name: 'mobilized-returning', kind: 'organic', candidateId });
    humanBurst(rng, ballot, {
      source: mobilized,
      candidate: target,
      size: crowd,
      start,
      groups: rng.int(8, 20),
      forwardMeanMin: 12,
      responseMedianMin: 9,
      where: () => county,
      taste: { iosShare: 0.12, budget: true },
      via: (r) => (r.chance(0.45) ? { ip: r.pick(offices), wifi: true } : undefined),
      returnChance: 0.25,
      returnSource: returns,
    });
    const script = ledger.source({ name: 'script', kind: 'attack', candidateId, group: 'script' });
    const nets = [hostingSlash24(rng), hostingSlash24(rng)];
    const pool = nets.flatMap((n) => Array.from({ length: rng.int(15, 40) }, () => `${n}.${rng.int(2, 254)}`));
    const ua = userAgent(androidDevice(rng), rng.chance(0.7) ? 'WIFI' : '4G');
    const interval = rng.uniform(2.3, 3.3) * 1000;
    let at = start + rng.uniform(5, 25) * MINUTE;
    for (let i = 0; i < scriptVotes && at < start + 1.5 * HOUR; i++) {
      ledger.add({ at: Math.round(at), accountId: ledger.newAccount(), candidateIds: selection(rng, ballot, target), ip: rng.pick(pool), userAgent: ua, source: script });
      at += interval * (1 + rng.normal(0, 0.03));
    }
  },
};
