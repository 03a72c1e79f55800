import { MINUTE } from '../../heldout/calendar';
import { midCandidate } from '../model/ballot';
import { organicSize, scaled, type Family } from './family';

/**
 * Paid real people: a task platform posts "vote for X, 0.8 yuan" in batches of a few hundred,
 * every hour or two from morning to late evening, for four days. Workers all over China (and some
 * in Guangdong) grab the batch within minutes, each on their own phone and network. One in ten
 * tasks is done by a "studio" worker who runs a dozen accounts on one phone, one after another.
 */
export const taskPlatform: Family = {
  id: 'I7',
  kind: 'attack',
  description: 'task platform: paid workers nationwide grab batches within minutes; some multi-account',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, people, rhythm, scale }) {
    const target = midCandidate(rng, ballot);
    const first = rng.int(1, 3);
    for (let d = first; d < Math.min(rhythm.days, first + 4); d++) {
      const src = ledger.source({ name: `tasks day ${d}`, kind: 'attack', candidateId: target, group: 'task platform' });
      for (let hour = rng.uniform(9, 10.5); hour < 22.5; hour += rng.uniform(1, 2)) {
        const release = rhythm.at(d, hour);
        let tasks = scaled(scale, rng.int(60, 180));
        while (tasks > 0) {
          const grab = release + rng.gamma(1.3, 3.5 * MINUTE);
          const where = rng.chance(0.75) ? 'cn' : 'gd';
          const city = rng.pick(['广州市', '深圳市', '东莞市', '湛江市', '汕头市']);
          const worker = people.make(rng, { where, city, profile: 'metro', segment: rng.chance(0.6) ? 'budget' : 'metro' });
          if (rng.chance(0.1)) {
            // A studio worker: the same phone and address, account after account.
            const via = people.connect(rng, worker, grab);
            const n = Math.min(tasks, rng.int(8, 16));
            for (let i = 0; i < n; i++) {
              const alt = { ...worker, account: ledger.newAccount() };
              people.vote(rng, alt, grab + i * rng.uniform(35, 70) * 1000, [target], src, via);
            }
            tasks -= n;
          } else {
            people.vote(rng, worker, grab, [target], src);
            tasks--;
          }
        }
      }
    }
  },
};
