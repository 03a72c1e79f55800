import { MINUTE } from '../../heldout/calendar';
import type { Segment } from '../model/devices';
import { HLJ_CITIES } from '../model/places';
import type { Person } from '../model/people';
import type { Life } from '../model/rhythm';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

const FAR: readonly string[] = ['北京', '辽宁', '山东', '广东', '江苏', '上海', '浙江', '河南', '河北', '四川', '天津', '吉林'];

/**
 * U12, a viral forward: one evening the county media centre posts a short film — the teacher
 * walking pupils home through a blizzard at −30 °C — and it spreads through group chats. Seed
 * groups, log-normal group sizes, each voter sometimes forwarding it on to a new group (in their
 * own city or elsewhere), most groups hours later as the cascade spreads and dies down overnight.
 * Every voter is new to the ballot; a quarter come back the next day.
 */
export const viralForward: Family = {
  id: 'U12',
  kind: 'legit',
  description: 'viral blizzard video forwarded through group chats, 6k-10k new voters',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 30_000),
  build(ctx) {
    const { rng, rhythm, ballot, people, scale } = ctx;
    const teacher = byRank(ctx, 8, 20);
    const day = rng.int(2, 4);
    const cap = scaled(scale, rng.int(6000, 10000), 30);
    const source = sourcesPer(ctx, { name: 'viral', kind: 'legit', teacher });
    const homeCity = rng.pick(HLJ_CITIES);
    const post = rhythm.at(day, 19 * 60 + 30 + rng.normal(0, 12));
    // Group posts waiting to be read, kept sorted by time.
    const queue: Array<{ at: number; region: string }> = Array.from({ length: rng.int(8, 15) }, () => ({ at: post + rng.uniform(0, 30) * MINUTE, region: homeCity }));
    queue.sort((a, b) => a.at - b.at);
    const voters: Person[] = [];
    while (queue.length > 0 && voters.length < cap) {
      const g = queue.shift() as { at: number; region: string };
      const hlj = HLJ_CITIES.includes(g.region);
      const life: Life = hlj ? (rng.chance(0.5) ? 'parent' : 'village') : rng.chance(0.7) ? 'urban' : 'migrant';
      const segment: Segment = hlj ? 'rural' : rng.chance(0.7) ? 'urban' : 'budget';
      const members = Math.round(rng.logNormal(55, 0.9));
      for (let i = 0; i < members && voters.length < cap; i++) {
        if (!rng.chance(0.33)) continue;
        const t = rhythm.pickUp(rng, life, g.at + rng.gamma(1.2, 12) * MINUTE);
        if (t >= ballot.cal.closesAt || rhythm.dayOf(t) > day + 1) continue;
        const p = people.make(rng, { life, segment, region: g.region, home: 0.55 });
        voters.push(p);
        people.vote(rng, p, t, people.choices(rng, teacher), source(rhythm.dayOf(t) === day ? 'evening' : 'overnight'));
        if (rng.chance(0.07)) {
          const region = rng.chance(0.6) ? g.region : rng.chance(0.4) ? rng.pick(HLJ_CITIES) : rng.pick(FAR);
          const at = t + rng.logNormal(20, 0.8) * MINUTE;
          let k = queue.length;
          while (k > 0 && queue[k - 1].at > at) k--;
          queue.splice(k, 0, { at, region });
        }
      }
    }
    for (const p of voters) {
      if (!rng.chance(0.25)) continue;
      const t = people.around(rng, day + 1, p.habit, 45);
      if (t < ballot.cal.closesAt && rhythm.dayOf(t) === day + 1) people.vote(rng, p, t, people.choices(rng, teacher), source('next-day'));
    }
  },
};
