import { listPicks } from '../../choices';
import { drawHandset } from '../../devices/handsets';
import { cityBroadband16, hostIn16 } from '../../networks/connections';
import { SECOND, lastDay, wallClock } from '../../time';
import { DailySources, candidateByRank, decoys, type Family, type Scene } from '../kit';
import { employerStaff } from '../legit/e12-employer-same-model';

/**
 * A kept pool of accounts that votes every day of the week: each account is scheduled at its own
 * minute in a morning or evening band and fires there every day, a few seconds either side, from
 * one of a score of rented broadband lines in one county. To look like a person with opinions, it
 * ticks the target and a fresh random set of others each time. Meanwhile a company's staff honestly
 * vote together for another candidate.
 */
function build(scene: Scene): void {
  const { rng, ballot } = scene;
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 3, 14);
  const attack = new DailySources(ballot, 'cron-pool', 'attack', target);
  const city = rng.int(0, 11);
  const lines = Array.from({ length: rng.int(12, 24) }, () => hostIn16(rng, rng.pick(cityBroadband16(city, 'ct'))));
  const band = rng.chance(0.6) ? rng.uniform(6.5, 9) : rng.uniform(19, 21);
  const width = rng.uniform(2, 3.5);
  const pool = Array.from({ length: rng.int(220, 380) }, () => ({ account: ballot.ledger.newAccount(), handset: drawHandset(rng, 'general'), line: rng.pick(lines), hour: band + rng.uniform(0, width) }));
  for (let d = rng.int(0, 1); d <= lastDay(cal); d++) {
    for (const a of pool) {
      if (rng.chance(0.03)) continue;
      const at = Math.round(wallClock(cal, d, a.hour) + rng.uniform(-45, 45) * SECOND);
      if (at < cal.opensAt || at >= cal.closesAt) continue;
      const picks = listPicks(ballot, [target, ...decoys(rng, ballot, target, rng.int(0, ballot.maxChoices - 1))]);
      ballot.ledger.add({ at, accountId: a.account, candidateIds: picks, ip: a.line, userAgent: a.handset.ua('WIFI', at), source: attack.at(at) });
    }
  }
  employerStaff({ ...scene, rng: rng.fork('employer') }, candidateByRank(rng, ballot, 2, 15, [target]));
}

export const e09: Family = {
  id: 'E9',
  kind: 'attack',
  title: 'cron-account-pool',
  description: 'Kept pool of 220–380 accounts, each at its own minute daily (±45 s) all week, 12–24 lines, random decoys; + honest employer',
  seeds: [1, 2],
  build,
};
