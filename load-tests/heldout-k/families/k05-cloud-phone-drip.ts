import { HOUR } from '../../heldout/calendar';
import { Device, deviceOf, modelByCode, WECHAT_RELEASES } from '../model/devices';
import { byRank, daySources, organicSize, type Family } from './family';

/**
 * A slow drip from rented cloud phones (ARM boards in an IDC, rented by the month): each cloud
 * phone holds ten or so aged accounts in WeChat's clone spaces, and a scheduler votes each account
 * once a day at a uniformly random minute from 07:00 to midnight, all week. The daily total is a
 * third to a half of the candidate's organic day, so no hour stands out.
 */
export const cloudPhoneDrip: Family = {
  id: 'K5',
  kind: 'attack',
  description: 'cloud-phone drip: aged accounts once a day at random minutes all week, IDC addresses',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 60_000),
  build(ctx) {
    const { rng, ballot, net, rhythm, ledger, crowd } = ctx;
    const c = byRank(ctx, rng.uniform(0.15, 0.4));
    const id = ballot.candidates[c].id;
    const src = daySources(ctx, 'cloud-drip', 'attack', c);
    const total = Math.max(4, Math.round((crowd.perDay(c) * rng.uniform(0.33, 0.5)) / 0.9));
    const blocks = Array.from({ length: rng.int(3, 5) }, () => net.cloud24(rng));
    const images = ['V2057A', 'M2012K11AC', 'PEQM00'].map(modelByCode);
    const accounts: Array<{ account: string; device: Device; ip: string }> = [];
    while (accounts.length < total) {
      const image = rng.pick(images);
      const phone = deviceOf(rng, image, WECHAT_RELEASES[rng.int(2, 4)]);
      const ip = `${rng.pick(blocks)}.${rng.int(2, 254)}`;
      for (let k = rng.int(8, 14); k > 0 && accounts.length < total; k--) accounts.push({ account: ledger.newAccount(), device: Device.clone(phone, rng), ip });
    }
    for (let d = 0; d < rhythm.days; d++) {
      for (const a of accounts) {
        if (!rng.chance(0.9)) continue;
        const at = rhythm.dayStart(d) + rng.uniform(7, 24) * HOUR;
        ledger.add({ at, accountId: a.account, candidateIds: [id], ip: a.ip, userAgent: a.device.ua('WIFI'), source: src(d) });
      }
    }
  },
};
