import { HOUR } from '../../heldout/calendar';
import { makePhone, modelByCode, ua, type Model } from '../model/devices';
import type { Province } from '../model/networks';
import { attackSource, organicSize, rankedCandidate, scaled, type Family } from './family';

/** Device profiles Android emulators (雷电, 夜神) ship or their "one-click new device" tools pick. */
const EMULATED: readonly Model[] = [
  { code: 'ASUS_I005DA', brand: 'samsung', os: [9], fiveG: false, tiers: [] },
  { code: 'SM-N9760', brand: 'samsung', os: [9], fiveG: false, tiers: [] },
  { code: 'V1938T', brand: 'vivo', os: [9], fiveG: false, tiers: [] },
  { code: 'PCLM10', brand: 'oppo', os: [9], fiveG: false, tiers: [] },
  { code: 'SM-G9810', brand: 'samsung', os: [9], fiveG: false, tiers: [] },
  modelByCode('V2183A'),
];
const PROXY_PROVINCES: readonly Province[] = ['other', 'jiangsu', 'zhejiang', 'guangdong', 'shanghai'];

/**
 * A low, slow drip from emulators on a studio's PCs: every vote a fresh 接码 account and a
 * freshly "new" emulated device (Android 9, often an x86_64 build), sent through a dynamic
 * residential proxy whose handful of exits rotate every hour. 20–38 votes an hour from 10:00 to
 * 23:00 for six days: a few percent more votes for a mid-table place, every day.
 */
export const emulatorProxies: Family = {
  id: 'M7',
  kind: 'attack',
  description: 'emulators behind hourly-rotating residential proxies, slow all-week drip',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.35, 0.75);
    const rate = scaled(ctx.scale, rng.int(20, 38));
    for (let d = 1; d <= 6 && d < ballot.cal.dayCount; d++) {
      const src = attackSource(ctx, `emulators day ${d}`, ci, 'emulators');
      for (let h = 10; h < 23; h++) {
        const exits = Array.from({ length: rng.int(4, 6) }, () => (rng.chance(0.3) ? net.broadband(rng, rng.pick(['合肥市', '阜阳市', '淮南市'])) : net.broadbandElsewhere(rng, rng.pick(PROXY_PROVINCES))));
        const n = rng.poisson(rate);
        for (let i = 0; i < n; i++) {
          const phone = makePhone(rng, 'old', { model: rng.pick(EMULATED), os: 9, abi: rng.chance(0.4) ? 'x86_64' : 'arm64' });
          ctx.ledger.add({ at: Math.round(rhythm.at(d, h * 60) + rng.next() * HOUR), accountId: ctx.ledger.newAccount(), candidateIds: [ballot.candidates[ci].id], ip: rng.pick(exits), userAgent: ua(phone, 'WIFI'), source: src });
        }
      }
    }
  },
};
