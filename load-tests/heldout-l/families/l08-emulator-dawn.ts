import { MINUTE } from '../../heldout/calendar';
import { candidate, clock, organicSize, scaled, type Family } from './family';

const EMULATED = ['SM-G9750', 'V1938T', 'ASUS_I005DA', 'SM-S9080', 'PCLM10'];

/**
 * An Android emulator fleet (雷电/夜神 multi-instance) on a few PCs: each instance presents a
 * stock emulator handset on Android 9, logs in 4-8 accounts a night between 04:30 and 06:45 (when
 * early risers are already voting), each instance behind a Hunan residential proxy address that
 * rotates every ten minutes; three nights, and on one of them a second client rides along.
 */
export const emulatorDawn: Family = {
  id: 'L8',
  kind: 'attack',
  description: 'emulator instances at dawn, 4-8 accounts each, rotating residential proxies',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net } = ctx;
    const c = candidate(ctx, undefined, rng.int(0, 3));
    const extra = candidate(ctx, undefined, rng.int(8, 12));
    const instances = Array.from({ length: scaled(ctx.scale, rng.int(70, 110), 3) }, () => {
      const model = rng.pick(EMULATED);
      const abi = rng.chance(0.7) ? 'x86_64' : 'arm64';
      const ua = (n: string) =>
        `Mozilla/5.0 (Linux; Android 9; ${model} Build/PQ3A.190705.${rng.int(1, 9)}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 ` +
        `XWEB/1300289 MMWEBSDK/20240801 MMWEBID/${rng.int(100, 9999)} MicroMessenger/8.0.53.2680(0x28003532) WeChat/${abi} Weixin NetType/${n} Language/zh_CN ABI/${abi}`;
      const fixed = ua('WIFI');
      return { ua: fixed, accounts: Array.from({ length: rng.int(4, 8) }, () => ledger.newAccount()) };
    });
    const nights = rng.shuffle([1, 2, 3, 4, 5]).slice(0, 3).sort();
    const cities = ['长沙', '衡阳', '邵阳', '岳阳', '常德'];
    nights.forEach((d, i) => {
      const src = ledger.source({ name: `emulators-day${d}`, kind: 'attack', candidateId: c.id, group: 'emulators' });
      const rider = i === 1 ? ledger.source({ name: `emulators-rider-day${d}`, kind: 'attack', candidateId: extra.id, group: 'emulators-rider' }) : -1;
      for (const inst of instances) {
        let t = clock(ctx, d, 4.5 + rng.uniform(0, 0.6));
        let ip = net.broadband(rng.pick(cities));
        let rotated = t;
        for (const account of inst.accounts) {
          t += rng.uniform(60, 300) * 1000;
          if (t - rotated > 10 * MINUTE) [ip, rotated] = [net.broadband(rng.pick(cities)), t];
          const toRider = rider >= 0 && rng.chance(0.3);
          ledger.add({ at: t, accountId: account, candidateIds: [toRider ? extra.id : c.id], ip, userAgent: inst.ua, source: toRider ? rider : src });
        }
      }
    });
  },
};
