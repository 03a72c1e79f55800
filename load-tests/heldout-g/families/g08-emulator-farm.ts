import { MINUTE } from '../../heldout/calendar';
import { Device, androidTemplate } from '../model/devices';
import { hostingBlock, inBlock } from '../model/networks';
import type { AndroidModel } from '../model/phones';
import { ANDROID_WECHAT } from '../model/wechat';
import { typicalCrowd, type Family } from './family';
import { byRank, fullDay } from './kit';

/** Model names emulators are set to impersonate, on the two Android images they ship. */
const SPOOFED = ['SM-G9550', 'V1938T', 'ASUS_I003DD', 'PCRM00', 'SM-N9760', 'TAS-AN00', 'MI 9', 'SM-G977N', 'LIO-AN00', 'HD1910', 'PCLM10', 'V2002A'];
const IMAGES = [
  { version: '7.1.2', build: 'N2G48H' },
  { version: '9', build: 'PQ3A.190801.002' },
];

/**
 * An emulator farm on rented servers: tens of Android emulator instances, each claiming a popular
 * phone model but running the emulator's stock Android image and build, all on Wi-Fi behind the
 * same data-centre /24. A script works each instance through its accounts at random-uniform
 * intervals. Some farms reuse the accounts the next day.
 */
export const emulatorFarm: Family = {
  id: 'G8',
  kind: 'attack',
  description: 'Android emulators with spoofed models, stock builds, one IDC /24',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, rhythm } = ctx;
    const target = byRank(ctx, 3, 16);
    const block = hostingBlock(rng);
    const ips = Array.from({ length: rng.int(2, 6) }, () => inBlock(block, rng.int(2, 250)));
    const wechat = ANDROID_WECHAT[rng.int(4, 8)];
    const instances = Array.from({ length: Math.max(2, Math.round(rng.int(30, 60) * ctx.scale)) }, (_, i) => {
      const image = rng.pick(IMAGES);
      const model: AndroidModel = { model: rng.pick(SPOOFED), style: 'samsung', versions: [image.version], fiveG: false, tier: 'mid', share: 0 };
      const template = androidTemplate({ model, version: image.version, build: image.build, wechat, mmwebid: rng.int(0, 9999) });
      return { device: new Device('android', template, false, rng.uint32()), ip: ips[i % ips.length], accounts: Array.from({ length: rng.int(12, 30) }, () => ledger.newAccount()) };
    });
    const day = fullDay(ctx, 0, 5);
    const days = rng.chance(0.5) ? [day] : [day, day + 1];
    // The next day the same accounts, or a fresh batch bought overnight.
    const freshNextDay = rng.chance(0.5);
    for (const [n, d] of days.entries()) {
      if (d >= rhythm.cal.dayCount) continue;
      const source = ledger.source({ name: `emulators day ${n + 1}`, kind: 'attack', candidateId: target.id, group: `emulators:${target.name}` });
      const start = rhythm.at(d, rng.int(9 * 60, 11 * 60));
      for (const inst of instances) {
        let at = start + rng.uniform(0, 20) * MINUTE;
        const accounts = n > 0 && freshNextDay ? inst.accounts.map(() => ledger.newAccount()) : inst.accounts;
        for (const account of accounts) {
          ledger.cast({ at, accountId: account, candidateIds: [target.id], ip: inst.ip, userAgent: inst.device.ua('WIFI'), source });
          at += rng.uniform(4, 10) * MINUTE;
        }
      }
    }
  },
};
