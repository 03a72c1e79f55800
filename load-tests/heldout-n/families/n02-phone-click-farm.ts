import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { androidPhone, type Device } from '../model/devices';
import { organicSize, rawVote, scaled, type Family } from './family';

/**
 * A studio's wall of second-hand phones: each is a genuine WeChat install with its own user agent
 * and is logged in to about twenty bought accounts in turn, a few minutes per account (log out,
 * log in with the code, open the link, vote), so a phone's gaps are human but steadier than a
 * person's. All phones sit on the Wi-Fi of a handful of lines: two broadband, three 4G routers.
 */
export const phoneClickFarm: Family = {
  id: 'N2',
  kind: 'attack',
  description: 'click farm: dozens of real phones, each cycling ~20 accounts, few IPs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, net, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 4, 12);
    const lines = [net.broadband(rng, 'telecom', 'yulin'), net.broadband(rng, 'telecom', 'yulin'), net.mobile(rng, 'mobile', 'yulin'), net.mobile(rng, 'mobile', 'yulin'), net.mobile(rng, 'unicom', 'yulin')];
    const phones: Array<{ device: Device; accounts: string[]; line: string; gap: number }> = [];
    for (let i = 0, n = scaled(scale, rng.int(30, 45), 4); i < n; i++) {
      phones.push({
        device: androidPhone(rng, 'budget'),
        accounts: Array.from({ length: rng.int(18, 22) }, () => ledger.newAccount()),
        line: lines[i % lines.length],
        gap: rng.uniform(6.5, 9.5) * MINUTE,
      });
    }
    const days = rng.shuffle([1, 2, 3, 4, 5]).slice(0, rng.int(2, 3)).sort();
    for (const d of days) {
      const source = ledger.source({ name: `N2 farm day ${d}`, kind: 'attack', candidateId: target.id, group: 'farm' });
      const start = rhythm.clock(d, rng.int(14, 18), rng.int(0, 59));
      for (const ph of phones) {
        let t = start + rng.uniform(0, 10) * MINUTE;
        for (const account of ph.accounts) {
          rawVote(ctx, t, account, [target.id], ph.line, ph.device.ua('WIFI'), source);
          t += ph.gap + rng.normal(0, 20_000) + (rng.chance(0.05) ? rng.uniform(3, 10) * MINUTE : 0);
        }
      }
    }
  },
};
