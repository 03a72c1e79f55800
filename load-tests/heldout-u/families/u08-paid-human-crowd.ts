import { MINUTE } from '../../heldout/calendar';
import type { Device } from '../model/devices';
import type { Person } from '../model/people';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

/** Where part-time task workers (宝妈, students, idle workers) live: nowhere near Heilongjiang. */
const WORKERS: ReadonlyArray<[string, number]> = [['河南', 18], ['山东', 12], ['四川', 12], ['河北', 10], ['安徽', 10], ['湖南', 9], ['广西', 8], ['广东', 8], ['江苏', 6], ['吉林', 4], ['辽宁', 3]];

/**
 * U8, "人工真人投票" (votes by real people, by hand), as sold on shopping platforms at a few
 * jiao a vote: the vendor posts orders of 50–130 votes into its part-time workers' groups every
 * hour or two from 09:00 to 22:30 for three or four days. Workers grab them within minutes on
 * their own phones and networks all over China. Many keep a second WeChat (应用分身) and vote
 * again with it a minute later — same phone, same address — and some run a third or fourth
 * account on a spare phone. A few workers come back the next day.
 */
export const paidHumanCrowd: Family = {
  id: 'U8',
  kind: 'attack',
  description: 'paid real-person voting: task batches to workers nationwide, clone accounts',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, scale } = ctx;
    const teacher = byRank(ctx, 5, 13);
    const first = rng.int(1, 2);
    const days = rng.int(3, 4);
    const source = sourcesPer(ctx, { name: 'paid-crowd', kind: 'attack', teacher });
    let yesterday: Person[] = [];
    for (let d = first; d < Math.min(rhythm.days, first + days); d++) {
      const today: Person[] = [];
      let post = rhythm.at(d, 9 * 60 + rng.uniform(0, 40));
      const last = rhythm.at(d, 22 * 60 + 30);
      while (post < last && post < ballot.cal.closesAt) {
        const batch = scaled(scale, rng.int(50, 130), 2);
        let filled = 0;
        while (filled < batch) {
          const back = yesterday.length > 0 && rng.chance(0.12) ? yesterday.splice(rng.int(0, yesterday.length - 1), 1)[0] : undefined;
          const region = WORKERS[rng.weightedIndex(WORKERS.map((w) => w[1]))][0];
          const worker = back ?? people.make(rng, { life: rng.chance(0.5) ? 'parent' : 'migrant', segment: 'budget', region, home: 0.5 });
          today.push(worker);
          const t = post + rng.gamma(1.6, 3.5) * MINUTE;
          if (t >= ballot.cal.closesAt) break;
          const { ip, net } = people.connection(rng, worker, t);
          people.voteVia(worker, t, [teacher.id], ip, net, source(d));
          filled++;
          // The clone and the spare phone: extra accounts, same address, a minute or so later.
          const extra = rng.chance(0.35) ? 1 : rng.chance(0.12) ? rng.int(2, 3) : 0;
          let at = t;
          let phone: Device = worker.device.reinstall(rng);
          for (let k = 0; k < extra && filled < batch; k++) {
            at += rng.uniform(20, 70) * 1000;
            if (k === 1) phone = phone.reinstall(rng);
            const clone: Person = { ...worker, account: people.ledger.newAccount(), device: phone };
            people.voteVia(clone, at, [teacher.id], ip, net, source(d));
            filled++;
          }
        }
        post += rng.uniform(60, 150) * MINUTE;
      }
      yesterday = today;
    }
  },
};
