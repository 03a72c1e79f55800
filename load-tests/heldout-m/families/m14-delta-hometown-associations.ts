import { MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/people';
import type { Province } from '../model/networks';
import { honestSource, organicSize, rankedCandidate, scaled, type Family } from './family';

/**
 * A northern county's people in the Yangtze delta: its hometown chambers of commerce and
 * 老乡会 in Shanghai, Suzhou, Hangzhou and Ningbo (small-business owners, builders, logistics)
 * post the link in their groups every evening at their own time and members vote from their
 * flats and sites; a few members abroad too. They join over the week and most vote every day.
 */
export const deltaHometownAssociations: Family = {
  id: 'M14',
  kind: 'legit',
  description: 'hometown associations in Shanghai/Jiangsu/Zhejiang voting nightly after the post',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.2, 0.7);
    const city = ballot.places[ci].city;
    const associations: Array<{ province: Province; post: number; members: Array<{ p: Person; joins: number; keen: number; abroad: boolean }> }> = [];
    for (const province of ['shanghai', 'jiangsu', 'jiangsu', 'zhejiang', 'zhejiang'] as const) {
      const members = Array.from({ length: scaled(ctx.scale, rng.int(400, 700), 5) }, () => ({
        p: people.make(rng, { city, province, segment: rng.chance(0.5) ? 'office' : 'migrant', tier: rng.pick(['flagship', 'mid', 'mid', 'budget'] as const), home: people.newLine(province, city) }),
        joins: rng.weightedIndex([4, 3, 2, 1, 1, 1, 1]),
        keen: rng.uniform(0.55, 0.9),
        abroad: rng.chance(0.03),
      }));
      associations.push({ province, post: 20 * 60 + 30 + rng.int(0, 60), members });
    }
    for (let d = 0; d < ballot.cal.dayCount; d++) {
      const src = honestSource(ctx, `associations day ${d}`, ci, 'associations');
      for (const a of associations) {
        const post = rhythm.at(d, a.post);
        for (const m of a.members) {
          if (d < m.joins || !rng.chance(m.keen)) continue;
          const t = post + rng.gamma(1.1, 25 * MINUTE);
          if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt) continue;
          people.vote(rng, m.p, t, people.selection(rng, ci, 0.85), src, m.abroad ? { ip: ctx.net.abroad(rng), net: 'WIFI' } : undefined);
        }
      }
    }
  },
};
