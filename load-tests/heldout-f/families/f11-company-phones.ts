import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { androidDevice } from '../devices';
import { ANDROID_MODELS } from '../phones';
import { castBy, makePerson } from '../people';
import { at } from '../time';
import { perDay, waveTimes } from './kit';

/**
 * A state-owned employer (power supply bureau, tobacco company) issued every employee the same
 * phone, managed by MDM: one model, one build, one or two WeChat versions; only the MMWEBID
 * differs per install. After the morning meeting on three days, hundreds of staff vote from the
 * office's one or two NAT addresses within the hour.
 */
export const F11: Family = {
  id: 'F11',
  kind: 'legit',
  description: 'employer staff on one company-issued phone model vote from the office NAT, 3 days',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.3, 0.8);
    const source = perDay(b, 'company-phones', 'legit', target);
    const model = rng.pick(ANDROID_MODELS.filter((m) => m.tier === 'new' && (m.brand === 'huawei' || m.brand === 'honor')));
    const wechat = [rng.int(5, 6), 7];
    const office = b.nets.nat(rng, 2);
    const staff = Array.from({ length: rng.int(350, 800) }, () =>
      makePerson(rng, b, { favourite: target, owner: 'adult', office, device: androidDevice(rng, model, 'adult', { build: 0, wechat: rng.pick(wechat), xweb: 3 }) }),
    );
    const d0 = rng.int(1, 3);
    for (const [k, d] of [d0, d0 + 1, d0 + 3].entries()) {
      const start = at(b.cal, d, rng.uniform(8.7, 9.6));
      const turnout = k === 0 ? 0.85 : rng.uniform(0.45, 0.7);
      const present = staff.filter(() => rng.chance(turnout));
      const times = waveTimes(rng, start, present.length, 14, 0.8);
      present.forEach((p, i) => castBy(rng, b, p, times[i], source(d), rng.chance(0.88) ? b.nets.natAddr(rng, office) : undefined));
    }
  },
};
