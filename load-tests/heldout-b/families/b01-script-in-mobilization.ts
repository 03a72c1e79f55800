/**
 * A county mobilizes its staff for its candidate, and in the busiest hour somebody also runs a
 * script from rented cloud servers: ~1,000 bought accounts at a machine pace, copied WeChat
 * strings, under a third of that hour's votes for the candidate. Seeds differ in pace, jitter
 * style (tight, gaussian, bursts with pauses) and how many strings the script rotates.
 */
import { at, HOUR, MINUTE, SECOND } from '../clock';
import { drawModel, install, ua, MODELS } from '../handsets';
import type { Family } from './family';
import { pickByRank, Windows, workdayFrom } from './helpers';
import { mobilize } from './mobilization';

type Jitter = 'tight' | 'gauss' | 'bursts';

export const b01ScriptInMobilization: Family = {
  id: 'B1',
  kind: 'attack',
  description: 'script (1-4 UAs, cloud /24s, 2.4-3.6 s pace) inside a county staff mobilization hour',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(30_000, 55_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.25, 0.75);
    const day = workdayFrom(ballot.firstDay + rng.int(1, 3));
    const nats = Array.from({ length: rng.int(6, 12) }, () => world.businessAddresses(rng, target.home, 'chinanet', 1)[0]);
    const honest = new Windows(scene, 'legit', 'mobilization', target).source(0);
    const crowd = mobilize(rng, scene, { candidate: target, start: at(day, 8 * 60 + 40 + rng.int(0, 60)), people: rng.int(3200, 6000), forwardMeanMin: rng.uniform(35, 50), nats, natShare: 0.6, source: honest });

    // The script starts in the crowd's busiest hour, so its votes hide in the surge.
    const times = crowd.map((c) => c.at).sort((a, b) => a - b);
    let best = 0;
    let bestStart = times[0];
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[j] < times[i] - HOUR) j++;
      if (i - j + 1 > best) [best, bestStart] = [i - j + 1, times[j]];
    }
    const gap = rng.uniform(2.4, 3.6) * SECOND;
    const count = Math.min(rng.int(850, 1300), Math.floor((best * 0.3) / 0.7), Math.floor((55 * MINUTE) / gap));
    const jitter: Jitter = rng.pick(['tight', 'gauss', 'bursts']);
    const uas = Array.from({ length: rng.int(1, 4) }, () => ua(install(rng, drawModel(rng, MODELS)), 'WIFI'));
    const subnets = [world.datacentre24(rng, true), world.datacentre24(rng, true)];
    const hosts = subnets.flatMap((s) => Array.from({ length: rng.int(2, 6) }, () => `${s}.${rng.int(2, 250)}`));
    const attack = new Windows(scene, 'attack', 'script', target).source(0);
    let t = bestStart + rng.uniform(3, 12) * MINUTE;
    for (let i = 0; i < count; i++) {
      scene.ledger.add({ at: Math.round(t), accountId: scene.ledger.newAccount(), candidateIds: [target.id], ip: rng.pick(hosts), userAgent: uas[i % uas.length], source: attack });
      if (jitter === 'tight') t += gap * rng.uniform(0.97, 1.03);
      else if (jitter === 'gauss') t += Math.max(0.3 * gap, rng.normal(gap, 0.15 * gap));
      else t += (i + 1) % 40 === 0 ? rng.uniform(20, 60) * SECOND : gap * 0.8 * rng.uniform(0.95, 1.05);
    }
  },
};
