/**
 * Riding a reminder push: when the official account pushes its reminder and everyone's votes
 * rise, an operator sends 600-1,400 bought accounts through a Jiangxi residential proxy pool
 * (a home broadband address per vote), paced like the push's own response curve, each with a
 * freshly generated WeChat string, and on multi-choice ballots ticking decoys the way honest
 * voters do. Only the candidate's share of the push gives it away.
 */
import { MINUTE } from '../clock';
import { BROADBAND_SHARE, drawCarrier } from '../carriers';
import { ownPhone, ua } from '../handsets';
import { choices, drawHometown } from '../residents';
import type { Family } from './family';
import { pickByRank, Windows } from './helpers';

export const b07PushDecoys: Family = {
  id: 'B7',
  kind: 'attack',
  description: '600-1,400 bought accounts ride a reminder push via Jiangxi residential proxies, push-shaped pace, decoy picks',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(40_000, 70_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.1, 0.5);
    const reminders = ballot.pushes.slice(1);
    const push = reminders.length > 0 ? reminders.reduce((a, b) => (b.reach > a.reach ? b : a)) : ballot.pushes[0];
    const source = new Windows(scene, 'attack', 'push-proxies', target).source(0);
    const count = rng.int(600, 1400);
    for (let i = 0; i < count; i++) {
      let delay = rng.logNormal(22, 0.9);
      while (delay > 240) delay = rng.logNormal(22, 0.9);
      const t = push.at + delay * MINUTE;
      const city = drawHometown(rng);
      const ip = world.broadbandAddress(rng, city, drawCarrier(rng, BROADBAND_SHARE));
      const candidateIds = choices(rng, ballot, target);
      scene.ledger.add({ at: Math.round(t), accountId: scene.ledger.newAccount(), candidateIds, ip, userAgent: ua(ownPhone(rng), rng.chance(0.7) ? 'WIFI' : '4G'), source });
    }
  },
};
