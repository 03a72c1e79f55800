import type { Rng } from '../../heldout/prng';
import { poissonArrivals } from '../model/arrivals';
import { clockTime, HOUR } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import { ANDROID_MODELS, androidDevice, type NetType } from '../model/handsets';
import { RELEASES } from '../model/wechat-builds';
import { castRaw } from '../model/scene';
import type { Family } from './family';
import { attackSource } from './kit';

const NETS: readonly NetType[] = ['WIFI', '4G', '5G'];

/**
 * A user agent from a naive randomiser: model, Android version, WeChat release and NetType drawn
 * independently and uniformly, so an old budget phone can claim Android 14 and a Wi-Fi line can
 * claim 5G. Each string is used once.
 */
function randomisedUa(rng: Rng): string {
  const model = rng.pick(ANDROID_MODELS);
  return androidDevice(rng, { model, android: rng.int(9, 14), release: rng.pick(RELEASES) }).ua(rng.pick(NETS));
}

/**
 * A residential proxy service: every request leaves from a different home broadband line somewhere
 * in China, at a steady rate through the day and night, each with a freshly randomised user agent.
 * On a multi-choice ballot the script copies what people tick, so the target rides with others.
 */
export const D4: Family = {
  id: 'D4',
  kind: 'attack',
  title: 'residential proxy rotation: new home IP + random UA per vote, 5-8 h steady',
  description:
    'A residential-proxy script: 1800-2600 fresh accounts over 5-8 hours at a steady Poisson rate regardless of the hour, each vote from a different home broadband address nationwide and a user agent from a naive randomiser.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 5] },
  organic: [28_000, 40_000],
  build(scene, rng) {
    const { contest, cal, plan } = scene;
    const target = candidateRanked(rng, contest, 2, 9);
    const source = attackSource(scene, 'residential proxies', target, 'D4 residential proxies');
    const hours = rng.uniform(5, 8);
    const count = rng.int(1800, 2600);
    const start = clockTime(cal, rng.int(1, 4), rng.uniform(0, 24));
    const rate = count / hours;
    const regions = [...plan.jiangxi, ...plan.elsewhere];
    for (const t of poissonArrivals(rng, start, start + hours * HOUR, () => rate, rate)) {
      const picks = choosePicks(rng, contest, target);
      castRaw(scene, source, scene.ledger.newAccount(), t, picks, plan.anyHome(rng, rng.pick(regions)), randomisedUa(rng));
    }
  },
};
