/**
 * A county government mobilizes its civil servants, teachers and village cadres: 3,000-8,000
 * people in two or three hours, two thirds through 3-8 government NATs; in half the seeds a
 * second, smaller wave the next workday (half the same people, some new).
 */
import { at, DAY } from '../clock';
import type { Family } from './family';
import { pickByRank, Windows, workdayFrom } from './helpers';
import { mobilize, vote } from './mobilization';

export const b10GovMobilization: Family = {
  id: 'B10',
  kind: 'legit',
  description: 'county mobilization: 3,000-8,000 staff in 2-3 h, 2/3 via 3-8 government NATs, maybe a 2nd wave',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(30_000, 60_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.2, 0.8);
    const day = workdayFrom(ballot.firstDay + rng.int(1, 3));
    const nats = Array.from({ length: rng.int(3, 8) }, () => world.businessAddresses(rng, target.home, 'chinanet', 1)[0]);
    const windows = new Windows(scene, 'legit', 'gov-mobilization', target);
    const m = { candidate: target, start: at(day, rng.int(8 * 60 + 30, 10 * 60 + 30)), people: rng.int(3000, 8000), forwardMeanMin: rng.uniform(40, 60), nats, natShare: 0.66, source: windows.source(0) };
    const first = mobilize(rng, scene, m);
    if (rng.chance(0.5)) {
      const next = workdayFrom(day + 1);
      const again = { ...m, start: m.start + (next - day) * DAY + rng.int(-60, 60) * 60_000, source: windows.source(1) };
      const back = first.filter(() => rng.chance(0.5)).map((p) => ({ ...p, at: again.start + (p.at - m.start) * rng.uniform(0.8, 1.3) }));
      for (const p of back) vote(rng, scene, again, p);
      mobilize(rng, scene, { ...again, people: Math.round(back.length * 0.2) });
    }
  },
};
