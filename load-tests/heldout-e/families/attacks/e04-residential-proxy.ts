import { decoys, DailySources, candidateByRank, poissonArrivals, type Family, type Scene } from '../kit';
import { listPicks } from '../../choices';
import { cityBroadband16, hostIn16, pickProvince } from '../../networks/connections';
import { HOUR, wallClock } from '../../time';
import { androidUA, copiedUA, freshWebid, specLibrary } from './forgery';
import { parentsGroups } from '../legit/e16-parents-groups';

/**
 * Votes through a residential proxy network: every vote leaves from a different home broadband
 * address somewhere in China (a few in Jiangxi), so no address repeats. The vendor's scheduler
 * spreads them evenly over three or four evening hours, two or three evenings running, and gives
 * each fake account a profile from its phone library with a fresh MMWEBID and a random network type.
 * The same week, a school's parents honestly rally for another candidate.
 */
function build(scene: Scene): void {
  const { rng, ballot } = scene;
  const target = candidateByRank(rng, ballot, 3, 14);
  const attack = new DailySources(ballot, 'residential-proxy', 'attack', target);
  const library = specLibrary(rng, 25);
  const iphones = Array.from({ length: 8 }, () => copiedUA(rng, 'young'));
  const firstDay = rng.int(1, 3);
  const evenings = rng.int(2, 3);
  for (let d = firstDay; d < firstDay + evenings; d++) {
    const start = wallClock(ballot.cal, d, rng.uniform(18.5, 20));
    const hours = rng.uniform(3, 4.5);
    const perMinute = rng.int(450, 800) / (hours * 60);
    for (const at of poissonArrivals(rng, start, start + hours * HOUR, () => perMinute, perMinute)) {
      const ip = rng.chance(0.75) ? hostIn16(rng, rng.pick(pickProvince(rng).broadband)) : hostIn16(rng, rng.pick(cityBroadband16(rng.int(0, 11), 'ct')));
      const ua = rng.chance(0.2) ? rng.pick(iphones) : androidUA(freshWebid(rng, rng.pick(library)), rng.pick(['WIFI', '4G', '5G'] as const));
      const picks = listPicks(ballot, [target, ...decoys(rng, ballot, target, rng.int(0, 2))]);
      ballot.ledger.add({ at: Math.round(at), accountId: ballot.ledger.newAccount(), candidateIds: picks, ip, userAgent: ua, source: attack.at(at) });
    }
  }
  parentsGroups({ ...scene, rng: rng.fork('parents') }, candidateByRank(rng, ballot, 2, 15, [target]));
}

export const e04: Family = {
  id: 'E4',
  kind: 'attack',
  title: 'residential-proxy',
  description: 'Residential proxies: each vote a different home IP (75% out of province), 450–800 per evening for 2–3 evenings, library UAs',
  seeds: [1, 2],
  build,
};
