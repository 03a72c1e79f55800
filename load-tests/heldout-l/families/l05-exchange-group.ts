import { MINUTE } from '../../heldout/calendar';
import type { Segment } from '../model/devices';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Paid mutual-vote groups (互投群/任务群): the candidate's agent pays group owners, who post the
 * link three times a day; members all over China vote on their own phones within minutes for a
 * few jiao, and one member in eight also runs two spare accounts (小号) on the same phone.
 */
export const exchangeGroup: Family = {
  id: 'L5',
  kind: 'attack',
  description: 'paid vote-exchange groups: real workers nationwide, 3 posts a day, spare accounts',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people } = ctx;
    const c = candidate(ctx, undefined, rng.int(1, 4));
    const groups = rng.int(3, 5);
    for (let g = 0; g < groups; g++) {
      const members = Array.from({ length: scaled(ctx.scale, rng.int(260, 420), 4) }, () => {
        const r = rng.next();
        const city = r < 0.5 ? '外省' : r < 0.7 ? '广东' : rng.pick(['长沙', '衡阳', '邵阳', '岳阳']);
        const segment: Segment = city === '广东' ? 'migrant' : rng.pick(['county', 'city', 'student'] as const);
        const p = people.person(rng, { city, profile: city === '广东' ? 'migrant' : 'office', segment, home: rng.chance(0.5) });
        const spares = rng.chance(0.12) ? [ledger.newAccount(), ledger.newAccount()] : [];
        return { p, spares, eager: rng.uniform(0.35, 0.85) };
      });
      const posts = [rng.uniform(8.5, 9.5), rng.uniform(12.5, 13.5), rng.uniform(20.5, 21.5)];
      for (let d = 1; clock(ctx, d, 20.5) < ctx.ballot.cal.closesAt; d++) {
        const src = ledger.source({ name: `group${g}-day${d}`, kind: 'attack', candidateId: c.id, group: `exchange-${g}` });
        const at0 = posts.map((post) => clock(ctx, d, post + rng.normal(0, 0.1)));
        for (const m of members) {
          // A member takes the day's task once, from whichever post they see.
          if (!rng.chance(m.eager)) continue;
          let t = rng.pick(at0) + rng.gamma(1.5, 6 * MINUTE);
          const w = people.where(rng, m.p, t);
          people.vote(rng, m.p, t, c.id, src, { ...w, only: true });
          for (const spare of m.spares) {
            t += rng.uniform(30, 90) * 1000;
            ledger.add({ at: t, accountId: spare, candidateIds: [c.id], ip: w.ip, userAgent: m.p.device.ua(w.net), source: src });
          }
        }
      }
    }
  },
};
