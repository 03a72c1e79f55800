import { midTable } from '../model/ballot';
import { makeDevice } from '../model/devices';
import { attackSource, dayBetween, organicSize, scaled, type Family } from './family';

/**
 * Proportional stuffing with cover picks on a three-choice ballot: for five days an operation
 * adds about as many votes again as the candidate gets on its own, shaped like a town's day, each
 * vote also selecting one or two of the front-runners so that the client does not rise alone.
 * Accounts are bought one-use; addresses come from a 4G card pool (modems) in the candidate's own
 * city, so they are that city's mobile CGNAT; the control software cycles ten device profiles.
 * Only the client is labelled attacked; the cover picks are not.
 */
export const coverPicks: Family = {
  id: 'R8',
  kind: 'attack',
  description: 'proportional stuffing on a 3-choice ballot with front-runner cover picks, city 4G modem pool, 5 days',
  seeds: [1, 2],
  ballot: { maxChoices: 3 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, rhythm, ledger, crowd } = ctx;
    const target = midTable(rng, ballot, 5, 16);
    const covers = ballot.byPull.slice(0, 5).filter((c) => c.id !== target.id);
    const profiles = Array.from({ length: 10 }, () => makeDevice(rng, 'town'));
    const perDay = scaled(ctx.scale, Math.max(250, crowd.dailyMean(target.id) * rng.uniform(0.8, 1.2)), 10);
    const carrier = rng.int(0, 2);
    const first = dayBetween(ctx, 1, 2);
    for (let d = first; d < Math.min(first + 5, rhythm.days); d++) {
      const src = attackSource(ctx, `R8-day${d}`, target, 'R8');
      for (let i = 0; i < perDay; i++) {
        const picks = [target.id, rng.pick(covers).id];
        if (rng.chance(0.5)) {
          const third = rng.pick(covers).id;
          if (!picks.includes(third)) picks.push(third);
        }
        const ua = rng.pick(profiles).ua(rng.chance(0.5) ? '4G' : '5G');
        ledger.add({ at: Math.round(rhythm.sample(rng, 'village', d)), accountId: ledger.newAccount(), candidateIds: picks, ip: net.mobile(rng, target.city, carrier), userAgent: ua, source: src });
      }
    }
  },
};
