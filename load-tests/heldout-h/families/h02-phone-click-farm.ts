import type { Device } from '../model/devices';
import { ipv4, type Area } from '../model/networks';
import { userAgent } from '../model/devices';
import { county } from '../model/places';
import { gansuCrowd, type Family } from './family';
import { attackSource, ballotDays, clock, rankedCandidate, scaled, SECOND, MINUTE } from './kit';

/**
 * A click farm of real phones: a rented room with a few dozen second-hand phones, each a genuine
 * WeChat install, each logged into about twenty bought accounts in turn. A worker logs the phone
 * out, into the next account (SMS code from the platform), opens the link, ticks, votes — five to
 * nine minutes a round at the worker's own pace, a little too even, with the odd break — so each
 * phone's twenty accounts take two to three hours. The room has three broadband lines and a
 * portable 4G hotspot that reconnects every half hour. The farm works evenings, two to four of
 * them, with the same accounts each time.
 */
export const phoneClickFarm: Family = {
  id: 'H2',
  kind: 'attack',
  description: 'click farm: ~35 real phones x ~20 accounts in turn over evenings, few IPs, even gaps',
  seeds: [1, 2, 3],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, ledger, market, nets, people } = ctx;
    const c = rankedCandidate(ctx, rng, 3, 12);
    const inGansu = rng.chance(0.5);
    const area: Area = inGansu ? { kind: 'gansu', pref: county('anding').pref } : { kind: 'province', province: people.province(rng, 'nationwide') };
    const lines = Array.from({ length: 3 }, () => nets.homeLine(rng, area, rng.pick(['telecom', 'unicom'] as const)));
    const hotspot = rng.int(1, 2);
    const phones = scaled(ctx, rng.int(24, 45), 3);
    const farm: { device: Device; accounts: string[]; pace: number; net: number }[] = [];
    for (let i = 0; i < phones; i++) {
      farm.push({
        device: market.phone(rng, { age: 'adult', setting: 'town' }),
        accounts: Array.from({ length: rng.int(18, 22) }, () => ledger.newAccount()),
        pace: rng.uniform(330, 540),
        net: rng.chance(0.75) ? rng.int(0, lines.length - 1) : lines.length + rng.int(0, hotspot - 1),
      });
    }
    const days = rng.shuffle(ballotDays(ctx).filter((d) => d >= 1)).slice(0, rng.int(2, 4)).sort((a, b) => a - b);
    for (const [k, d] of days.entries()) {
      const src = attackSource(ctx, `farm:evening${k}`, c, 'click-farm');
      const start = clock(ctx, d, rng.uniform(18.5, 20));
      const hotspotIps = new Map<string, string>();
      for (const phone of farm) {
        let t = start + rng.uniform(0, 10) * MINUTE;
        for (const account of phone.accounts) {
          let ip: string;
          if (phone.net < lines.length) ip = ipv4(nets.homeIp(rng, lines[phone.net], t));
          else {
            const key = `${phone.net}:${Math.floor((t - start) / (30 * MINUTE))}`;
            if (!hotspotIps.has(key)) hotspotIps.set(key, ipv4(nets.mobileIp(rng, area, 'mobile')));
            ip = hotspotIps.get(key) as string;
          }
          ledger.add({ at: Math.floor(t), accountId: account, candidateIds: ctx.ballot.single[c.index], ip, userAgent: userAgent(phone.device, 'WIFI'), source: src });
          t += rng.logNormal(phone.pace, 0.15) * SECOND;
          if (rng.chance(0.06)) t += rng.uniform(5, 15) * MINUTE;
        }
      }
    }
  },
};
