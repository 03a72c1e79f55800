import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import type { Person } from '../model/crowd';
import type { Area } from '../model/networks';
import { organicSize, scaled, type Family } from './family';

/**
 * 任务平台: the client posts a paid task ("vote for X, send a screenshot, 0.8 yuan") in batches
 * through the day. Real people anywhere in China grab each batch within minutes, on their own
 * phones and networks; a quarter of workers come back for the next days' batches.
 */
export const taskPlatform: Family = {
  id: 'N5',
  kind: 'attack',
  description: 'paid task platform: batches grabbed by real workers across China',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 5, 14);
    const regulars: Person[] = [];
    const first = rng.int(1, 3);
    for (let d = first; d < first + 4; d++) {
      const source = ledger.source({ name: `N5 tasks day ${d}`, kind: 'attack', candidateId: target.id, group: 'tasks' });
      for (let release = rhythm.clock(d, 9, rng.int(0, 30)); release < rhythm.clock(d, 23); release += rng.uniform(90, 150) * MINUTE) {
        for (let i = 0, n = scaled(scale, rng.int(40, 100), 2); i < n; i++) {
          let p: Person;
          if (regulars.length > 20 && rng.chance(0.25)) p = rng.pick(regulars);
          else {
            const r = rng.next();
            const area: Area = r < 0.7 ? 'elsewhere' : r < 0.9 ? 'guangdong' : rng.pick(ballot.candidates).cityKey;
            p = people.make(rng, { area, profile: 'city', segment: rng.chance(0.6) ? 'budget' : 'town', broadband: 0.5 });
            if (rng.chance(0.3)) regulars.push(p);
          }
          people.vote(rng, p, release + rng.gamma(1.4, 4 * MINUTE), [target.id], source);
        }
      }
    }
  },
};
