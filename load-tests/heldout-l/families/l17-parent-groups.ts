import { MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/crowd';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Longhui's middle school asks parents through its class groups (家长群): each class teacher posts
 * at her own hour of the evening, parents vote within minutes. Many children are left behind with
 * grandparents: two parents in five answer from the factories of Guangdong, some grandparents on
 * old phones; three evenings, fewer each time.
 */
export const parentGroups: Family = {
  id: 'L17',
  kind: 'legit',
  description: 'class parent groups: teachers post each evening, many parents in Guangdong',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['隆回县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people } = ctx;
    const c = candidate(ctx, '隆回县', 3);
    const classes = Array.from({ length: rng.int(50, 80) }, () => ({
      hour: rng.uniform(19.5, 21.5),
      parents: Array.from({ length: scaled(ctx.scale, rng.int(40, 55), 2) }, (): Person => {
        const r = rng.next();
        if (r < 0.4) return people.person(rng, { city: '广东', profile: 'migrant', segment: 'migrant', home: rng.chance(0.4) });
        if (r < 0.5) return people.person(rng, { city: c.city, profile: 'town', segment: 'elder', home: rng.chance(0.5) });
        return people.person(rng, { city: c.city, profile: 'town', segment: 'county', home: rng.chance(0.7) });
      }),
    }));
    const first = rng.int(0, 2);
    [0.85, 0.6, 0.45].forEach((share, i) => {
      const d = first + i * 2;
      const src = ledger.source({ name: `parents-day${d}`, kind: 'legit', candidateId: c.id, group: 'parents' });
      for (const k of classes) {
        const post = clock(ctx, d, k.hour + rng.normal(0, 0.1));
        for (const p of k.parents) if (rng.chance(share)) people.vote(rng, p, post + rng.gamma(1.2, 7 * MINUTE), c.id, src);
      }
    });
  },
};
