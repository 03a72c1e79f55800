import { MINUTE } from '../../heldout/calendar';
import type { Province } from '../model/networks';
import { attackSource, organicSize, rankedCandidate, scaled, type Family } from './family';

const PROVINCES: readonly Province[] = ['other', 'guangdong', 'jiangsu', 'zhejiang', 'shanghai', 'beijing'];

/**
 * 任务平台: the candidate's agent posts paid vote tasks (1.5 yuan each) on a task app in batches
 * through the day; real people all over China grab them within minutes on their own phones and
 * networks. One worker in eight runs WeChat clones (微信分身) and votes 2–4 accounts in a row from
 * the same phone and address.
 */
export const taskPlatform: Family = {
  id: 'M4',
  kind: 'attack',
  description: 'task platform: paid batches grabbed by real workers nationwide, some with clones',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.35, 0.8);
    const first = rng.int(1, 3);
    for (let d = first; d < first + 4 && d < ballot.cal.dayCount - 1; d++) {
      const src = attackSource(ctx, `tasks day ${d}`, ci, 'task platform');
      for (let m = 9 * 60 + rng.int(0, 40); m < 22 * 60 + 30; m += rng.int(60, 120)) {
        const batch = scaled(ctx.scale, rng.int(40, 140));
        const release = rhythm.at(d, m);
        for (let i = 0; i < batch; i++) {
          const local = rng.chance(0.25);
          const p = people.make(rng, local ? { city: rng.pick(['合肥市', '阜阳市', '六安市']), segment: 'young' } : { city: '合肥市', province: rng.pick(PROVINCES), segment: rng.chance(0.6) ? 'young' : 'migrant' });
          let t = release + rng.gamma(1.1, 6 * MINUTE);
          const route = people.route(rng, p, t);
          people.vote(rng, p, t, people.selection(rng, ci, 0.9), src, route);
          if (rng.chance(0.125)) {
            for (let c = rng.int(1, 3); c > 0; c--) {
              t += rng.uniform(40, 120) * 1000;
              people.vote(rng, { ...p, account: ctx.ledger.newAccount() }, t, people.selection(rng, ci, 0.9), src, route);
            }
          }
        }
      }
    }
  },
};
