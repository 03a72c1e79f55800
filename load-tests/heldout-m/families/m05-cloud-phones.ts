import { MINUTE } from '../../heldout/calendar';
import { WECHAT_ANDROID, makePhone, modelByCode, ua } from '../model/devices';
import { attackSource, organicSize, rankedCandidate, scaled, type Family } from './family';

const SPOOFED = ['V2183A', 'PHM110', '22101317C', 'RMO-AN00', 'SM-S9110', 'NOH-AN00'];

/**
 * 云手机: a studio rents a hundred-odd cloud phones (ARM Android 10 instances in a provincial
 * IDC), all cloned from one image with WeChat preinstalled, each spoofing a popular model. An
 * automation script on each instance logs in to its 4–6 aged accounts in turn, with a uniformly
 * random 1–4 minute wait between them, every day at the hour the operator starts the job.
 */
export const cloudPhones: Family = {
  id: 'M5',
  kind: 'attack',
  description: 'cloud phones in an IDC, cloned image, aged accounts voting daily',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.3, 0.7);
    const subnets = Array.from({ length: rng.int(4, 6) }, () => net.idc24(rng));
    const build = rng.int(WECHAT_ANDROID.length - 8, WECHAT_ANDROID.length - 4);
    const instances = Array.from({ length: scaled(ctx.scale, rng.int(120, 200), 4) }, () => ({
      phone: makePhone(rng, 'mid', { model: modelByCode(rng.pick(SPOOFED)), os: 10, wechat: build }),
      ip: `${rng.pick(subnets)}.${rng.int(2, 254)}`,
      accounts: Array.from({ length: rng.int(4, 6) }, () => ctx.ledger.newAccount()),
    }));
    const first = rng.int(1, 2);
    for (let d = first; d < first + 4 && d < ballot.cal.dayCount - 1; d++) {
      const src = attackSource(ctx, `cloud phones day ${d}`, ci, 'cloud phones');
      const start = rhythm.at(d, rng.pick([9, 10, 14, 20]) * 60 + rng.int(0, 30));
      for (const inst of instances) {
        let t = start + rng.uniform(0, 30) * MINUTE;
        for (const account of inst.accounts) {
          ctx.ledger.add({ at: Math.round(t), accountId: account, candidateIds: [ballot.candidates[ci].id], ip: inst.ip, userAgent: ua(inst.phone, 'WIFI'), source: src });
          t += rng.uniform(60, 240) * 1000;
        }
      }
    }
  },
};
