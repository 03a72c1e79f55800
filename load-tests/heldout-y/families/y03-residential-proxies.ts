import { MINUTE } from '../../heldout/calendar';
import { Device, MODELS } from '../model/devices';
import { PROVINCES } from '../model/networks';
import { midTable, organicSize, windows, type Family } from './family';

/**
 * A script behind a rotating residential-proxy service: every vote a new home-broadband exit
 * somewhere in China (a third in Hebei), a user agent filled from one template (model, Android,
 * WeChat build and install id drawn), paced over 08:00–23:30 for four days.
 */
export const residentialProxies: Family = {
  id: 'Y3',
  kind: 'attack',
  description: 'residential proxies: new exit per vote, templated UAs, paced 08-23:30 for 4 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, ledger } = ctx;
    const target = midTable(ctx, 3, 12);
    const src = windows(ctx, 'attack', 'proxies', target);
    const provinces = Object.keys(PROVINCES);
    const models = [...MODELS.xiaomi, ...MODELS.vivo, ...MODELS.oppo, ...MODELS.honor].filter((m) => m.year >= 2021);
    const builds = [56, 58, 60];
    const perDay = Math.max(5, Math.round(ctx.crowd.daily(target.id) * rng.uniform(0.5, 0.9)));
    const first = rng.int(1, Math.max(1, ballot.cal.dayCount - 5));
    let yesterday: string[] = [];
    for (let d = first; d < first + 4 && d < ballot.cal.dayCount; d++) {
      const today: string[] = [];
      const lo = rhythm.clock(d, 8);
      const span = rhythm.clock(d, 23.5) - lo;
      const gap = span / perDay;
      let at = lo;
      for (let i = 0; i < perDay; i++) {
        at += gap * rng.uniform(0.5, 1.5);
        const account = yesterday.length && rng.chance(0.25) ? yesterday.splice(rng.int(0, yesterday.length - 1), 1)[0] : ledger.newAccount();
        today.push(account);
        const ip = rng.chance(0.33) ? net.home(rng, rng.pick(['石家庄', '保定', '邯郸', '沧州', '廊坊', '唐山'])) : net.homeIn(rng, rng.pick(provinces));
        const dev = new Device(rng.pick(models), rng.int(12, 14), '', rng.pick(builds), rng.int(1000, 9999));
        ledger.add({ at: Math.round(at + rng.uniform(-1, 1) * MINUTE), accountId: account, candidateIds: [target.id], ip, userAgent: dev.ua(rng.chance(0.7) ? 'WIFI' : '4G'), source: src(d) });
      }
      yesterday = today;
    }
  },
};
