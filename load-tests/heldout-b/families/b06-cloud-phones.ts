/**
 * Cloud phones: 80-160 Android containers rented in a provincial data centre, each with its own
 * address and a device-masking tool that reports a popular model, but all run one ROM image (same
 * Android, build, WebView and WeChat). A scheduler logs each container's 3-6 accounts in at flat
 * random minutes of an afternoon window, two or three days running, and fills other boxes at
 * random on multi-choice ballots.
 */
import { at, HOUR, MINUTE } from '../clock';
import { drawModel, install, ua, ANDROID_MODELS, type NetType } from '../handsets';
import type { Family } from './family';
import { pickByRank, Windows } from './helpers';

export const b06CloudPhones: Family = {
  id: 'B6',
  kind: 'attack',
  description: '80-160 IDC cloud phones, spoofed models on one ROM, flat-random afternoon schedule, 2-3 days',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(35_000, 65_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.3, 0.8);
    const subnets = Array.from({ length: rng.int(2, 4) }, () => world.datacentre24(rng, false));
    const rom = { android: 12, build: 'SP1A.210812.016', wechat: rng.int(2, 4), xweb: rng.int(1, 2) };
    const net: NetType = rng.chance(0.5) ? 'WIFI' : '4G';
    const used = new Set<string>();
    const containers = Array.from({ length: rng.int(80, 160) }, () => {
      let ip = '';
      do ip = `${rng.pick(subnets)}.${rng.int(2, 253)}`;
      while (used.has(ip));
      used.add(ip);
      return { ip, userAgent: ua(install(rng, drawModel(rng, ANDROID_MODELS), rom), net), accounts: Array.from({ length: rng.int(3, 6) }, () => scene.ledger.newAccount()) };
    });
    const windows = new Windows(scene, 'attack', 'cloud-phones', target);
    const first = ballot.firstDay + rng.int(1, 3);
    for (let d = 0; d < rng.int(2, 3); d++) {
      const start = at(first + d, rng.int(13 * 60 + 30, 15 * 60));
      const length = rng.uniform(3, 4) * HOUR;
      const source = windows.source(d);
      for (const c of containers) {
        for (const account of c.accounts) {
          const ids = new Set([target.id]);
          if (ballot.maxChoices > 1 && rng.chance(0.5)) {
            const extra = rng.int(1, Math.min(2, ballot.maxChoices - 1));
            while (ids.size < 1 + extra) ids.add(rng.pick(ballot.candidates).id);
          }
          const candidateIds = ballot.candidates.filter((x) => ids.has(x.id)).map((x) => x.id);
          scene.ledger.add({ at: Math.round(start + rng.next() * length + rng.uniform(0, 1) * MINUTE), accountId: account, candidateIds, ip: c.ip, userAgent: c.userAgent, source });
        }
      }
    }
  },
};
