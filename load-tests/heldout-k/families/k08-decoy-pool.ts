import { HOUR } from '../../heldout/calendar';
import { randomDevice, type Device } from '../model/devices';
import { byRank, daySources, organicSize, scaled, type Family } from './family';

/**
 * An aged-account pool sold as "one account, one phone identity, one IP": every account keeps a
 * fixed device profile and a sticky home-broadband exit somewhere in Sichuan for the week. On a
 * three-choice ballot each vote ticks the client with 70% chance plus one or two of four decoys
 * (mid-table towns), or decoys only, so the client's share of the pool's votes looks ordinary.
 * Evenings 19:00–23:30, about 60% of accounts a day, five days. Decoys are labelled attacked.
 */
export const decoyPool: Family = {
  id: 'K8',
  kind: 'attack',
  description: 'sticky-IP aged-account pool on a 3-choice ballot: client plus four decoys, evenings',
  seeds: [1, 2],
  ballot: { category: 'township', maxChoices: 3 },
  organicVotes: (rng) => organicSize(rng, 60_000),
  build(ctx) {
    const { rng, ballot, net, rhythm, ledger, scale } = ctx;
    const client = byRank(ctx, rng.uniform(0.3, 0.5));
    const decoys = [0.35, 0.45, 0.55, 0.65].map((f) => byRank(ctx, f, [client]));
    const uniq = [...new Set(decoys)].filter((d) => d !== client);
    const sources = new Map([client, ...uniq].map((c) => [c, daySources(ctx, `pool-${c}`, 'attack', c, `aged-pool-${c}`)]));
    const cities = ['sichuan:成都市', 'sichuan:绵阳市', 'sichuan:德阳市', 'sichuan:南充市', 'sichuan:宜宾市', 'sichuan:乐山市'];
    const pool: Array<{ account: string; device: Device; ip: string }> = Array.from({ length: scaled(scale, rng.int(1_000, 1_600), 8) }, () => ({
      account: ledger.newAccount(),
      device: randomDevice(rng, rng.chance(0.5) ? 'town' : 'metro'),
      ip: net.broadband(rng.pick(cities), rng),
    }));
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      for (const a of pool) {
        if (!rng.chance(0.6)) continue;
        const picked = rng.shuffle([...uniq]).slice(0, rng.int(1, 2));
        const chosen = rng.chance(0.7) ? [client, ...picked] : picked;
        const at = rhythm.dayStart(d) + rng.uniform(19, 23.5) * HOUR;
        const src = (sources.get(chosen[0]) as (day: number) => number)(d);
        ledger.add({ at, accountId: a.account, candidateIds: chosen.map((c) => ballot.candidates[c].id), ip: a.ip, userAgent: a.device.ua('WIFI'), source: src });
      }
    }
  },
};
