import { isWeekend, MINUTE } from '../../heldout/calendar';
import { candidateByProfile } from '../model/ballot';
import type { Nat } from '../model/networks';
import type { Person } from '../model/people';
import { at, labelled, organicSize, scaled, type Family } from './family';

/**
 * X10, honest: Youxi county backs its river-patrol volunteer. The county civilization office's
 * notice goes to every unit on a weekday morning (day 1 or 2, ~08:50): 3,500–6,000 civil servants,
 * teachers and hospital staff, most of them voting within the next hour or two from their desks,
 * which sit behind a handful of exits: the e-government extranet (3 addresses), the education
 * metropolitan network (2), the county hospital (1), the TCM hospital (1), the water bureau (1).
 * Unit heads re-post the reminder each morning at ~08:30 and fewer answer each day.
 */
export const countyNatPush: Family = {
  id: 'X10',
  kind: 'legit',
  description: 'Youxi county notice: 3.5-6k civil servants, teachers, nurses vote from 8 NAT exits, daily re-reminders',
  seeds: [1, 2],
  ballot: { need: ['youxi-river'] },
  organicVotes: (rng) => organicSize(rng, 32_000),
  build(ctx) {
    const { rng, people, ballot, crowd, net, rhythm } = ctx;
    const cand = candidateByProfile(ballot, 'youxi-river');
    const exits: [Nat, number][] = [
      [net.nat(rng, 'sanming', 3, 'youxi-egov', 'telecom'), 0.42],
      [net.nat(rng, 'sanming', 2, 'youxi-edu', 'telecom'), 0.3],
      [net.nat(rng, 'sanming', 1, 'youxi-hospital', 'unicom'), 0.14],
      [net.nat(rng, 'sanming', 1, 'youxi-tcm', 'telecom'), 0.07],
      [net.nat(rng, 'sanming', 1, 'youxi-water', 'telecom'), 0.07],
    ];
    // Pick a weekday morning for the notice.
    let day = rng.int(1, 2);
    while (day < 5 && isWeekend(at(ctx, day, 12))) day++;
    const staff: { p: Person; nat: Nat }[] = [];
    const n = scaled(ctx.scale, rng.int(3500, 6000), 30);
    for (let i = 0; i < n; i++) {
      const nat = exits[rng.weightedIndex(exits.map((e) => e[1]))][0];
      staff.push({ p: people.make(rng, { city: 'sanming', segment: 'office', market: 'county', office: nat }), nat });
    }
    let answer = rng.uniform(0.78, 0.86);
    for (let d = day; d < rhythm.days && answer > 0.08; d++) {
      const source = labelled(ctx, `x10-notice-day${d}`, 'legit', cand, 'x10-notice');
      const post = d === day ? at(ctx, d, 8, 50 + rng.int(-5, 10)) : at(ctx, d, 8, 30 + rng.int(-10, 15));
      const weekend = isWeekend(post);
      const share = weekend ? answer * 0.35 : answer;
      for (const { p, nat } of staff) {
        if (!rng.chance(share)) continue;
        const t = post + (rng.chance(0.8) ? rng.gamma(1.4, 18) : rng.uniform(90, 540)) * MINUTE;
        if (t >= ballot.cal.closesAt) continue;
        // At the desk (8:30-12:00) nearly everyone is behind the unit's exit; later some are on 4G.
        const onDesk = !weekend && rng.chance(0.82);
        people.vote(rng, p, t, crowd.selection(rng, cand), source, onDesk ? { ip: rng.pick(nat.addresses), net: 'WIFI' } : undefined);
      }
      answer *= d === day ? rng.uniform(0.45, 0.55) : rng.uniform(0.6, 0.75);
    }
  },
};
