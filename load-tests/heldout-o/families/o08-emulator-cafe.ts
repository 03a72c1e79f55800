import { MINUTE } from '../../heldout/calendar';
import { midCandidate, organicSize, scaled, type Family } from './family';

const EMULATED = ['SM-G9810', 'V1938T', 'PCRT00', 'ASUS_I003DD', 'SM-N9760'];

/** Android emulators (雷电/夜神) on a studio's PCs behind one small broadband block, small hours, fresh accounts. */
export const emulatorCafe: Family = {
  id: 'O8',
  kind: 'attack',
  description: 'emulator studio: Android 9 emulator UAs, one /29 broadband block, 00:30-04:30 on 3 nights',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    const block = net.nat(6);
    for (const d of rng.shuffle([1, 2, 3, 4, 5]).slice(0, 3)) {
      const src = ledger.source({ name: `emulators-night${d}`, kind: 'attack', candidateId: c.id, group: 'emulators' });
      const n = scaled(ctx.scale, rng.int(900, 1300), 3);
      const t0 = rhythm.at(d, 30);
      for (let i = 0; i < n; i++) {
        const model = rng.pick(EMULATED);
        const ua = `Mozilla/5.0 (Linux; Android 9; ${model} Build/PQ3A.190705.${rng.int(100, 999)}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1220099 MMWEBSDK/20231202 MMWEBID/${rng.int(10, 9999)} MicroMessenger/8.0.47.2560(0x28002F30) WeChat/x86 Weixin NetType/WIFI Language/zh_CN ABI/x86`;
        ledger.add({ at: t0 + rng.next() * 240 * MINUTE, accountId: ledger.newAccount(), candidateIds: ctx.people.selection(rng, c.id, 0), ip: rng.pick(block), userAgent: ua, source: src });
      }
    }
  },
};
