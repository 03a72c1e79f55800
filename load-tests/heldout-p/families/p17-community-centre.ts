import { at, organicSize, scaled, type Family } from './family';

/**
 * P17, older people helped at the community centre (honest): 350–650 retirees of a town vote
 * every day; volunteers at the neighbourhood committee's activity centre help those who come in
 * on weekday mornings (08:30–11:00, one vote every half minute or so per volunteer, on the
 * centre's one Wi-Fi address), the others vote at dawn on their own old phones.
 */
export const communityCentre: Family = {
  id: 'P17',
  kind: 'legit',
  description: 'retirees: volunteers help on the centre Wi-Fi weekday mornings, others vote at dawn',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people, net, rhythm } = ctx;
    const target = crowd.atRank(rng, 0.25, 0.75);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const centre = net.natExits(1)[0];
    const elders = Array.from({ length: scaled(ctx.scale, rng.int(350, 650), 10) }, () => ({
      p: people.make(rng, { segment: 'elderly', city, candidate: target }),
      helped: rng.chance(0.5),
      loyal: rng.uniform(0.6, 0.95),
    }));
    for (let d = 1; d < ballot.cal.dayCount - 1; d++) {
      const src = ledger.source({ name: `P17 retirees day ${d}`, kind: 'legit', candidateId: cid, group: 'P17 community centre' });
      const weekday = ![0, 6].includes(new Date(at(ctx, d, 12) + 8 * 3_600_000).getUTCDay());
      const volunteers = rng.int(2, 4);
      const desks = Array.from({ length: volunteers }, () => at(ctx, d, 8.5 + rng.uniform(0, 0.3)));
      for (const e of elders) {
        if (!rng.chance(e.loyal)) continue;
        if (e.helped && weekday) {
          const k = rng.int(0, volunteers - 1);
          desks[k] += rng.uniform(20, 60) * 1000;
          if (desks[k] < at(ctx, d, 11.5)) people.voteFrom(e.p, desks[k], centre, 'WIFI', src);
        } else people.vote(rng, e.p, rhythm.timeOnDay(rng, 'elderly', d), src);
      }
    }
  },
};
