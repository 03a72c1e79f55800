import { MINUTE } from '../../heldout/calendar';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** Tour guides at a red-tourism / scenic county ask their groups to vote at a stop, on the scenic area's free Wi-Fi. */
export const scenicWifi: Family = {
  id: 'O18',
  kind: 'legit',
  description: 'tour groups on scenic-area Wi-Fi: 20-40 tourists from all over China vote within minutes at a stop, daily',
  seeds: [1, 2],
  ballot: { category: 'county' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, ledger, rhythm, ballot } = ctx;
    const c = ballot.candidates.find((x) => ['Jinggangshan', 'Wuyuan', 'Ruijin'].includes(x.county)) ?? midCandidate(ctx);
    const wifi = net.nat(3);
    for (let d = 0; d < 7; d++) {
      const src = ledger.source({ name: `tours-day${d}`, kind: 'legit', candidateId: c.id, group: 'tours' });
      const groups = scaled(ctx.scale, rng.int(15, 30), 1);
      for (let g = 0; g < groups; g++) {
        const stop = rhythm.at(d, rng.int(9 * 60, 16 * 60 + 30));
        const size = rng.int(20, 40);
        for (let i = 0; i < size; i++) {
          if (!rng.chance(0.75)) continue;
          const p = people.person(rng, { region: 'china', place: `tour${g}`, segment: rng.pick(['city', 'town', 'elder'] as const), homeShare: 0 });
          people.vote(rng, p, stop + rng.gamma(1.5, 2.5 * MINUTE), people.selection(rng, c.id), src, rng.chance(0.7) ? rng.pick(wifi) : undefined);
        }
      }
    }
  },
};
