import type { Voter } from '../model/people';
import { gansuCrowd, type Family } from './family';
import { attackSource, ballotDays, burst, clock, only, rankedCandidate, scaled, SECOND } from './kit';

/**
 * Paid micro-tasks (悬赏任务): the vendor posts "vote for No. X, ¥0.6" on a task app; real people
 * anywhere in China take it within the hour, each on their own phone and network. A fifth of them
 * run two or three WeChat accounts and vote again from the same phone a minute later; regulars
 * take the next posting too. Two to four postings over the week.
 */
export const taskPlatform: Family = {
  id: 'H7',
  kind: 'attack',
  description: 'task-app workers nationwide: real phones, some with 2-3 accounts, per posting bursts',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, ledger, market } = ctx;
    const c = rankedCandidate(ctx, rng, 2, 14);
    const days = ballotDays(ctx).filter((d) => d >= 1);
    const postings = Array.from({ length: rng.int(2, 4) }, () => clock(ctx, rng.pick(days), rng.pick([10, 14, 20.5, 21.5]) + rng.uniform(0, 0.5))).sort((a, b) => a - b);
    const workers: Voter[][] = [];
    for (const [k, at] of postings.entries()) {
      const src = attackSource(ctx, `task:${k}`, c, 'task-platform');
      const quota = scaled(ctx, rng.int(500, 1200), 5);
      const times = burst(rng, at, quota, rng.uniform(25, 50));
      for (const t0 of times) {
        let accounts: Voter[];
        if (workers.length > 0 && rng.chance(0.3)) accounts = rng.pick(workers);
        else {
          const w = people.outsider(rng, c.index, rng.chance(0.45) ? 'youth' : 'adult');
          accounts = [w];
          if (rng.chance(0.2)) {
            for (let i = rng.int(1, 2); i > 0; i--) {
              // A second account on the same phone (same user agent), or on a spare phone.
              const extra: Voter = { ...w, account: ledger.newAccount(), device: rng.chance(0.6) ? w.device : market.phone(rng, { age: w.age, setting: 'city' }) };
              accounts.push(extra);
            }
          }
          workers.push(accounts);
        }
        let t = t0;
        const net = people.netAt(rng, accounts[0], t);
        for (const v of accounts) {
          people.cast(rng, v, t, src, { ids: only(ctx, c), ip: net.ip, net: net.net });
          t += rng.uniform(20, 60) * SECOND;
        }
      }
    }
  },
};
