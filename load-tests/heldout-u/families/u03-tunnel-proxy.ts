import { MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { ELSEWHERE, HLJ_CITIES } from '../model/places';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U3, a proxy script: a vendor's program behind a "tunnel" residential-proxy service that hands
 * every request a different household broadband exit somewhere in China (few in Heilongjiang).
 * It runs 09:00–23:30 for four or five days at a steady rate (Poisson, not a human day), picks a
 * user agent per request from a 25-string library, and spends a stock of bought accounts, about
 * half of them again the next day.
 */
export const tunnelProxy: Family = {
  id: 'U3',
  kind: 'attack',
  description: 'tunnel-proxy script: new home-broadband exit per vote, steady 09-23h',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, ledger, scale } = ctx;
    const teacher = byRank(ctx, 6, 14);
    const first = rng.int(1, 2);
    const days = rng.int(4, 5);
    const library = Array.from({ length: 25 }, () => makeDevice(rng, rng.chance(0.5) ? 'budget' : 'rural').ua(rng.chance(0.8) ? 'WIFI' : '4G'));
    const source = sourcesPer(ctx, { name: 'tunnel', kind: 'attack', teacher });
    let yesterday: string[] = [];
    for (let d = first; d < Math.min(rhythm.days, first + days); d++) {
      const perDay = scaled(scale, rng.int(380, 650), 3);
      const from = rhythm.at(d, 9 * 60 + rng.uniform(0, 20));
      const to = Math.min(ballot.cal.closesAt, rhythm.at(d, 23 * 60 + 30));
      if (to <= from) continue;
      const reuse = rng.shuffle([...yesterday]).slice(0, Math.round(yesterday.length * 0.5));
      const today: string[] = [];
      let t = from;
      for (let i = 0; i < perDay * 3 && today.length < perDay; i++) {
        t += rng.exponential((to - from) / perDay);
        if (t >= to) break;
        const account = reuse.pop() ?? ledger.newAccount();
        today.push(account);
        const region = rng.chance(0.06) ? rng.pick(HLJ_CITIES) : rng.pick(ELSEWHERE);
        ledger.add({ at: Math.floor(t + rng.uniform(0, MINUTE / 60)), accountId: account, candidateIds: [teacher.id], ip: net.residentialExit(rng, region), userAgent: rng.pick(library), source: source(d) });
      }
      yesterday = today;
    }
  },
};
