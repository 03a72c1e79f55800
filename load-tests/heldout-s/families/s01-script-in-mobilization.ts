import { MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import { newDevice, userAgent } from '../model/devices';
import type { Segment } from '../model/devices';
import type { Routine } from '../model/rhythm';
import { organicSize, partSource, rawVote, scaled, type Family } from './family';

const RESIDENTS: ReadonlyArray<[Segment, Routine, number]> = [['village', 'farmer', 0.45], ['elder', 'elder', 0.2], ['young', 'townsfolk', 0.25], ['official', 'office', 0.1]];

/**
 * The county health bureau asks every township health centre and village committee to back its
 * doctor one morning; thousands of residents vote over the day. The vendor the doctor's nephew
 * paid runs a script in the same hours: fresh accounts, one or two copied UA strings, two rented
 * cloud /24s, a vote every 9–14 s with sub-second jitter, never a third of the burst.
 */
export const scriptInMobilization: Family = {
  id: 'S1',
  kind: 'attack',
  description: 'county mobilization with a cloud script hidden inside (under a quarter of the burst)',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 2, 8);
    const region = doctor.county.prefecture;
    const day = rng.int(1, 3);
    const start = rhythm.clock(day, 8, rng.int(30, 70));
    const real = partSource(ctx, 'legit', 'county-mobilization', doctor.id, day);
    const residents = scaled(ctx.scale, rng.int(3500, 5500));
    for (let i = 0; i < residents; i++) {
      const [segment, routine] = RESIDENTS[rng.weightedIndex(RESIDENTS.map((r) => r[2]))];
      const p = people.make(rng, { segment, routine, region, home: rng.chance(0.6) ? people.household(rng, region) : null }, doctor);
      people.cast(rng, p, start + rng.gamma(1.3, 75 * MINUTE), doctor, real);
    }

    const script = partSource(ctx, 'attack', 'cloud-script', doctor.id, day);
    const copied = Array.from({ length: rng.int(1, 2) }, () => userAgent(rng, newDevice(rng, 'young'), 'wifi'));
    const hosts = [net.hostingPrefix(rng), net.hostingPrefix(rng)].flatMap((prefix) => Array.from({ length: rng.int(2, 5) }, () => `${prefix}.${rng.int(10, 240)}`));
    const count = Math.min(Math.floor(residents / 3.2), scaled(ctx.scale, rng.int(700, 1100)));
    const pace = rng.uniform(9, 14) * 1000;
    let at = start + rng.uniform(40, 80) * MINUTE;
    for (let i = 0; i < count; i++, at += pace + rng.uniform(-400, 400)) {
      rawVote(ctx, script, at, ctx.ledger.newAccount(), [doctor.id], rng.pick(hosts), rng.pick(copied));
    }
  },
};
