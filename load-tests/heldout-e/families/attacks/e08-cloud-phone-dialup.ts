import { listPicks } from '../../choices';
import { androidHandset, drawAndroidSpec } from '../../devices/handsets';
import { cityBroadband16, hostIn16 } from '../../networks/connections';
import { HOUR, SECOND, wallClock } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';

/**
 * Cloud phones behind dial-up VPS: the vendor rents cloud Android instances cloned from two or three
 * images (so every clone of an image sends the same model, build, versions and even MMWEBID) and
 * routes each automation stream through a dial-up VPS on a Jiangxi broadband line that redials for
 * a fresh home-looking address every handful of votes. Streams wait random, human-sized gaps.
 */
function build({ rng, ballot }: Scene): void {
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 3, 14);
  const attack = new DailySources(ballot, 'cloud-phones', 'attack', target);
  const picks = listPicks(ballot, [target]);
  const images = Array.from({ length: rng.int(2, 3) }, () => androidHandset(drawAndroidSpec(rng, 'young')));
  const streams = rng.int(4, 8);
  const days = rng.chance(0.5) ? 2 : 1;
  const firstDay = rng.int(1, 4);
  for (let d = firstDay; d < firstDay + days; d++) {
    const start = wallClock(cal, d, rng.uniform(13, 19));
    const end = start + rng.uniform(2.5, 4) * HOUR;
    for (let s = 0; s < streams; s++) {
      const city = rng.int(0, 11);
      const meanGap = rng.uniform(25, 60) * SECOND;
      let ip = hostIn16(rng, rng.pick(cityBroadband16(city, 'ct')));
      let left = rng.int(5, 15);
      for (let t = start + rng.exponential(meanGap); t < end; t += rng.exponential(meanGap)) {
        if (left-- === 0) {
          ip = hostIn16(rng, rng.pick(cityBroadband16(city, 'ct')));
          left = rng.int(5, 15);
        }
        const at = Math.round(t);
        ballot.ledger.add({ at, accountId: ballot.ledger.newAccount(), candidateIds: picks, ip, userAgent: rng.pick(images).ua('WIFI', at), source: attack.at(at) });
      }
    }
  }
}

export const e08: Family = {
  id: 'E8',
  kind: 'attack',
  title: 'cloud-phone-dialup',
  description: 'Cloned cloud phones (2–3 identical UAs incl. MMWEBID), 4–8 streams, random 25–60 s gaps, dial-up VPS redial every 5–15',
  seeds: [1, 2],
  build,
};
