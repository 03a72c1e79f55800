import type { Rng } from '../../../heldout/prng';
import { listPicks } from '../../choices';
import { block24, pickProvince } from '../../networks/connections';
import { PEAK_ACTIVITY, activity } from '../../rhythm';
import { DAY, lastDay, wallClock } from '../../time';
import { DailySources, candidateByRank, decoys, type Family, type Scene } from '../kit';
import { androidUA, freshWebid, specLibrary } from './forgery';
import { livestreamRally } from '../legit/e17-livestream-rally';

/**
 * "1000 votes over the week, natural curve": a vendor drips votes all week, each day's share
 * following the hours phones are busy, through a 4G proxy farm in another province (every vote a
 * different CGNAT address, shared with that province's real phones). Each account votes once and
 * ticks the target, sometimes with random others. Meanwhile a county TV livestream honestly rallies
 * viewers for another candidate.
 */
function naturalTime(rng: Rng, from: number, to: number): number {
  for (;;) {
    const t = from + rng.next() * (to - from);
    if (rng.next() * PEAK_ACTIVITY < activity(t)) return t;
  }
}

function build(scene: Scene): void {
  const { rng, ballot } = scene;
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 3, 15);
  const attack = new DailySources(ballot, 'drip-feed', 'attack', target);
  const library = specLibrary(rng, 40);
  const farm = pickProvince(rng);
  for (let d = 0; d <= lastDay(cal); d++) {
    const from = Math.max(cal.opensAt, wallClock(cal, d, 0));
    const to = Math.min(cal.closesAt, wallClock(cal, d + 1, 0));
    const count = Math.round(rng.uniform(130, 230) * ((to - from) / DAY));
    for (let i = 0; i < count; i++) {
      const at = Math.round(naturalTime(rng, from, to));
      const picks = listPicks(ballot, [target, ...(rng.chance(0.5) ? decoys(rng, ballot, target, rng.int(1, 4)) : [])]);
      const ip = `${block24(rng, farm.cellular)}.${rng.int(1, 254)}`;
      ballot.ledger.add({ at, accountId: ballot.ledger.newAccount(), candidateIds: picks, ip, userAgent: androidUA(freshWebid(rng, rng.pick(library)), rng.chance(0.6) ? '5G' : '4G'), source: attack.at(at) });
    }
  }
  livestreamRally({ ...scene, rng: rng.fork('livestream') }, candidateByRank(rng, ballot, 1, 15, [target]));
}

export const e07: Family = {
  id: 'E7',
  kind: 'attack',
  title: 'drip-feed',
  description: 'Week-long drip, 130–230/day on the phone-activity curve, 4G proxy farm out of province, fresh accounts; + honest livestream',
  seeds: [1, 2],
  build,
};
