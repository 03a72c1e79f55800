import { newPhone } from '../model/devices';
import { staticAddress } from '../model/networks';
import type { Person } from '../model/people';
import { typicalCrowd, type Family } from './family';
import { after, byRank, castAs, fullDay, onDay, volume } from './kit';

/**
 * A vocational college in the candidate's county: the student union posts in every class group
 * after evening self-study (21:35), and students vote from the dormitory Wi-Fi, a campus line
 * with a handful of public addresses. Night after night for most of the week, a little fewer each
 * night, a few at lunch too.
 */
export const campusNights: Family = {
  id: 'G15',
  kind: 'legit',
  description: 'vocational college students vote nightly after self-study on campus Wi-Fi',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, people, rhythm } = ctx;
    const target = byRank(ctx, 4, 25);
    const lines = Array.from({ length: rng.int(2, 4) }, () => staticAddress(rng, target.area));
    const students: { person: Person; line: string; keen: number }[] = Array.from({ length: volume(ctx, 400, 1500, 10) }, () => ({
      person: people.person(rng, target.area, 'young', { device: newPhone(rng, 'young') }),
      line: rng.pick(lines),
      keen: rng.uniform(0.4, 0.95),
    }));
    const first = fullDay(ctx, 0, 3);
    const nights = rng.int(3, 5);
    for (let d = first; d < Math.min(first + nights, rhythm.cal.dayCount); d++) {
      const source = ledger.source({ name: `campus night ${d}`, kind: 'legit', candidateId: target.id, group: `campus:${target.name}` });
      const post = rhythm.at(d, 21 * 60 + 35 + rng.int(-5, 10));
      const lunch = rhythm.at(d, 12 * 60 + 10);
      for (const s of students) {
        if (!rng.chance(s.keen * Math.pow(0.9, d - first))) continue;
        const at = rng.chance(0.2) ? lunch + after(rng, 10, 0.8) : post + after(rng, 7, 0.8);
        if (!onDay(ctx, at, d)) continue;
        castAs(ctx, source, s.person, at, [target.id], rng.chance(0.8) ? people.viaLine(s.person, s.line, at) : people.viaCellular(rng, s.person, at));
      }
    }
  },
};
