import { clockTime, MINUTE, SECOND } from '../model/clock';
import { candidateRanked } from '../model/contest';
import { androidDevice, pickAndroidModel, pickRelease } from '../model/handsets';
import { castRaw } from '../model/scene';
import type { Family } from './family';
import { attackSource } from './kit';

/**
 * Group-control racks (群控): a hundred-odd identical phones on shelves, driven by one controller.
 * Each phone holds several accounts; on every wave the controller switches all phones to their
 * next account and sweeps the rack, so the votes land in a tight band once every half hour. The
 * rack's Wi-Fi routers go out over 4G, so each wave leaves through whatever carrier NAT address
 * the routers have at the time. The next day the same waves repeat at the same clock times.
 */
export const D5: Family = {
  id: 'D5',
  kind: 'attack',
  title: 'lockstep racks: ~150 identical phones sweep an account each, every ~30 min',
  description:
    'Group-control racks of 120-180 identical Android phones (one batch, distinct MMWEBIDs) each holding 6-9 accounts; every 25-40 minutes the controller sweeps the rack, one account per phone, within about 40 s; routers uplink over 4G; repeated at the same clock times the next day.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan } = scene;
    const target = candidateRanked(rng, contest, 3, 10);
    const pick = [contest.candidates[target].id];
    const region = rng.pick(plan.elsewhere);
    const model = pickAndroidModel(rng, 'worker');
    const release = pickRelease(rng);
    const android = model.android[0];
    const build = androidDevice(rng, { model, android, release }).ua('WIFI').match(/Build\/([^;]+);/)?.[1];
    const routers = rng.int(3, 5);
    const perPhone = rng.int(6, 9);
    const phones = Array.from({ length: rng.int(120, 180) }, (_, i) => ({
      device: androidDevice(rng, { model, android, release, build }),
      router: i % routers,
      // The controller walks the rack in order: each phone's place in the sweep is fixed.
      offset: (i / 180) * rng.uniform(28, 40) * SECOND,
      accounts: Array.from({ length: perPhone }, () => scene.ledger.newAccount()),
    }));
    const interval = rng.uniform(25, 40) * MINUTE;
    const firstDay = rng.int(1, 4);
    const startHour = rng.uniform(9, 16);
    for (const day of [firstDay, firstDay + 1]) {
      const source = attackSource(scene, `rack waves, day ${day}`, target, 'D5 lockstep racks');
      const start = clockTime(cal, day, startHour) + rng.uniform(-3, 3) * MINUTE;
      for (let wave = 0; wave < perPhone; wave++) {
        const at = start + wave * interval;
        const uplinks = Array.from({ length: routers }, () => plan.cellV4(rng, region, rng.chance(0.7) ? 'mobile' : 'unicom'));
        for (const phone of phones) {
          castRaw(scene, source, phone.accounts[wave], at + phone.offset + rng.uniform(0, 2.5) * SECOND, pick, uplinks[phone.router], phone.device.ua('WIFI'));
        }
      }
    }
  },
};
