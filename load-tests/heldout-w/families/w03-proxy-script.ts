import { MINUTE } from '../../heldout/calendar';
import { androidDevice, HANDSETS, WECHAT } from '../model/devices';
import { selection } from '../model/people';
import { organicSize, rankedTarget, scaled, sourcesBy, type Family } from './family';

/**
 * W3. A proxy script for three working days: five threads, each sending a vote every few minutes
 * from 09:00 to about 17:30, every vote a fresh account through a different exit of a paid
 * residential-proxy pool (home broadband all over China, few of them in Jilin). The user agent is
 * generated: a random handset and a random Android version (so old Huawei phones report Android
 * 14), always the same WeChat build and kernel, always on Wi-Fi.
 */
export const proxyScript: Family = {
  id: 'W3',
  kind: 'attack',
  description: 'residential-proxy script, office hours x3 days, generated UAs on one build',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = rankedTarget(ctx, 4, 12);
    const first = rng.int(1, 2);
    const sourceFor = sourcesBy(ctx, 'w3-proxy', 'attack', target);
    const wechat = WECHAT[9];
    const handsets = HANDSETS.filter((h) => h.w.korea === undefined);
    const perHour = scaled(scale, rng.int(60, 100), 2);
    const threads = 5;
    for (let d = first; d < first + 3; d++) {
      const start = rhythm.at(d, 540 + rng.int(0, 60));
      const end = rhythm.at(d, 1050 + rng.int(-30, 30));
      const interval = (threads * 60 * MINUTE) / perHour;
      for (let t = 0; t < threads; t++) {
        for (let at = start + rng.next() * interval; at < end; at += interval * rng.uniform(0.85, 1.15)) {
          const device = androidDevice(rng, rng.pick(handsets), wechat, rng.int(10, 14));
          const p = people.make(rng, { region: target.hospital.pref, profile: 'adult', line: false, device });
          people.vote(rng, p, at, selection(ballot, target), sourceFor(d), { ip: net.residentialProxy(rng), net: 'WIFI' });
        }
      }
    }
  },
};
