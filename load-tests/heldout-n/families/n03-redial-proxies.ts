import { midTable } from '../model/ballot';
import { androidPhone, iPhone } from '../model/devices';
import type { Area, Carrier } from '../model/networks';
import { organicSize, rawVote, scaled, type Family } from './family';

/**
 * 秒拨 and 接码: a vendor's script votes through dial-up VPS lines that redial for a fresh
 * household address every vote (broadband in Guangdong, other provinces, some in Guangxi), with
 * accounts registered on SMS-code platforms. Its timing copies a town's day. Its user agents are
 * a dozen strings captured from real phones and replayed whole, so the same string (install id
 * and all) turns up on unrelated accounts and addresses.
 */
export const redialProxies: Family = {
  id: 'N3',
  kind: 'attack',
  description: '秒拨 redial lines + 接码 accounts, replayed UA strings, town-shaped timing',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, net, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 3, 10);
    const uas = Array.from({ length: rng.int(10, 14) }, () => (rng.chance(0.8) ? androidPhone(rng, 'town') : iPhone(rng, 'town')).ua(rng.chance(0.7) ? 'WIFI' : '4G'));
    const first = rng.int(1, 2);
    let yesterday: string[] = [];
    for (let d = first; d < first + 5; d++) {
      const source = ledger.source({ name: `N3 redial day ${d}`, kind: 'attack', candidateId: target.id, group: 'redial' });
      const today: string[] = [];
      for (let i = 0, n = scaled(scale, rng.int(250, 420), 5); i < n; i++) {
        const account = yesterday.length > 0 && rng.chance(0.2) ? rng.pick(yesterday) : ledger.newAccount();
        today.push(account);
        const r = rng.next();
        const area: Area = r < 0.6 ? 'elsewhere' : r < 0.85 ? 'guangdong' : target.cityKey;
        const carrier: Carrier = rng.chance(0.8) ? 'telecom' : 'unicom';
        rawVote(ctx, rhythm.at(rng, 'town', d), account, [target.id], net.broadband(rng, carrier, area), rng.pick(uas), source);
      }
      yesterday = today;
    }
  },
};
