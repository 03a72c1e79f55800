import { MINUTE } from '../../heldout/calendar';
import { NEWEST_WECHAT, phone } from '../model/devices';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Rented cloud phones (云手机): ARM server boards in a Changsha data centre, each presented as a
 * real handset from the vendor's three images, each holding three accounts. A 群控 scheduler wakes
 * them at the job's hour each day with a random 0-40 min start offset; each board votes its three
 * accounts a few minutes apart, always through the vendor's three data-centre /24s.
 */
export const cloudPhones: Family = {
  id: 'L4',
  kind: 'attack',
  description: 'cloud-phone boards, 3 accounts each, daily scheduled job, 3 hosting /24s',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net } = ctx;
    const c = candidate(ctx, undefined, rng.int(3, 7));
    const images = ['V2238A', '23090RA98C', 'PHM110'];
    const prefixes = [net.cloud24(), net.cloud24(), net.cloud24()];
    const boards = Array.from({ length: scaled(ctx.scale, rng.int(120, 190), 2) }, () => ({
      device: phone(rng, 'county', { model: rng.pick(images), wechat: NEWEST_WECHAT - 2 }),
      ip: `${rng.pick(prefixes)}.${rng.int(2, 250)}`,
      accounts: [ledger.newAccount(), ledger.newAccount(), ledger.newAccount()],
    }));
    const first = rng.int(1, 2);
    for (let d = first; d < first + 4; d++) {
      const src = ledger.source({ name: `cloud-day${d}`, kind: 'attack', candidateId: c.id, group: 'cloud-phones' });
      const jobAt = clock(ctx, d, rng.pick([9.5, 10, 13, 14.5, 20.5]));
      for (const b of boards) {
        let t = jobAt + rng.uniform(0, 40) * MINUTE;
        for (const account of b.accounts) {
          ledger.add({ at: t, accountId: account, candidateIds: [c.id], ip: b.ip, userAgent: b.device.ua('WIFI'), source: src });
          t += rng.uniform(2, 5) * MINUTE;
        }
      }
    }
  },
};
