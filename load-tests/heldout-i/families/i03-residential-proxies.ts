import { MINUTE } from '../../heldout/calendar';
import { midCandidate } from '../model/ballot';
import { makePhone } from '../model/devices';
import { hourlyRate } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';

/**
 * A vendor's "real-person votes" product, 2026 style: a rotating residential proxy network
 * (home broadband exits all over China, a fair share in Guangdong), a fresh plausible WeChat UA per
 * account from a device library, fresh accounts, and sending times drawn from a town's daily
 * curve so the hourly shape looks local. Some accounts are reused the next day.
 */
export const residentialProxies: Family = {
  id: 'I3',
  kind: 'attack',
  description: 'rotating residential proxies, plausible UA per account, local daily curve, 4 days',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, net, rhythm, crowd, scale }) {
    const target = midCandidate(rng, ballot);
    const perDay = Math.max(scaled(scale, 350), Math.round(hourlyRate(ballot, crowd, target) * 24 * rng.uniform(0.6, 1.0)));
    const first = rng.int(1, 2);
    const reused: { account: string; ua: (n: 'WIFI' | '4G' | '5G') => string }[] = [];
    for (let d = first; d < Math.min(rhythm.days, first + 4); d++) {
      const src = ledger.source({ name: `proxy day ${d}`, kind: 'attack', candidateId: target, group: 'residential proxies' });
      const today: typeof reused = [];
      for (let i = 0; i < perDay; i++) {
        const at = rhythm.inDay(rng, d, 'town', 7, 24) + rng.uniform(-5, 5) * MINUTE;
        const old = reused.length > 0 && rng.chance(0.3) ? reused.splice(rng.int(0, reused.length - 1), 1)[0] : undefined;
        const who = old ?? (() => {
          const phone = makePhone(rng, rng.chance(0.5) ? 'metro' : 'budget');
          return { account: ledger.newAccount(), ua: (n: 'WIFI' | '4G' | '5G') => phone.ua(n) };
        })();
        today.push(who);
        const ip = rng.chance(0.35) ? net.broadband(rng, net.carrier(rng)) : net.elsewhere(rng);
        ledger.add({ at: Math.floor(at), accountId: who.account, candidateIds: [target], ip, userAgent: who.ua('WIFI'), source: src });
      }
      reused.push(...today);
    }
  },
};
