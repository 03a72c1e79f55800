import { MINUTE } from '../../heldout/calendar';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** The county media centre's (融媒体) evening livestream shows the QR code on two nights; viewers vote within minutes at home. */
export const livestream: Family = {
  id: 'O15',
  kind: 'legit',
  description: 'county livestream QR code on two evenings: thousands of viewers within ~15 min, home broadband',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    for (const d of rng.shuffle([1, 2, 3, 4, 5]).slice(0, 2)) {
      const src = ledger.source({ name: `live-day${d}`, kind: 'legit', candidateId: c.id, group: 'livestream' });
      const show = rhythm.at(d, 20 * 60 + rng.int(0, 40));
      const n = scaled(ctx.scale, rng.int(2500, 5000), 10);
      for (let i = 0; i < n; i++) {
        const p = people.person(rng, { place: c.county, segment: rng.chance(0.35) ? 'elder' : 'town', homeShare: 0.85 });
        people.vote(rng, p, show + rng.gamma(1.6, 5 * MINUTE), people.selection(rng, c.id), src);
      }
    }
  },
};
