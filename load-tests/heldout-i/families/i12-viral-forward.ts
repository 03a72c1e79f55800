import { MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import type { Where } from '../model/people';
import { organicSize, scaled, type Family } from './family';

/**
 * A viral forward: a short video about Dapeng's fishermen and the article's vote link spreads from
 * group to group one evening. Each forward into a group sets off a small cascade minutes later,
 * and forwards beget forwards, so the candidate's rate climbs for an hour or two and tails off
 * overnight. Voters are everyone: Shenzhen locals, people across China, Hong Kong, abroad. A
 * quarter come back the next day.
 */
export const viralForward: Family = {
  id: 'I12',
  kind: 'legit',
  description: 'viral forward: group-to-group cascades from everywhere, one evening, some return',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['大鹏街道'] },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, people, rhythm, scale }) {
    const target = candidateNamed(ballot, '大鹏街道');
    const day = rng.int(2, 4);
    const src = ledger.source({ name: 'viral evening', kind: 'legit', candidateId: target, group: 'viral forward' });
    const next = ledger.source({ name: 'viral next day', kind: 'legit', candidateId: target, group: 'viral forward' });
    const budget = scaled(scale, rng.int(8000, 14000), 20);
    // Forward events: a branching process seeded by a handful of groups at about 19:00.
    const events: number[] = Array.from({ length: 6 }, () => rhythm.at(day, rng.uniform(18.8, 19.4)));
    let votes = 0;
    for (let i = 0; i < events.length && votes < budget; i++) {
      const t = events[i];
      const size = Math.round(rng.logNormal(18, 0.9));
      for (let k = 0; k < size && votes < budget; k++) {
        const at = t + rng.gamma(0.9, 9 * MINUTE);
        const r = rng.next();
        const where: Where = r < 0.6 ? 'gd' : r < 0.88 ? 'cn' : r < 0.95 ? 'hk' : 'abroad';
        const p = people.make(rng, { where, city: rng.pick(['深圳市', '深圳市', '广州市', '惠州市', '东莞市']), profile: where === 'gd' ? 'metro' : undefined });
        people.vote(rng, p, at, selection(rng, ballot, target), src);
        votes++;
        if (rng.chance(0.07)) events.push(at + rng.uniform(1, 12) * MINUTE);
        if (rng.chance(0.25)) people.vote(rng, p, rhythm.inDay(rng, day + 1, p.profile), selection(rng, ballot, target), next);
      }
    }
  },
};
