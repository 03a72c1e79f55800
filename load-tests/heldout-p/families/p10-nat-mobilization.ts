import { at, organicSize, scaled, type Family } from './family';

/**
 * P10, mobilization behind a few government NATs (honest): a county government's notice on day 1
 * asks civil servants, teachers and hospital staff to vote every day. 3,000–5,000 staff; 75% vote
 * the first morning (gamma arrivals after ~09:10), mostly from their desks behind five exits
 * (government 2, education 2, hospital 1); a reminder each morning at ~08:30 brings fewer back
 * each day.
 */
export const natMobilization: Family = {
  id: 'P10',
  kind: 'legit',
  description: 'government notice: 3-5k staff vote from desks behind 5 NAT exits, daily reminders',
  seeds: [1, 2],
  ballot: { category: 'county' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people, net } = ctx;
    const target = crowd.atRank(rng, 0.15, 0.6);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const exits = [net.natExits(2), net.natExits(2), net.natExits(1)];
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(3000, 5000), 20) }, () =>
      people.make(rng, { segment: rng.chance(0.85) ? 'town' : 'city', city, candidate: target, office: exits[rng.weightedIndex([5, 3, 2])] }),
    );
    const first = 1;
    for (let d = first; d <= ballot.cal.dayCount - 2; d++) {
      const src = ledger.source({ name: `P10 notice day ${d}`, kind: 'legit', candidateId: cid, group: 'P10 government staff' });
      const base = at(ctx, d, d === first ? 9.15 : 8.5);
      const turnout = d === first ? 0.75 : Math.max(0.15, 0.55 - 0.08 * (d - first));
      for (const p of staff) if (rng.chance(turnout)) people.vote(rng, p, base + rng.gamma(1.3, 45 * 60_000), src);
    }
  },
};
