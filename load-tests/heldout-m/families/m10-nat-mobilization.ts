import { MINUTE } from '../../heldout/calendar';
import { honestSource, organicSize, rankedCandidate, scaled, weekday, type Family } from './family';

/**
 * A county's own notice: the county office tells every unit to vote. Civil servants, teachers,
 * doctors and the state grid's staff vote from their desks behind a handful of exits (the
 * e-government extranet, the education network, two hospitals, one state company); most within
 * hours of the 09:00 notice, then fewer each morning after the 08:30 reminder.
 */
export const natMobilization: Family = {
  id: 'M10',
  kind: 'legit',
  description: 'county staff mobilized behind ~7 government, school and hospital NATs',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.2, 0.6);
    const city = ballot.places[ci].city;
    const exits = [net.nat(rng, 'gov', 3), net.nat(rng, 'edu', 2), net.nat(rng, 'hospital', 1), net.nat(rng, 'hospital', 1), net.nat(rng, 'enterprise', 2)];
    const exitWeights = [40, 30, 10, 8, 12];
    const d0 = weekday(ctx, 0, 2);
    const notice = Math.max(ballot.cal.opensAt, rhythm.at(d0, 9 * 60 + rng.int(0, 30)));
    const staff = scaled(ctx.scale, rng.int(3500, 6000), 20);
    const first = honestSource(ctx, 'county notice', ci, 'notice');
    const later = new Map<number, number>();
    for (let i = 0; i < staff; i++) {
      const p = people.make(rng, { city, segment: 'office', office: exits[rng.weightedIndex(exitWeights)] });
      const t = rng.chance(0.8) ? notice + rng.gamma(1.3, 40 * MINUTE) : rhythm.sample(rng, 'office', d0);
      if (t >= ballot.cal.opensAt) people.vote(rng, p, t, people.selection(rng, ci, 0.85), first);
      let keen = rng.uniform(0.3, 0.7);
      for (let d = d0 + 1; d < ballot.cal.dayCount; d++) {
        keen *= 0.85;
        if (rhythm.isWeekend(rhythm.at(d, 720)) || !rng.chance(keen)) continue;
        let src = later.get(d);
        if (src === undefined) later.set(d, (src = honestSource(ctx, `reminder day ${d}`, ci, 'reminders')));
        people.vote(rng, p, rhythm.at(d, 8 * 60 + 30) + rng.gamma(1.2, 45 * MINUTE), people.selection(rng, ci, 0.85), src);
      }
    }
  },
};
