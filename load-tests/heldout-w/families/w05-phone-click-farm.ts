import { MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { lineAddress } from '../model/networks';
import { selection } from '../model/people';
import { organicSize, rankedTarget, scaled, sourcesBy, type Family } from './family';

/**
 * W5. A click farm of real phones: 30-45 second-hand phones (every one a different handset and
 * WeChat install), each logged in to about twenty fresh accounts in turn, a vote every six or
 * seven minutes with a worker's irregularity, an occasional cigarette break. The phones sit on two
 * home Wi-Fi routers and two or three 4G hotspots (which phones report as Wi-Fi). Two or three
 * evenings, new accounts each evening.
 */
export const phoneClickFarm: Family = {
  id: 'W5',
  kind: 'attack',
  description: '30-45 real phones x ~20 fresh accounts each, 2-5 addresses, 2-3 evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = rankedTarget(ctx, 3, 12);
    const pref = target.hospital.pref;
    const phones = Array.from({ length: scaled(scale, rng.int(30, 45), 2) }, () => makeDevice(rng, rng.chance(0.5) ? 'adult' : 'young'));
    const lines = [net.line(rng, pref, 'unicom', 0), net.line(rng, pref, 'telecom', 0)];
    const sessions = rng.int(2, 3);
    const firstDay = rng.int(1, 3);
    const sourceFor = sourcesBy(ctx, 'w5-farm', 'attack', target);
    for (let s = 0; s < sessions; s++) {
      const d = firstDay + s * rng.int(1, 2);
      const hotspots = Array.from({ length: rng.int(2, 3) }, () => net.mobile(rng, pref, 'mobile'));
      const routers = [...lines.map((l) => lineAddress(l, d)), ...hotspots];
      const start = rhythm.at(d, 1140 + rng.int(-20, 20));
      for (const device of phones) {
        const ip = rng.pick(routers);
        const gap = rng.uniform(5.5, 7.5) * MINUTE;
        let at = start + rng.int(0, 8) * MINUTE;
        const accounts = rng.int(17, 23);
        for (let a = 0; a < accounts; a++) {
          const p = people.make(rng, { region: pref, profile: 'adult', line: false, device });
          people.vote(rng, p, at, selection(ballot, target), sourceFor(`s${s + 1}`), { ip, net: 'WIFI' });
          at += gap * (1 + rng.normal(0, 0.12)) + (rng.chance(0.06) ? rng.int(5, 15) * MINUTE : 0);
        }
      }
    }
  },
};
