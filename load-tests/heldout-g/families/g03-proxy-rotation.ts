import { HOUR } from '../../heldout/calendar';
import { newPhone } from '../model/devices';
import { homeAddress, mobileAddress, nationalArea, newHome, pickCarrier } from '../model/networks';
import { typicalCrowd, type Family } from './family';
import { byRank, fullDay } from './kit';

/**
 * A bot behind a residential proxy service: every request leaves from a different home or 4G
 * address somewhere in China, with a user agent taken from a scraped list of real WeChat
 * installs. It runs around the clock for a day or two at a steady average rate, with no sleep.
 */
export const proxyRotation: Family = {
  id: 'G3',
  kind: 'attack',
  description: 'residential proxies nationwide, scraped real UAs, steady rate day and night',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, rhythm } = ctx;
    const target = byRank(ctx, 3, 20);
    const votes = Math.max(5, Math.round(rng.int(1500, 3500) * ctx.scale));
    const start = rhythm.at(fullDay(ctx, 0, 3), rng.int(0, 1439));
    const meanGap = (rng.uniform(30, 60) * HOUR) / votes;
    const sources = new Map<number, number>();
    let at = start;
    for (let k = 0; k < votes; k++) {
      at += rng.exponential(meanGap);
      if (at >= rhythm.cal.closesAt) break;
      const d = rhythm.dayOf(at);
      let source = sources.get(d);
      if (source === undefined) sources.set(d, (source = ledger.source({ name: `proxy bot day ${d}`, kind: 'attack', candidateId: target.id, group: `proxy-bot:${target.name}` })));
      const area = nationalArea(rng);
      const broadband = rng.chance(0.7);
      const ip = broadband ? homeAddress(newHome(rng, area), d, rng.uint32()) : mobileAddress(rng, area, pickCarrier(rng, area), rng.chance(0.3));
      // The scraped strings keep whatever network type they were captured with.
      const ua = newPhone(rng, 'general').ua(rng.chance(0.65) ? 'WIFI' : rng.chance(0.7) ? '4G' : '5G');
      ledger.cast({ at, accountId: ledger.newAccount(), candidateIds: [target.id], ip, userAgent: ua, source });
    }
  },
};
