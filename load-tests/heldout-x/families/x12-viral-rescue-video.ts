import { HOUR, MINUTE } from '../../heldout/calendar';
import { candidateByProfile } from '../model/ballot';
import { CITIES, CITY_WEIGHT, type CityId } from '../model/places';
import type { PersonSpec } from '../model/people';
import { at, labelled, laterDays, organicSize, scaled, type Family } from './family';

/**
 * X12, honest: a phone video of the Pingtan search team pulling a capsized crab boat's crew out of
 * the night sea is posted by a Fuzhou news account one evening and forwarded group to group. Each
 * group chat (its size log-normal) sees 15–45% of its members vote in the next minutes to hours,
 * and a few voters forward it on into groups of their own: Pingtan and Fuzhou first, then the rest
 * of Fujian, other provinces and a few Taiwanese and overseas. 7,000–12,000 fresh accounts in one
 * evening; a fifth come back on later days.
 */
export const viralRescueVideo: Family = {
  id: 'X12',
  kind: 'legit',
  description: 'a Pingtan rescue video cascades through group chats: 7-12k fresh voters in one evening',
  seeds: [1, 2, 3],
  ballot: { need: ['pingtan-search'] },
  organicVotes: (rng) => organicSize(rng, 32_000),
  build(ctx) {
    const { rng, people, ballot, crowd } = ctx;
    const cand = candidateByProfile(ballot, 'pingtan-search');
    const day = rng.int(2, 4);
    const t0 = at(ctx, day, 19, rng.int(30, 90));
    const cap = scaled(ctx.scale, rng.int(7000, 12000), 40);
    const source = labelled(ctx, 'x12-viral', 'legit', cand, 'x12-viral');
    type Group = { at: number; where: 'home' | 'fujian' | 'outside' | 'abroad'; depth: number };
    const queue: Group[] = Array.from({ length: rng.int(10, 20) }, () => ({ at: t0 + rng.exponential(15) * MINUTE, where: 'home', depth: 0 }));
    let voters = 0;
    while (queue.length > 0 && voters < cap) {
      queue.sort((a, b) => a.at - b.at);
      const g = queue.shift() as Group;
      const size = Math.min(500, Math.round(rng.logNormal(170, 0.75) * Math.max(0.2, ctx.scale * 4)));
      const turnout = rng.uniform(0.15, 0.45);
      for (let i = 0; i < size && voters < cap; i++) {
        if (!rng.chance(turnout)) continue;
        voters++;
        let spec: PersonSpec;
        if (g.where === 'home') {
          const city: CityId = rng.chance(0.45) ? 'pingtan' : 'fuzhou';
          spec = { city, segment: rng.chance(0.6) ? 'office' : 'town', market: city === 'pingtan' ? 'county' : 'city' };
        } else if (g.where === 'fujian') {
          const city = CITIES[rng.weightedIndex(CITIES.map((c) => CITY_WEIGHT[c]))];
          spec = { city, segment: rng.chance(0.6) ? 'office' : 'town', market: 'city' };
        } else if (g.where === 'outside') {
          spec = { city: 'fuzhou', segment: 'office', market: 'city', outside: rng.int(0, 5) };
        } else {
          const country = rng.pick(['TW', 'TW', 'US', 'MY', 'SG'] as const);
          spec = { city: 'pingtan', segment: 'office', market: country === 'TW' ? 'taiwanese' : 'overseas', abroad: country, deviceOptions: { language: country === 'TW' ? 'zh_TW' : 'zh_CN' } };
        }
        const p = people.make(rng, spec);
        const t = g.at + (rng.chance(0.8) ? rng.gamma(1.1, 11) : rng.logNormal(90, 0.8)) * MINUTE;
        people.vote(rng, p, t, crowd.selection(rng, cand), source);
        laterDays(ctx, p, cand, t, 0.2);
        if (rng.chance(0.05) && t < t0 + 6 * HOUR) {
          const where = g.where === 'home' ? (rng.chance(0.6) ? 'home' : rng.chance(0.75) ? 'fujian' : 'outside') : g.where === 'abroad' ? 'abroad' : rng.chance(0.08) ? 'abroad' : rng.chance(0.6) ? g.where : 'outside';
          queue.push({ at: t + rng.logNormal(6, 0.8) * MINUTE, where, depth: g.depth + 1 });
        }
      }
    }
  },
};
