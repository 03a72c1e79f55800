import type { Rng } from '../../heldout/prng';
import { clockTime, MINUTE } from '../model/clock';
import { candidateRanked } from '../model/contest';
import { androidDevice, pickAndroidModel, pickAndroidVersion, pickRelease, type Device } from '../model/handsets';
import { castRaw } from '../model/scene';
import type { Family } from './family';
import { attackSource, dayWithHour } from './kit';

/**
 * A click farm of real phones: a few dozen cheap Android handsets on a table, each a genuine
 * WeChat install. A worker logs each phone in to one bought account after another, votes, logs
 * out. Gaps look human but are a little too even; the room has a handful of broadband lines.
 * The farm works two or three afternoons and reuses its accounts on the later ones.
 */

interface Phone {
  device: Device;
  /** The Wi-Fi line the phone sits on. */
  line: number;
  accounts: string[];
  /** The worker's own rhythm with this phone: mean gap between accounts. */
  meanGapMin: number;
}

function farmPhone(rng: Rng): Device {
  const model = pickAndroidModel(rng, 'worker');
  return androidDevice(rng, { model, android: pickAndroidVersion(rng, model, 'worker'), release: pickRelease(rng) });
}

export const D2: Family = {
  id: 'D2',
  kind: 'attack',
  title: 'click farm: ~40 real phones x ~20 accounts in turn, 2-3 afternoons',
  description:
    'A click farm of 30-45 physical Android phones with genuine WeChat user agents; each phone is logged in to ~20 fresh accounts in turn over a few hours from 3-6 broadband addresses, with human-looking but slightly regular gaps; accounts are reused on 1-2 later days.',
  seeds: [1, 2, 3],
  ballot: { category: 'county', maxChoices: [1, 3] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan } = scene;
    const target = candidateRanked(rng, contest, 3, 10);
    const pick = [contest.candidates[target].id];
    const farmRegion = rng.chance(0.5) ? rng.pick(plan.jiangxi) : rng.pick(plan.elsewhere);
    const lines = Array.from({ length: rng.int(3, 6) }, () => plan.anyHome(rng, farmRegion));
    const phones: Phone[] = Array.from({ length: rng.int(30, 45) }, () => ({
      device: farmPhone(rng),
      line: rng.int(0, lines.length - 1),
      accounts: Array.from({ length: rng.int(17, 23) }, () => scene.ledger.newAccount()),
      meanGapMin: rng.uniform(6, 9.5),
    }));
    const first = dayWithHour(scene, rng, 1, 3, 14);
    const days = [first, first + rng.int(1, 2), ...(rng.chance(0.5) ? [first + 4] : [])].filter((d) => d < cal.dayCount - 1);
    const group = 'D2 click farm';
    for (const day of days) {
      const source = attackSource(scene, `click farm, day ${day}`, target, group);
      const start = clockTime(cal, day, rng.uniform(13.2, 15));
      for (const phone of phones) {
        let t = start + rng.uniform(0, 12) * MINUTE;
        // Accounts banned or lost since the day before drop out of the rotation.
        const accounts = day === first ? phone.accounts : phone.accounts.filter(() => rng.chance(0.92));
        for (const account of accounts) {
          const offWifi = rng.chance(0.06);
          const ip = offWifi ? plan.cellV4(rng, farmRegion, 'mobile') : lines[phone.line];
          castRaw(scene, source, account, t, pick, ip, phone.device.ua(offWifi ? '4G' : 'WIFI'));
          // Log out, switch, log in, open the link, tick: the same routine each time, give or take.
          t += Math.max(2, rng.normal(phone.meanGapMin, phone.meanGapMin * 0.12)) * MINUTE;
          if (rng.chance(0.04)) t += rng.uniform(5, 20) * MINUTE;
        }
      }
    }
  },
};
