import { HOUR } from '../../heldout/calendar';
import { deviceOf, MODELS, wechatFor, type Device } from '../model/devices';
import { carrierOf } from '../model/networks';
import { byRank, daySources, organicSize, scaled, type Family } from './family';

/**
 * Rented aged accounts driven by a protocol client (no phone at all) through a dynamic
 * residential proxy service targeted at the candidate's own prefecture: every vote exits from a
 * different home or mobile address of that city. The client reports one of a dozen device
 * profiles from its list, each account keeping its own; jobs run 08:00–23:30 on the town's
 * curve, about 60% of accounts each day for five days.
 */
export const residentialProxies: Family = {
  id: 'K3',
  kind: 'attack',
  description: 'rented accounts via a city-targeted residential proxy pool, five days on the local curve',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, ledger, scale } = ctx;
    const c = byRank(ctx, rng.uniform(0.25, 0.5));
    const id = ballot.candidates[c].id;
    const area = people.areaOf(c);
    const src = daySources(ctx, 'residential-proxies', 'attack', c);
    const profiles = Array.from({ length: 12 }, () => rng.pick(MODELS));
    const accounts: Array<{ account: string; device: Device }> = Array.from({ length: scaled(scale, rng.int(500, 800), 5) }, () => {
      const model = rng.pick(profiles);
      return { account: ledger.newAccount(), device: deviceOf(rng, model, wechatFor(rng, 'town', model.year)) };
    });
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      for (const a of accounts) {
        if (!rng.chance(0.6)) continue;
        let at = rhythm.timeOn(rng, 'town', d);
        const minute = (at - rhythm.dayStart(d)) / 60_000;
        if (minute < 8 * 60 || minute > 23.5 * 60) at = rhythm.dayStart(d) + rng.uniform(8, 23.5) * HOUR;
        const home = rng.chance(0.6);
        const ip = home ? net.broadband(area, rng) : net.mobile(area, carrierOf(rng), rng);
        ledger.add({ at, accountId: a.account, candidateIds: [id], ip, userAgent: a.device.ua(home ? 'WIFI' : '4G'), source: src(d) });
      }
    }
  },
};
