import { MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import type { Person } from '../model/people';
import { organicSize, partSource, scaled, type Family } from './family';

/**
 * Guangxi towns hold market (赶圩) every third day. The doctor's daughter and a nephew set up a
 * table by the clinic's stall with the QR code; elders come with their old phones and are helped
 * to open WeChat and vote one after another, 1–3 minutes each, on their own 4G or on a helper's
 * hotspot. Half of an earlier market's elders come back to the next one.
 */
export const marketDay: Family = {
  id: 'S18',
  kind: 'legit',
  description: 'market-day table: two helpers help elders vote one by one, every third morning',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 3, 14);
    const region = doctor.county.prefecture;
    const phase = rng.int(0, 2);
    const regulars: Person[] = [];
    for (let d = 1; d < rhythm.days - 1; d++) {
      if (d % 3 !== phase) continue;
      const source = partSource(ctx, 'legit', 'market-day', doctor.id, d);
      const returning = regulars.filter(() => rng.chance(0.5));
      const fresh = Array.from({ length: scaled(ctx.scale, rng.int(120, 220), 2) }, () => people.make(rng, { segment: 'elder', routine: 'elder', region, carrier: rng.chance(0.8) ? 'mobile' : 'telecom' }, doctor));
      regulars.push(...fresh);
      const queue = rng.shuffle([...returning, ...fresh]);
      for (let helper = 0; helper < 2; helper++) {
        const hotspot = net.mobile(rng, 'mobile', region).ip;
        let at = rhythm.clock(d, 7, rng.uniform(30, 50));
        for (let k = helper; k < queue.length; k += 2) {
          at += rng.uniform(1, 3) * MINUTE + (rng.chance(0.1) ? rng.uniform(5, 15) * MINUTE : 0);
          people.cast(rng, queue[k], at, doctor, source, rng.chance(0.4) ? { ip: hotspot, link: 'wifi' } : net.mobile(rng, queue[k].carrier, region));
        }
      }
    }
  },
};
