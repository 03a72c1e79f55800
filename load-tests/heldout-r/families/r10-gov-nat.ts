import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import type { Person } from '../model/people';
import { dayBetween, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * The county government's notice (工作群 of every bureau, the education system and the hospitals):
 * 3,000–6,000 civil servants, teachers and doctors, most of whom vote the first morning from their
 * desks behind the county's few exits (e-government 2, education network 2, two hospitals), and
 * are reminded each morning at ~08:40 after that, fewer answering each day.
 */
export const govNat: Family = {
  id: 'R10',
  kind: 'legit',
  description: 'county notice: 3-6k civil servants, teachers, doctors voting from 4-6 government NAT exits',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm } = ctx;
    const target = midTable(rng, ballot, 2, 10);
    const exits = Array.from({ length: rng.int(4, 6) }, () => net.nat(rng, target.city, rng.int(1, 2)));
    const staff: Person[] = Array.from({ length: scaled(ctx.scale, rng.int(3000, 6000), 30) }, () =>
      people.make(rng, { place: target.city, segment: 'townOffice', home: rng.chance(0.6), work: rng.pick(exits) }),
    );
    const first = dayBetween(ctx, 0, 2);
    let turnout = 0.75;
    for (let d = first; d < rhythm.days; d++) {
      const src = surgeSource(ctx, `R10-day${d}`, target, 'R10');
      const notice = d === first ? Math.max(rhythm.at(d, 9) + rng.uniform(0, 40) * MINUTE, ballot.cal.opensAt + 20 * MINUTE) : rhythm.at(d, 8, 40);
      for (const p of staff) {
        if (!rng.chance(turnout)) continue;
        const at = notice + rng.gamma(1.1, 40 * MINUTE);
        people.vote(rng, p, at, [target.id], src, rng.chance(0.85) ? { ip: rng.pick(p.work ?? [p.home ?? '']) } : undefined);
      }
      turnout *= rng.uniform(0.55, 0.75);
      if (turnout < 0.08) break;
    }
  },
};
