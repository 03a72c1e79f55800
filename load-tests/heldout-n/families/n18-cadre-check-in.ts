import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import type { Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';

/**
 * A township's cadres and village committee members must vote every morning and post the
 * screenshot in the work group by 08:30 (打卡). The same few hundred accounts vote each day at
 * nearly the same minute, many from the village committee offices' broadband lines (one address
 * per village, five to nine cadres each), the rest on mobile data on the way in.
 */
export const cadreCheckIn: Family = {
  id: 'N18',
  kind: 'legit',
  description: 'cadres\' daily 打卡: same accounts each morning before 08:30, village lines',
  seeds: [1, 2],
  ballot: { category: 'township' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 4, 14);
    const cadres: Array<{ p: Person; line: string; habit: number }> = [];
    for (let v = 0, villages = scaled(scale, rng.int(40, 65), 3); v < villages; v++) {
      const line = net.nat(rng, rng.chance(0.7) ? 'telecom' : 'mobile', target.cityKey, 1)[0];
      for (let i = 0, n = rng.int(5, 9); i < n; i++) {
        cadres.push({ p: people.make(rng, { area: target.cityKey, profile: 'town', segment: 'town' }), line, habit: rng.uniform(7 * 60 + 35, 8 * 60 + 25) });
      }
    }
    for (let d = 1; d < rhythm.days - 1; d++) {
      const source = ledger.source({ name: `N18 check-in day ${d}`, kind: 'legit', candidateId: target.id, group: 'cadre check-in' });
      for (const c of cadres) {
        if (!rng.chance(0.88)) continue;
        const at = rhythm.midnight(d) + Math.min(8 * 60 + 29, c.habit + rng.normal(0, 6)) * MINUTE;
        const conn = rng.chance(0.6) ? { ip: c.line, net: 'WIFI' as const } : undefined;
        people.vote(rng, c.p, at, people.picks(rng, target), source, conn);
      }
    }
  },
};
