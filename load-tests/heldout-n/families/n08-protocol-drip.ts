import { HOUR } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { androidPhone, iPhone } from '../model/devices';
import { organicSize, rawVote, scaled, type Family } from './family';

/**
 * 协议刷票: no phones at all. A program replays the vote request with OAuth tokens harvested from
 * a few hundred accounts, a Poisson drip at a flat rate day and night for five days so that no
 * hour stands out, from three cloud servers and a 4G proxy, with four copied user agents. Each
 * account is used at most once a day (the service would refuse the rest anyway).
 */
export const protocolDrip: Family = {
  id: 'N8',
  kind: 'attack',
  description: 'protocol replay: flat Poisson drip round the clock, token pool, 4 UAs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, net, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 4, 14);
    const uas = [androidPhone(rng, 'city').ua('WIFI'), androidPhone(rng, 'town').ua('4G'), iPhone(rng, 'city').ua('WIFI'), androidPhone(rng, 'budget').ua('WIFI')];
    const servers = [net.hosting(rng), net.hosting(rng)].flatMap((b, i) => Array.from({ length: i === 0 ? 2 : 1 }, () => `${b}.${rng.int(2, 250)}`));
    const perHour = scale * rng.uniform(18, 30);
    // Enough tokens for a day of the drip, with a margin: a few hundred at full scale.
    const accounts = Array.from({ length: scaled(1, perHour * 24 * rng.uniform(1.3, 1.6), 20) }, () => ledger.newAccount());
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      const source = ledger.source({ name: `N8 drip day ${d}`, kind: 'attack', candidateId: target.id, group: 'drip' });
      const used = new Set<string>();
      const end = rhythm.midnight(d + 1);
      for (let t = rhythm.midnight(d) + rng.exponential(HOUR / perHour); t < end; t += rng.exponential(HOUR / perHour)) {
        const fresh = accounts.filter((a) => !used.has(a));
        if (fresh.length === 0) break;
        const account = rng.pick(fresh);
        used.add(account);
        const ip = rng.chance(0.75) ? rng.pick(servers) : net.mobile(rng, 'mobile', target.cityKey);
        rawVote(ctx, t, account, [target.id], ip, rng.pick(uas), source);
      }
    }
  },
};
