import type { HCandidate } from '../model/ballot';
import { userAgent } from '../model/devices';
import { ipv4, type Area } from '../model/networks';
import { PREFECTURES } from '../model/places';
import { gansuCrowd, type Family } from './family';
import { attackSource, byStrength, only, rankedCandidate, scaled } from './kit';

/**
 * An aged account pool (养号) that knows single-candidate accounts look bought: over the week each
 * account votes most days, a little over half the time for the client and otherwise for a few
 * decoys — the favourite among them — so every account has a varied history. Each account keeps
 * its own phone profile and a static "ISP proxy" address on Gansu home broadband (a few accounts
 * per address), and votes around its own habitual hour. The decoys are stuffed too, and labelled.
 */
export const decoySpread: Family = {
  id: 'H6',
  kind: 'attack',
  description: 'aged account pool, ~55% client / ~45% decoys incl. the favourite, static Gansu proxies',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, ledger, market, nets, rhythm, ballot } = ctx;
    const target = rankedCandidate(ctx, rng, 4, 12);
    const ranked = byStrength(ctx).filter((c) => c !== target);
    const decoys: HCandidate[] = [ranked[rng.int(0, 1)]];
    const count = rng.int(3, 5);
    while (decoys.length < count) {
      const d = rng.pick(ranked);
      if (!decoys.includes(d)) decoys.push(d);
    }
    const decoyW = decoys.map((_, i) => (i === 0 ? 0.4 : 0.6 / (decoys.length - 1)));
    const proxies = Array.from({ length: scaled(ctx, rng.int(600, 1100), 5) }, () => {
      const area: Area = { kind: 'gansu', pref: rng.pick(PREFECTURES) };
      return ipv4(nets.fixedIp(rng, area, rng.chance(0.8) ? 'telecom' : 'unicom'));
    });
    const pool = Array.from({ length: scaled(ctx, rng.int(1400, 2200), 10) }, () => ({
      account: ledger.newAccount(),
      device: market.phone(rng, { age: rng.chance(0.3) ? 'youth' : 'adult', setting: rng.chance(0.5) ? 'city' : 'town' }),
      ip: rng.pick(proxies),
      habit: rhythm.sampleMinute(rng, 'adult', false),
    }));
    const sources = new Map<string, number>();
    const sourceFor = (c: HCandidate, d: number) => {
      const key = `${c.index}:${d}`;
      let s = sources.get(key);
      if (s === undefined) sources.set(key, (s = attackSource(ctx, `pool:${c.index}:day${d}`, c, `pool:${c.name}`)));
      return s;
    };
    const start = ballot.cal.opensAt + rng.uniform(1, 4) * 3_600_000;
    for (let d = 0; d < rhythm.days; d++) {
      for (const a of pool) {
        if (!rng.chance(0.55)) continue;
        const t = rhythm.at(d, a.habit + rng.normal(0, 60));
        if (t < start || !rhythm.inWindow(t)) continue;
        const c = rng.chance(0.55) ? target : decoys[rng.weightedIndex(decoyW)];
        ledger.add({ at: Math.floor(t), accountId: a.account, candidateIds: only(ctx, c), ip: a.ip, userAgent: userAgent(a.device, 'WIFI'), source: sourceFor(c, d) });
      }
    }
  },
};
