import { makeDevice } from '../model/devices';
import { lineAddress, type Line } from '../model/networks';
import { byPull } from '../model/ballot';
import { selection, type Person } from '../model/people';
import { jilinRegion } from '../model/crowd';
import { organicSize, rankedTarget, scaled, sourcesBy, type Family } from './family';

/**
 * W7. The "卡点" trick: a vendor with a few hundred aged accounts (each with its own phone profile
 * and home-broadband proxy in Changchun or Jilin City) runs each account twice in one sitting: once
 * in the last quarter hour of a day and again just after midnight, harvesting two days' votes in
 * forty minutes. Half the pool dips on even nights, half on odd ones. On a multi-choice ballot every
 * vote also ticks one or two popular nurses as cover (not an attack on them).
 */
export const midnightDoubleDip: Family = {
  id: 'W7',
  kind: 'attack',
  description: 'aged accounts vote 23:45 and again 00:05, halves alternate nights, with covers',
  seeds: [1, 2],
  ballot: { maxChoices: [3, 5] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = rankedTarget(ctx, 4, 12);
    const covers = byPull(ballot)
      .filter((c) => c.id !== target.id)
      .slice(0, 10)
      .map((c) => c.id);
    const size = scaled(scale, rng.int(300, 460), 4);
    const pool: Array<{ p: Person; line: Line; half: number }> = Array.from({ length: size }, (_, i) => {
      const region = jilinRegion(rng) === 'CC' || rng.chance(0.5) ? 'CC' : 'JL';
      const line = net.line(rng, region, 'unicom', 0.2);
      return { p: people.make(rng, { region, profile: 'adult', line, device: makeDevice(rng, 'adult') }), line, half: i % 2 };
    });
    const sourceFor = sourcesBy(ctx, 'w7-dip', 'attack', target);
    const days = rhythm.openDays();
    const operators = 3;
    for (const d of days.slice(0, -1)) {
      const half = d % 2;
      const list = rng.shuffle(pool.filter((x) => x.half === half && rng.chance(0.92)));
      const before = rhythm.at(d + 1, 0) - rng.int(15, 18) * 60_000;
      const after = rhythm.at(d + 1, 0) + rng.int(3, 10) * 1000;
      const per = Math.ceil(list.length / operators);
      const gapBefore = (14 * 60_000) / Math.max(1, per);
      const gapAfter = (18 * 60_000) / Math.max(1, per);
      list.forEach((x, i) => {
        const op = i % operators;
        const k = Math.floor(i / operators);
        const extras = rng.shuffle([...covers]).slice(0, rng.int(1, 2));
        const choice = selection(ballot, target, extras);
        const ip1 = lineAddress(x.line, d);
        const midnight = rhythm.at(d + 1, 0);
        const t1 = Math.min(midnight - rng.int(2, 30) * 1000, before + (k + rng.uniform(-0.3, 0.3)) * gapBefore + op * 7000);
        people.vote(rng, x.p, t1, choice, sourceFor(`night${d}`), { ip: ip1, net: 'WIFI' });
        people.vote(rng, x.p, after + Math.max(0, (k + rng.uniform(-0.3, 0.3)) * gapAfter) + op * 7000, choice, sourceFor(`night${d}`), { ip: lineAddress(x.line, d + 1), net: 'WIFI' });
      });
    }
  },
};
