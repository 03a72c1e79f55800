import { organicSize, scaled, type Family } from './family';

/**
 * P7, bought aged accounts with cover picks (multi-choice ballot): 1,400–2,400 real, aged WeChat
 * accounts bought from a marketplace, each still tied to its old phone profile, are driven through
 * a Sichuan residential proxy service (each session a household broadband exit, some reused) on
 * the evenings of three or four days, 80% each evening, at times from the town curve after
 * 18:00. To blend in, every ballot also ticks one or two of the favourites; only the client is
 * labelled attacked.
 */
export const agedAccountPool: Family = {
  id: 'P7',
  kind: 'attack',
  description: 'aged bought accounts via Sichuan residential proxies, evenings, cover picks of favourites',
  seeds: [1, 2],
  ballot: { maxChoices: 3, category: 'township' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people, net, rhythm } = ctx;
    const target = crowd.atRank(rng, 0.35, 0.85);
    const cid = ballot.candidates[target].id;
    const favourites = [0, 1, 2, 3].map((i) => crowd.atRank(rng, i / ballot.candidates.length, (i + 1) / ballot.candidates.length, [target]));
    const pool = Array.from({ length: scaled(ctx.scale, rng.int(1400, 2400), 10) }, () =>
      people.make(rng, { segment: rng.chance(0.7) ? 'town' : 'city', city: ballot.places[target].city, candidate: target, single: true }),
    );
    const exits = Array.from({ length: Math.max(5, Math.round(pool.length / 3)) }, () => net.broadband(rng));
    const first = rng.int(1, 3);
    const days = rng.int(3, 4);
    for (let d = first; d < first + days; d++) {
      const src = ledger.source({ name: `P7 pool day ${d}`, kind: 'attack', candidateId: cid, group: 'P7 aged accounts' });
      for (const p of pool) {
        if (!rng.chance(0.8)) continue;
        const covers = rng.shuffle([...favourites]).slice(0, rng.int(1, 2)).map((i) => ballot.candidates[i].id);
        const picks = rng.shuffle([cid, ...covers.filter((c) => c !== cid)]);
        people.voteFrom(p, rhythm.timeOnDay(rng, 'town', d, 18, 24), rng.pick(exits), 'WIFI', src, picks);
      }
    }
  },
};
