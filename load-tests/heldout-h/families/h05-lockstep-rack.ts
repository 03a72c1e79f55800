import { userAgent } from '../model/devices';
import { ipv4, type Area } from '../model/networks';
import { county } from '../model/places';
import { gansuCrowd, type Family } from './family';
import { attackSource, ballotDays, clock, only, rankedCandidate, scaled, SECOND } from './kit';

/** Cheap models bought by the hundred for group-control racks. */
const RACK_MODELS = ['V2166A', 'PFTM10', 'M2010J19SC', 'V2055A', 'PEGM00'];

/**
 * A group-control rack (群控): a hundred-odd identical second-hand phones on shelves, driven by one
 * PC. Each round the PC makes every phone switch to its next WeChat account and vote, so the whole
 * rack votes within a few seconds; rounds follow every few minutes. The phones share the Wi-Fi of
 * a handful of 4G routers that toggle airplane mode between rounds for fresh carrier addresses.
 * The user agents are identical but for each install's MMWEBID. After midnight, two or three
 * nights, the same accounts each night.
 */
export const lockstepRack: Family = {
  id: 'H5',
  kind: 'attack',
  description: 'group-control rack: ~130 identical phones vote in lockstep rounds, 4G routers, night',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, ledger, market, nets, people } = ctx;
    const c = rankedCandidate(ctx, rng, 2, 14);
    const phones = market.batch(rng, scaled(ctx, rng.int(100, 160), 4), { age: 'adult', setting: 'town', code: rng.pick(RACK_MODELS) });
    const perPhone = rng.int(4, 6);
    const accounts = phones.map(() => Array.from({ length: perPhone }, () => ledger.newAccount()));
    const routers = rng.int(6, 10);
    const area: Area = rng.chance(0.5) ? { kind: 'gansu', pref: county('chengguan').pref } : { kind: 'province', province: people.province(rng, 'migrants') };
    const nights = rng.shuffle(ballotDays(ctx).filter((d) => d >= 1)).slice(0, rng.int(2, 3)).sort((a, b) => a - b);
    for (const [k, d] of nights.entries()) {
      const src = attackSource(ctx, `rack:night${k}`, c, 'lockstep-rack');
      const start = clock(ctx, d, rng.uniform(1, 2.5));
      const gap = rng.uniform(150, 260) * SECOND;
      const spread = rng.uniform(2, 9) * SECOND;
      for (let round = 0; round < perPhone; round++) {
        const at = start + round * gap * (1 + rng.normal(0, 0.02));
        const ips = Array.from({ length: routers }, () => ipv4(nets.mobileIp(rng, area, 'mobile')));
        phones.forEach((phone, i) => {
          ledger.add({ at: Math.floor(at + rng.uniform(0, spread)), accountId: accounts[i][round], candidateIds: only(ctx, c), ip: ips[i % routers], userAgent: userAgent(phone, 'WIFI'), source: src });
        });
      }
    }
  },
};
