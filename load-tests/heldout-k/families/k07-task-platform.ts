import { HOUR } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { byRank, daySources, organicSize, scaled, type Family } from './family';

/**
 * A paid task on a 悬赏 (bounty) app: the buyer tops the task up twice a day (10:00 and 20:00)
 * and the platform caps it at a few dozen completions an hour, so the votes come as a steady
 * trickle of strangers from all over China, each on their own phone and network, until the day's
 * quota is gone. A quarter of workers also vote with one or two alternate accounts on the same
 * phone; a third of workers come back the next day.
 */
export const taskPlatform: Family = {
  id: 'K7',
  kind: 'attack',
  description: 'bounty-app task: rate-capped trickle of paid strangers nationwide, twice-daily top-ups',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const c = byRank(ctx, rng.uniform(0.2, 0.5));
    const src = daySources(ctx, 'task-platform', 'attack', c);
    const id = ballot.candidates[c].id;
    const capPerHour = rng.uniform(30, 60) * scale;
    const first = rng.int(1, 3);
    let regulars: Person[][] = [];
    for (let d = first; d < first + 4; d++) {
      const today: Person[][] = [];
      for (const topUp of [10, 20]) {
        const quota = scaled(scale, rng.int(250, 450), 3);
        let at = rhythm.dayStart(d) + topUp * HOUR;
        for (let done = 0; done < quota; ) {
          at += rng.exponential(HOUR / Math.max(1, capPerHour));
          let worker = regulars.length > 0 && rng.chance(0.3) ? regulars.splice(rng.int(0, regulars.length - 1), 1)[0] : undefined;
          if (!worker) {
            const main = people.make(rng, { candidate: c, segment: rng.chance(0.5) ? 'migrant' : 'town', area: rng.chance(0.85) ? net.elsewhere(rng) : people.areaOf(c), life: 'town' });
            worker = [main];
            for (let k = rng.chance(0.25) ? rng.int(1, 2) : 0; k > 0; k--) worker.push({ ...main, account: ctx.ledger.newAccount() });
          }
          let t = at;
          for (const p of worker) {
            people.vote(rng, p, t, src(d), undefined, [id]);
            t += rng.uniform(40, 120) * 1000;
            done++;
          }
          today.push(worker);
        }
      }
      regulars = today.filter(() => rng.chance(0.33));
    }
  },
};
