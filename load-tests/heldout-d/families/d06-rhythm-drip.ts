import { dayWindow, HOUR, sampleRhythm } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import { everydayPhone, type NetType } from '../model/handsets';
import { castRaw } from '../model/scene';
import type { Family } from './family';
import { attackSource } from './kit';

/**
 * A patient operator: a few hundred bought accounts, each with its own plausible phone profile,
 * vote every day of the week at times drawn from the same daily rhythm real people follow, through
 * a pool of 4G proxies all over the country. No burst anywhere; what gives it away is that almost
 * every account comes back every single day, from wherever the proxy happens to be.
 */
export const D6: Family = {
  id: 'D6',
  kind: 'attack',
  title: 'daily drip over 7 days on the human rhythm: ~400 accounts, 4G proxies',
  description:
    'A pool of 350-500 bought accounts with persistent realistic phone profiles votes on every day of the ballot (about 80% of them each day) at instants drawn from the human daily rhythm, through 4G proxy exits all over China; one window per day.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan } = scene;
    const target = candidateRanked(rng, contest, 3, 9);
    const regions = [...plan.jiangxi, ...plan.elsewhere];
    const pool = Array.from({ length: rng.int(350, 500) }, () => ({ account: scene.ledger.newAccount(), phone: everydayPhone(rng, rng.chance(0.7) ? 'adult' : 'youth'), picks: choosePicks(rng, contest, target) }));
    for (let day = 0; day < cal.dayCount; day++) {
      const [from, to] = dayWindow(cal, day);
      if (to - from < HOUR) continue;
      const source = attackSource(scene, `daily drip, day ${day}`, target, 'D6 rhythm drip');
      for (const bot of pool) {
        if (!rng.chance(0.8)) continue;
        const net: NetType = bot.phone.fiveG && rng.chance(0.5) ? '5G' : '4G';
        castRaw(scene, source, bot.account, sampleRhythm(rng, from, to), bot.picks, plan.cellV4(rng, rng.pick(regions), rng.chance(0.6) ? 'mobile' : 'unicom'), bot.phone.ua(net));
      }
    }
  },
};
