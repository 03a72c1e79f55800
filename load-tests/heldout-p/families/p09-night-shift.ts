import { shanghaiDayNumber } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { at, organicSize, scaled, type Family } from './family';

/**
 * P9, night shift (honest): the night shift of an electronics plant in Chengdu's west hi-tech zone
 * backs a worker's home town every night. From 22:00 to 06:00 it gives the candidate four times
 * its daytime hourly share (Poisson count, uniform arrival times, so Poisson arrivals), a third
 * of each night's voters new to the ballot; budget phones of every brand on the three carriers'
 * mobile data.
 */
export const nightShift: Family = {
  id: 'P9',
  kind: 'legit',
  description: 'night shift: 4x daytime share every night 22-06, fresh accounts, many models, carrier IPs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people, rhythm } = ctx;
    const target = crowd.atRank(rng, 0.3, 0.75);
    const cid = ballot.candidates[target].id;
    // Daytime (08–22) hourly rate of the candidate's organic votes.
    const dayHourly = (crowd.daily(target) * rhythm.share('town', 8, 22)) / 14;
    const perNight = Math.max(scaled(ctx.scale, 40, 3), 4 * dayHourly * 8);
    const workers: Array<{ p: Person; lastDay: number; night: number }> = [];
    const hire = () => people.make(rng, { segment: rng.chance(0.6) ? 'student' : 'town', city: '成都', candidate: target, home: null });
    for (let d = 0; d < ballot.cal.dayCount - 1; d++) {
      const src = ledger.source({ name: `P9 night ${d}`, kind: 'legit', candidateId: cid, group: 'P9 night shift' });
      const start = at(ctx, d, 22);
      const n = rng.poisson(perNight);
      for (let i = 0; i < n; i++) {
        const t = start + rng.next() * 8 * 3_600_000;
        const day = shanghaiDayNumber(t);
        // A third are new to the ballot; the others worked an earlier night and have not voted yet this Shanghai day.
        let w = undefined as (typeof workers)[number] | undefined;
        const fresh = workers.length === 0 || rng.chance(0.34);
        for (let tries = 0; !fresh && tries < 6 && !w; tries++) {
          const c = rng.pick(workers);
          if (c.lastDay !== day && c.night !== d) w = c;
        }
        if (!w) workers.push((w = { p: hire(), lastDay: -1, night: -1 }));
        w.lastDay = day;
        w.night = d;
        people.vote(rng, w.p, t, src);
      }
    }
  },
};
