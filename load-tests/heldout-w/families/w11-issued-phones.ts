import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import { hospitalExits } from '../model/crowd';
import { androidDevice, handset, WECHAT } from '../model/devices';
import { selection } from '../model/people';
import { organicSize, scaled, sourcesBy, type Family } from './family';

/**
 * W11. Meihekou Central Hospital bought its clinical staff one work phone each (an Honor X50 on a
 * China Mobile group contract, WeChat kept at one build by the hospital's device management) for
 * patient follow-up groups. The nurse's colleagues vote on those phones, right after the 08:00
 * handover meeting or before leaving at 16:30, from the hospital's staff Wi-Fi; at weekends a few
 * vote from home.
 */
export const issuedPhones: Family = {
  id: 'W11',
  kind: 'legit',
  description: 'Meihekou hospital staff on identical issued Honor phones vote from staff Wi-Fi',
  seeds: [1, 2],
  ballot: { require: [{ hospital: 'mhk' }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = nomineeAt(ballot, 'mhk');
    const { staff: exits } = hospitalExits(net, target);
    const model = handset('ALI-AN00');
    const wechat = WECHAT[3];
    const base = androidDevice(rng, model, wechat, 14);
    const n = scaled(scale, rng.int(260, 420), 5);
    const staff = Array.from({ length: n }, () => {
      const device = base.os === 'android' ? { ...base, webId: rng.int(1, 9999) } : base;
      return { p: people.make(rng, { region: 'TH', profile: rng.chance(0.4) ? 'young' : 'adult', work: exits, device, carrier: 'mobile' }), morning: rng.chance(0.65) };
    });
    const sourceFor = sourcesBy(ctx, 'w11-issued', 'legit', target);
    for (const d of rhythm.openDays()) {
      const rest = rhythm.isRest(d);
      for (const s of staff) {
        if (!rng.chance(rest ? 0.25 : 0.85)) continue;
        if (rest) {
          const at = rhythm.at(d, rng.int(480, 1290));
          people.vote(rng, s.p, at, selection(ballot, target), sourceFor(`day${d}`), people.everyday(rng, s.p, at));
          continue;
        }
        const at = people.notBeforeOpening(rng, s.morning ? rhythm.at(d, 480 + 12) + rng.gamma(1.4, 6) * MINUTE : rhythm.at(d, 990) + rng.gamma(1.4, 9) * MINUTE);
        people.vote(rng, s.p, at, selection(ballot, target), sourceFor(`day${d}`), rng.chance(0.9) ? 'work' : 'mobile');
      }
    }
  },
};
