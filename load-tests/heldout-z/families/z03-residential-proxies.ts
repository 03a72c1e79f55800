import { HOUR } from '../../heldout/calendar';
import { at } from '../model/ballot';
import { androidDevice, ANDROID_MODELS, ua, WECHAT_BUILDS } from '../model/devices';
import { attackSource, candidateIn, fullDays, organicSize, raw, scaled, type Family } from './family';

/**
 * A residential-proxy script paced over days: every vote through a new home-broadband exit
 * (70% other provinces, 30% Inner Mongolia), a UA filled from a template (model, build, install
 * id), a randomized interval from 08:00 to 23:30; a fifth of yesterday's accounts come back.
 */
export const residentialProxies: Family = {
  id: 'Z3',
  kind: 'attack',
  description: 'residential proxies: a new home address per vote, template UAs, paced 08:00-23:30 for 4-5 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net } = ctx;
    const c = candidateIn(ctx, null, 0.55);
    const days = fullDays(ctx);
    const first = rng.int(0, 1);
    const models = ANDROID_MODELS.filter((m) => m[5] > 0);
    let yesterday: string[] = [];
    for (const d of days.slice(first, first + rng.int(4, 5))) {
      const n = scaled(ctx.scale, rng.int(220, 420), 3);
      const src = attackSource(ctx, `z3-proxies-d${d}`, c, 'z3-proxies');
      const start = at(ballot.cal, d, 8 + rng.uniform(0, 0.5));
      const mean = (15.5 * HOUR) / n;
      let t = start;
      const today: string[] = [];
      for (let i = 0; i < n; i++) {
        t += mean * rng.uniform(0.4, 1.6);
        const account = yesterday.length > 0 && rng.chance(0.2) ? yesterday.splice(rng.int(0, yesterday.length - 1), 1)[0] : ctx.ledger.newAccount();
        today.push(account);
        const m = rng.pick(models);
        const device = androidDevice(rng, { model: m[0], android: m[1], build: m[2], fiveG: m[3], wechat: rng.pick(WECHAT_BUILDS.slice(-5)) });
        const ip = rng.chance(0.3) ? net.anywhere(rng) : net.province(rng);
        raw(ctx, t, account, [c.id], ip, ua(device, 'WIFI'), src);
      }
      yesterday = today;
    }
  },
};
