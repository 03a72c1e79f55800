import { isWeekend } from '../../heldout/calendar';
import { at } from '../model/ballot';
import { MOBILE_BLOCKS, TELECOM_BLOCKS, UNICOM_BLOCKS } from '../model/networks';
import { after } from '../model/people';
import { candidateIn, fullDays, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * New Barag Right Banner's notice on the first morning: civil servants, teachers, hospital and
 * forestry staff, thousands of them behind seven exits (e-government extranet 3, education 2,
 * the hospital 1, the forestry bureau 1), re-reminded each morning with fewer answering.
 */
export const fewNats: Family = {
  id: 'Z10',
  kind: 'legit',
  description: 'mobilization behind few NATs: 3,000-4,500 banner staff behind 7 exits, first morning then daily',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 29_000, 36_000),
  build(ctx) {
    const { rng, people, ballot, net, scale } = ctx;
    const c = candidateIn(ctx, ['hulunbuir'], 0.5);
    const exits = [
      ...net.pool('z10-egov', 3, TELECOM_BLOCKS),
      ...net.pool('z10-edu', 2, UNICOM_BLOCKS),
      ...net.pool('z10-hospital', 1, TELECOM_BLOCKS),
      ...net.pool('z10-forestry', 1, MOBILE_BLOCKS),
    ];
    const exitWeights = [5, 3, 2, 4, 3, 2, 1.5];
    const staff = Array.from({ length: scaled(scale, rng.int(3000, 4500), 30) }, () => ({
      p: people.make(rng, { league: 'hulunbuir', life: 'office' }),
      exit: exits[rng.weightedIndex(exitWeights)],
    }));
    const days = fullDays(ctx);
    days.forEach((d, k) => {
      const src = surgeSource(ctx, `z10-staff-d${d}`, c, 'z10-staff');
      const call = at(ballot.cal, d, k === 0 ? 9.15 : 8.6);
      const share = k === 0 ? 0.85 : 0.55 * 0.85 ** k;
      for (const s of staff) {
        if (!rng.chance(share)) continue;
        const t = k === 0 || rng.chance(0.7) ? after(rng, call, k === 0 ? 35 : 25, 1.1) : ctx.rhythm.timeOn(rng, 'office', d);
        const office = !isWeekend(t) && rng.chance(0.8);
        people.vote(rng, s.p, t, c, src, office ? { ip: s.exit, net: 'WIFI' } : undefined);
      }
    });
  },
};
