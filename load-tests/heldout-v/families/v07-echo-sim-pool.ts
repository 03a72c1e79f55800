import { HOUR } from '../../heldout/calendar';
import { deviceOf, drawDevice, mobileNet, userAgent, type Device } from '../model/devices';
import type { CityId, Place } from '../model/places';
import { byRank, daySources } from './kit';
import { organicSize, type Family } from './family';

/**
 * V7, echo padding from a SIM pool (subtle). A vendor who knows that bursts get caught pads a
 * popular courier in proportion to his own traffic: every hour it adds 45-70% of the votes he got
 * organically in that hour, so his curve keeps its shape and just grows. The votes come from a
 * "cat pool" (猫池) of real SIM cards in a Yiwu (or Wenling) back room: phone-number accounts that
 * come back day after day, each with a plausible spoofed phone (40 templates, own install id), on
 * China Mobile 4G in the pool's city, not the courier's.
 */
export const echoSimPool: Family = {
  id: 'V7',
  kind: 'attack',
  description: 'echo padding: +45-70% of the courier own hourly curve, SIM-pool accounts, 7 days',
  seeds: [1, 2],
  ballot: { needs: [{ rank: [3, 9] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, ledger, net, crowd } = ctx;
    const client = ballot.cast[0];
    const poolCity: CityId = client.cityId === 'jinhua' ? 'taizhou' : 'jinhua';
    const where: Place = { kind: 'zhejiang', city: poolCity };
    const k = rng.uniform(0.45, 0.7);
    // The courier's organic attempts per hour so far.
    const perHour = new Map<number, number>();
    for (const v of ledger.added()) {
      if (v.source !== crowd.source || !v.candidateIds.includes(client.id)) continue;
      const h = Math.floor((v.at - ballot.cal.firstMidnight) / HOUR);
      perHour.set(h, (perHour.get(h) ?? 0) + 1);
    }
    const templates: Device[] = Array.from({ length: 40 }, () => drawDevice(rng, rng.chance(0.5) ? 'courier' : 'urban', { month: ballot.month }));
    const pool: { account: string; device: Device }[] = [];
    const usedOn = new Map<string, number>();
    const src = daySources(ctx, 'v7-echo', 'attack', client);
    const top = byRank(ctx).filter((c) => c.id !== client.id).slice(0, 4);
    const hours = [...perHour.keys()].sort((a, b) => a - b);
    for (const h of hours) {
      const n = rng.poisson(k * (perHour.get(h) ?? 0));
      const d = Math.floor(h / 24);
      for (let i = 0; i < n; i++) {
        const t = ballot.cal.firstMidnight + h * HOUR + rng.next() * HOUR;
        if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt) continue;
        // A card not yet used today, or a new card.
        let acct: { account: string; device: Device } | undefined;
        for (let tries = 0; tries < 6 && pool.length > 0; tries++) {
          const a = rng.pick(pool);
          if (usedOn.get(a.account) !== d) {
            acct = a;
            break;
          }
        }
        if (!acct) {
          const tpl = rng.pick(templates);
          acct = { account: ledger.newAccount(), device: deviceOf(rng, tpl.model, { month: ballot.month, minor: tpl.minor }) };
          pool.push(acct);
        }
        usedOn.set(acct.account, d);
        const sel = ballot.maxChoices > 1 && rng.chance(0.4) ? [client.id, rng.pick(top).id] : [client.id];
        ledger.add({ at: Math.floor(t), accountId: acct.account, candidateIds: sel, ip: net.mobile(rng, where, 'mobile'), userAgent: userAgent(acct.device, mobileNet(rng, acct.device)), source: src(d) });
      }
    }
  },
};
