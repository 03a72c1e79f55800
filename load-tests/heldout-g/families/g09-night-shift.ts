import { shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { staticAddress } from '../model/networks';
import { typicalCrowd, type Family } from './family';
import { byRank, castAs, organicCounts } from './kit';

/** The night runs from 23:40 to 04:30; the meal break 01:00–02:30 is when most phones come out. */
const NIGHT_FROM = -20;
const NIGHT_TO = 270;
const BREAK_FROM = 60;
const BREAK_TO = 150;

/**
 * A town with a coal mine, a phosphate plant or a data centre on shifts: every night the night
 * shift votes for its own town during breaks, giving it several times its daytime share of the
 * night's votes. Many workers are new each night (crews rotate), some come back; they use their
 * own phones on 4G, a few the dormitory Wi-Fi. Arrivals are Poisson, thickest in the meal break.
 */
export const nightShift: Family = {
  id: 'G9',
  kind: 'legit',
  description: "night shift votes for its town every night: several times its daytime share",
  seeds: [1, 2, 3],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, people, rhythm } = ctx;
    const target = byRank(ctx, 1, 8);
    const k = rng.uniform(3, 6);
    const minuteOf = (at: number) => shanghaiMinuteOfDay(at);
    const day = organicCounts(ctx, target.id, (at) => minuteOf(at) >= 480 && minuteOf(at) < 1320);
    const night = organicCounts(ctx, target.id, (at) => minuteOf(at) >= 1440 + NIGHT_FROM || minuteOf(at) < NIGHT_TO);
    const nights = Math.max(1, rhythm.cal.dayCount - 1);
    const share = Math.min(0.6, (k * day.candidate) / Math.max(1, day.all));
    const needed = (share * night.all - night.candidate) / (1 - share) / nights;
    const perNight = Math.max(needed, rng.int(150, 300) * ctx.scale, 3);

    const dorms = Array.from({ length: rng.int(1, 2) }, () => staticAddress(rng, target.area));
    const crew: { person: Person; dorm?: string }[] = [];
    for (let d = 1; d < rhythm.cal.dayCount; d++) {
      if (!rng.chance(0.88)) continue;
      const source = ledger.source({ name: `night shift ${d}`, kind: 'legit', candidateId: target.id, group: `night-shift:${target.name}` });
      const votedTonight = new Set<number>();
      const n = rng.poisson(perNight * rng.uniform(0.8, 1.2));
      for (let i = 0; i < n; i++) {
        // Break minutes carry three times the rate of the rest of the night.
        const inBreak = rng.chance((3 * (BREAK_TO - BREAK_FROM)) / (3 * (BREAK_TO - BREAK_FROM) + (NIGHT_TO - NIGHT_FROM - (BREAK_TO - BREAK_FROM))));
        const minute = inBreak ? rng.uniform(BREAK_FROM, BREAK_TO) : rng.chance(0.5) ? rng.uniform(NIGHT_FROM, BREAK_FROM) : rng.uniform(BREAK_TO, NIGHT_TO);
        const at = rhythm.at(d, minute);
        let w = rng.chance(0.3) && crew.length > 0 ? rng.int(0, crew.length - 1) : -1;
        if (w >= 0 && votedTonight.has(w)) w = -1;
        if (w < 0) {
          crew.push({ person: people.person(rng, target.area, 'worker'), dorm: rng.chance(0.15) ? rng.pick(dorms) : undefined });
          w = crew.length - 1;
        }
        votedTonight.add(w);
        const { person, dorm } = crew[w];
        castAs(ctx, source, person, at, [target.id], dorm ? people.viaLine(person, dorm, at) : people.viaCellular(rng, person, at));
      }
    }
  },
};
