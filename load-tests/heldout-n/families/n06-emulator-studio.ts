import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import type { NetType } from '../model/devices';
import { organicSize, rawVote, scaled, type Family } from './family';

/** Default device names of desktop Android emulators and what studios set them to. */
const EMULATOR_MODELS = ['SM-G9810', 'SM-S9080', 'V1938T', 'PCLM10', 'ASUS_I005DA', 'M2102K1AC', 'LIO-AN00'];

/**
 * 模拟器工作室: two PCs running a score of Android emulator instances each, every instance with a
 * spoofed model on Android 9, an older WeChat and its own install id. Through office hours each
 * instance logs in to its SMS-registered accounts in turn, one vote every few minutes. Each PC's
 * broadband line is redialled every quarter to half hour for a fresh address.
 */
export const emulatorStudio: Family = {
  id: 'N6',
  kind: 'attack',
  description: 'emulator studio: 2 PCs x ~20 instances, account rotation, redialled lines',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, net, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 3, 12);
    const pcs = [0, 1].map((pc) => ({
      abi: pc === 0 ? 'arm64' : 'x86_64',
      instances: Array.from({ length: scaled(scale, rng.int(16, 24), 2) }, () => ({
        model: rng.pick(EMULATOR_MODELS),
        webId: rng.int(100, 9999),
        accounts: Array.from({ length: rng.int(8, 14) }, () => ledger.newAccount()),
      })),
    }));
    const ua = (model: string, webId: number, abi: string, net: NetType) =>
      `Mozilla/5.0 (Linux; Android 9; ${model} Build/PQ3A.190705.09121607; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 ` +
      `XWEB/1110011 MMWEBSDK/20230805 MMWEBID/${webId} MicroMessenger/8.0.43.2480(0x28002B37) WeChat/${abi} Weixin NetType/${net} Language/zh_CN ABI/${abi}`;
    const first = rng.int(1, 3);
    for (let d = first; d < first + 4; d++) {
      const source = ledger.source({ name: `N6 emulators day ${d}`, kind: 'attack', candidateId: target.id, group: 'emulators' });
      for (const pc of pcs) {
        // The line's addresses through the day: a redial every 15–40 minutes.
        const start = rhythm.clock(d, 10, rng.int(0, 40));
        const redials: Array<[number, string]> = [];
        for (let t = start - 5 * MINUTE; t < start + 10 * 60 * MINUTE; t += rng.uniform(15, 40) * MINUTE) redials.push([t, net.broadband(rng, 'telecom', target.cityKey)]);
        const ipAt = (t: number) => {
          let ip = redials[0][1];
          for (const [from, addr] of redials) if (from <= t) ip = addr;
          return ip;
        };
        for (const inst of pc.instances) {
          let t = start + rng.uniform(0, 8) * MINUTE;
          for (const account of inst.accounts) {
            rawVote(ctx, t, account, [target.id], ipAt(t), ua(inst.model, inst.webId, pc.abi, 'WIFI'), source);
            t += rng.uniform(3, 6) * MINUTE + (rng.chance(0.1) ? rng.uniform(10, 40) * MINUTE : 0);
          }
        }
      }
    }
  },
};
