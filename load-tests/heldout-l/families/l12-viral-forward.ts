import { DAY, MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/crowd';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * One evening a short video of Furong town's waterfall with the vote link goes round: seed groups,
 * log-normal group sizes, forwards begetting forwards, voters in the town, Changsha, Guangdong and
 * the rest of China; a quarter come back the next evening.
 */
export const viralForward: Family = {
  id: 'L12',
  kind: 'legit',
  description: 'a forward cascades through WeChat groups one evening, 6-11k voters',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['芙蓉镇'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people } = ctx;
    const c = candidate(ctx, '芙蓉镇', 4);
    const d = rng.int(2, 4);
    const src = ledger.source({ name: 'forward-evening', kind: 'legit', candidateId: c.id, group: 'viral' });
    const next = ledger.source({ name: 'forward-next-day', kind: 'legit', candidateId: c.id, group: 'viral-next' });
    const cap = scaled(ctx.scale, rng.int(6000, 11000));
    const queue: number[] = Array.from({ length: rng.int(20, 40) }, () => clock(ctx, d, 19.3) + rng.gamma(1.2, 20 * MINUTE));
    const voters: Array<{ p: Person; at: number }> = [];
    while (queue.length > 0 && voters.length < cap) {
      const forwardAt = queue.shift() ?? 0;
      const readers = Math.round(rng.logNormal(70, 0.7));
      for (let i = 0; i < readers && voters.length < cap; i++) {
        if (!rng.chance(0.3)) continue;
        const r = rng.next();
        const city = r < 0.4 ? c.city : r < 0.6 ? '长沙' : r < 0.8 ? '广东' : '外省';
        const p = people.person(rng, { city, profile: city === '广东' ? 'migrant' : 'office', segment: city === '广东' ? 'migrant' : 'county', home: rng.chance(0.6) });
        const at = forwardAt + rng.gamma(1.3, 8 * MINUTE);
        voters.push({ p, at });
        people.vote(rng, p, at, c.id, src);
        if (rng.chance(0.09)) queue.push(at + rng.gamma(1.5, 15 * MINUTE));
      }
    }
    for (const v of voters) if (rng.chance(0.25)) people.vote(rng, v.p, v.at + DAY + rng.normal(0, 50) * MINUTE, c.id, next);
  },
};
