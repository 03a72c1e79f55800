import { clockTime, MINUTE } from '../model/clock';
import { candidateRanked } from '../model/contest';
import { ANDROID_MODELS, androidDevice } from '../model/handsets';
import { RELEASES } from '../model/wechat-builds';
import { castRaw } from '../model/scene';
import type { Family } from './family';
import { attackSource } from './kit';

/**
 * Cloud phones (云手机): virtual Android handsets rented by the hour in an IDC. They all run the
 * provider's image (the same model, Android and build; an older WeChat), claim to be on 4G, and
 * sit in one or two IDC /24s. The operator's script walks each virtual phone through its accounts
 * with random waits, in the small hours when rental is cheapest, on two nights.
 */
export const D8: Family = {
  id: 'D8',
  kind: 'attack',
  title: 'cloud-phone farm in an IDC, 01:00-04:30, one image, claims 4G, two nights',
  description:
    'Cloud phones in 1-2 IDC /24s (50-80 virtual handsets from one image: same model, Android, build and old WeChat, distinct MMWEBIDs, NetType 4G) each walk 12-18 accounts with 6-16 minute random waits between 01:00 and 04:30 on two nights, reusing the accounts on the second night.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3, 5] },
  organic: [26_000, 36_000],
  build(scene, rng) {
    const { contest, cal, plan } = scene;
    const target = candidateRanked(rng, contest, 3, 10);
    const pick = [contest.candidates[target].id];
    const model = rng.pick(ANDROID_MODELS.filter((m) => m.android[0] <= 10 && m.brand !== 'huawei'));
    const release = rng.pick(RELEASES.slice(5));
    const subnets = Array.from({ length: rng.int(1, 2) }, () => plan.hostingBlock(rng, 'idc'));
    const image = androidDevice(rng, { model, android: 10, release });
    const build = image.ua('4G').match(/Build\/([^;]+);/)?.[1];
    const phones = Array.from({ length: rng.int(50, 80) }, () => ({
      device: androidDevice(rng, { model, android: 10, release, build }),
      ip: `${rng.pick(subnets)}.${rng.int(2, 253)}`,
      accounts: Array.from({ length: rng.int(12, 18) }, () => scene.ledger.newAccount()),
    }));
    const first = rng.int(1, 4);
    for (const day of [first, first + rng.int(1, 2)]) {
      const source = attackSource(scene, `cloud phones, night of day ${day}`, target, 'D8 cloud phones');
      for (const phone of phones) {
        let t = clockTime(cal, day, rng.uniform(1, 1.7));
        for (const account of phone.accounts) {
          if (t > clockTime(cal, day, 4.5)) break;
          castRaw(scene, source, account, t, pick, phone.ip, phone.device.ua('4G'));
          t += rng.uniform(6, 16) * MINUTE;
        }
      }
    }
  },
};
