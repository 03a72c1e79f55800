import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import type { Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';

/**
 * The county's primary and middle schools ask parents through the class WeChat groups: each
 * head teacher posts the link at lunch or in the evening of one day, parents answer within a
 * quarter hour or so, and the next day's "still not voted? please vote" brings more (and some
 * who voted already vote again). Class groups post at different moments, so the surge is a
 * string of small bursts over two days.
 */
export const parentGroups: Family = {
  id: 'N15',
  kind: 'legit',
  description: 'school class groups: parents answer the head teacher within minutes',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 3, 12);
    const d = rng.int(1, 3);
    const post = ledger.source({ name: `N15 class groups day ${d}`, kind: 'legit', candidateId: target.id, group: 'class groups' });
    const remind = ledger.source({ name: `N15 reminders day ${d + 1}`, kind: 'legit', candidateId: target.id, group: 'class groups' });
    for (let c = 0, classes = scaled(scale, rng.int(60, 110), 3); c < classes; c++) {
      const when = (day: number) => (rng.chance(0.45) ? rhythm.clock(day, 12, rng.int(0, 45)) : rhythm.clock(day, 20, rng.int(0, 75)));
      const posted = when(d);
      const reminded = when(d + 1);
      const parents: Person[] = Array.from({ length: rng.int(35, 55) }, () => people.make(rng, { area: target.cityKey, profile: 'town', segment: 'town', broadband: 0.7 }));
      for (const p of parents) {
        const answered = rng.chance(0.7);
        if (answered) people.vote(rng, p, posted + rng.gamma(1.2, 12 * MINUTE), people.picks(rng, target), post);
        if (rng.chance(answered ? 0.3 : 0.55)) people.vote(rng, p, reminded + rng.gamma(1.2, 15 * MINUTE), people.picks(rng, target), remind);
      }
    }
  },
};
