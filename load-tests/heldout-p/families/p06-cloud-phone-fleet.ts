import { WECHAT, MODELS } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * P6, cloud-phone fleet: a vendor rents 250–400 Android cloud phones ("云手机") in two or three
 * data centres. Each instance runs the same system image (one Android version and build id, one
 * WeChat build) but reports a spoofed popular model, and holds two or three bought accounts it
 * switches between. The operator spreads the votes over the waking day (08:00–23:00, following
 * the town curve) on three or four days, 85% of the accounts each day; exits are 6–10 cloud /24s.
 */
export const cloudPhoneFleet: Family = {
  id: 'P6',
  kind: 'attack',
  description: 'cloud-phone fleet: one image, spoofed models, 2-3 accounts per instance, 6-10 cloud /24s',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, net, rhythm } = ctx;
    const target = crowd.atRank(rng, 0.3, 0.85);
    const cid = ballot.candidates[target].id;
    const wx = WECHAT[rng.int(5, 8)];
    const build = rng.pick(['SKQ1.211006.001', 'TP1A.220624.014']);
    const android = build.startsWith('S') ? 12 : 13;
    const prefixes = Array.from({ length: rng.int(6, 10) }, () => net.hostingPrefix());
    const androids = MODELS.filter((m) => m.brand !== 'apple');
    const instances = Array.from({ length: scaled(ctx.scale, rng.int(250, 400), 5) }, () => {
      const model = rng.pick(androids);
      const ua =
        `Mozilla/5.0 (Linux; Android ${android}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ` +
        `Chrome/${wx.chrome} Mobile Safari/537.36 XWEB/${wx.xweb} MMWEBSDK/${wx.sdk} MMWEBID/${rng.int(1000, 9999)} MicroMessenger/${wx.android} WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64`;
      const prefix = rng.pick(prefixes);
      return { ua, ip: `${prefix}.${rng.int(2, 254)}`, accounts: Array.from({ length: rng.int(2, 3) }, () => ledger.newAccount()) };
    });
    const first = rng.int(1, 3);
    const days = rng.int(3, 4);
    for (let d = first; d < first + days; d++) {
      const src = ledger.source({ name: `P6 fleet day ${d}`, kind: 'attack', candidateId: cid, group: 'P6 cloud-phone fleet' });
      for (const inst of instances) {
        for (const account of inst.accounts) {
          if (!rng.chance(0.85)) continue;
          ledger.add({ at: rhythm.timeOnDay(rng, 'town', d, 8, 23), accountId: account, candidateIds: [cid], ip: inst.ip, userAgent: inst.ua, source: src });
        }
      }
    }
  },
};
