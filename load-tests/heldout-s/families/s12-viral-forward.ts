import { MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import type { Region } from '../model/networks';
import type { Person } from '../model/people';
import { organicSize, partSource, scaled, type Family } from './family';

type Where = Region | 'home' | 'elsewhere';
const WHERE: ReadonlyArray<[Where, number]> = [['Nanning', 0.15], ['home', 0.2], ['Guangzhou', 0.1], ['Shenzhen', 0.1], ['Dongguan', 0.08], ['elsewhere', 0.37]];

/**
 * An article about the doctor ("大山里的120") is picked up by a big account one evening and
 * cascades through groups and Moments: seed groups open log-normal cascades, each forward
 * begets more 10–40 minutes later, until 6,000–12,000 strangers across China have voted. A fifth
 * of them come back the next evening.
 */
export const viralForward: Family = {
  id: 'S12',
  kind: 'legit',
  description: 'viral article one evening: cascading forwards, 6-12k voters across China',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 4, 14);
    const d = rng.int(2, 4);
    const tonight = partSource(ctx, 'legit', 'viral-forward', doctor.id, d);
    const nextDay = partSource(ctx, 'legit', 'viral-forward', doctor.id, d + 1);
    const target = scaled(ctx.scale, rng.int(6000, 12000), 20);
    const voters: Array<{ p: Person; away: boolean }> = [];
    // Forwards waiting to be read: [instant, audience].
    const queue: Array<[number, number]> = Array.from({ length: rng.int(20, 40) }, () => [rhythm.clock(d, 19, rng.uniform(20, 80)), rng.logNormal(60, 0.9)]);
    while (voters.length < target && queue.length > 0) {
      queue.sort((a, b) => a[0] - b[0]);
      const [at, audience] = queue.shift() ?? [0, 0];
      const n = Math.min(target - voters.length, Math.max(1, Math.round(audience * rng.uniform(0.2, 0.45))));
      for (let i = 0; i < n; i++) {
        const w = WHERE[rng.weightedIndex(WHERE.map((x) => x[1]))][0];
        // People in other provinces are made as Nanning people but always vote from their own lines.
        const region: Region = w === 'home' ? doctor.county.prefecture : w === 'elsewhere' ? 'Nanning' : w;
        const away = w === 'elsewhere';
        const p = people.make(rng, { segment: rng.pick(['young', 'official', 'migrant'] as const), routine: 'townsfolk', region, home: rng.chance(0.6) ? people.household(rng, region) : null }, doctor);
        const t = at + rng.gamma(1.4, 12 * MINUTE);
        people.cast(rng, p, t, doctor, tonight, away ? net.elsewhere(rng) : undefined);
        voters.push({ p, away });
        if (rng.chance(0.08)) queue.push([t + rng.uniform(10, 40) * MINUTE, rng.logNormal(50, 1)]);
      }
    }
    for (const { p, away } of voters) {
      if (rng.chance(0.2)) people.cast(rng, p, rhythm.clock(d + 1, 18) + rng.gamma(1.5, 45 * MINUTE), doctor, nextDay, away ? net.elsewhere(rng) : undefined);
    }
  },
};
