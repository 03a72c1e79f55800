import { MINUTE } from '../../heldout/calendar';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** The county's chamber of commerce in Dongguan rallies natives in Guangdong factories: lunch breaks and late evenings in the dorms. */
export const migrantChamber: Family = {
  id: 'O14',
  kind: 'legit',
  description: 'natives in Guangdong factories (chamber of commerce): 12:00 and 21:30 bursts, dorm NATs, 4 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    const dorms = Array.from({ length: 8 }, () => net.nat(rng.int(1, 2), 'guangdong', rng.chance(0.5) ? 'telecom' : 'unicom'));
    const workers = Array.from({ length: scaled(ctx.scale, rng.int(2500, 4500), 10) }, () => ({ p: people.person(rng, { region: 'guangdong', place: rng.pick(['Dongguan', 'Shenzhen']), segment: 'budget', profile: 'migrant', homeShare: 0 }), dorm: rng.chance(0.6) ? rng.pick(dorms) : undefined, lunch: rng.chance(0.4) }));
    const start = rng.int(1, 2);
    for (let d = start; d < start + 4; d++) {
      const src = ledger.source({ name: `chamber-day${d}`, kind: 'legit', candidateId: c.id, group: 'chamber' });
      for (const w of workers) {
        if (!rng.chance(d === start ? 0.85 : 0.6)) continue;
        const at = w.lunch ? rhythm.at(d, 12 * 60) + rng.gamma(1.5, 10 * MINUTE) : rhythm.at(d, 21 * 60 + 30) + rng.gamma(1.3, 30 * MINUTE);
        people.vote(rng, w.p, at, people.selection(rng, c.id), src, !w.lunch && w.dorm ? rng.pick(w.dorm) : undefined);
      }
    }
  },
};
