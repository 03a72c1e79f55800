import type { Rng } from '../../heldout/prng';
import { clockTime, HOUR, SECOND } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import { everydayPhone, type NetType } from '../model/handsets';
import { castRaw, castReturns, CASUAL } from '../model/scene';
import type { Family } from './family';
import { aftermathSource, surgeSource } from './kit';

/** The market morning's crowd: builds from dawn, peaks mid-morning, thins by noon. */
function marketInstant(rng: Rng, dawn: number): number {
  for (;;) {
    const h = rng.uniform(0, 5);
    if (rng.next() < Math.exp(-0.5 * ((h - 2.3) / 1.1) ** 2)) return dawn + h * HOUR;
  }
}

/**
 * A market town (赶集): every third day the township fills with farmers from the surrounding
 * villages. Volunteers set up a stall with a QR-code poster at the market and help people vote,
 * a queue at a time, on the people's own phones. The town's cell towers reach the internet
 * through a few carrier NAT addresses, so hundreds of votes share a handful of IPv4 addresses.
 */
export const D18: Family = {
  id: 'D18',
  kind: 'legit',
  title: 'market-day town: volunteer stall, queues, few cell NAT IPs, every 3rd day',
  description:
    'Every third day a market town fills; volunteers at a QR-code stall help 600-1200 people per market morning (07:00-12:00) vote on their own, often old, phones in small queues seconds apart; the town\'s 4G reaches the internet through 3-6 carrier NAT addresses (IPv6 phones each their own); some vote again later from home.',
  seeds: [1, 2],
  ballot: { category: 'township', maxChoices: [1, 5] },
  organic: [30_000, 40_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const target = candidateRanked(rng, contest, 4, 15);
    const region = plan.region(contest.candidates[target].city);
    const sim = rng.chance(0.7) ? 'mobile' : 'telecom';
    const towers = Array.from({ length: rng.int(3, 6) }, () => plan.cellV4(rng, region, sim));
    const later = aftermathSource(scene, 'market-goers, later days');
    for (let day = rng.int(0, 2); day < cal.dayCount; day += 3) {
      const dawn = clockTime(cal, day, 7);
      if (dawn < cal.opensAt || dawn + 5 * HOUR > cal.closesAt) continue;
      const source = surgeSource(scene, `market day ${day}`, target, 'D18 market town');
      let left = rng.int(600, 1200);
      while (left > 0) {
        // A queue at the stall: a volunteer walks a few people through it, one phone after another.
        let t = marketInstant(rng, dawn);
        for (let q = Math.min(left, rng.int(1, 6)); q > 0; q--, left--) {
          const device = everydayPhone(rng, rng.chance(0.45) ? 'elderly' : 'adult');
          const person = people.person({ region, device, sim, cohort: 'adult' });
          const net: NetType = device.fiveG && rng.chance(0.3) ? '5G' : '4G';
          const picks = choosePicks(rng, contest, target);
          const ip = person.v6Cell && rng.chance(0.6) ? plan.cellV6(region, sim, device.seed, day) : rng.pick(towers);
          castRaw(scene, source, person.account, t, picks, ip, device.ua(net));
          if (rng.chance(0.3)) castReturns(scene, later, person, t, target, picks, CASUAL, rng);
          t += rng.uniform(20, 90) * SECOND;
        }
      }
    }
  },
};
