import { HOUR, MINUTE } from '../../heldout/calendar';
import { makePhone, ua } from '../model/devices';
import { byPull } from '../model/ballot';
import { attackSource, honestSource, organicSize, scaled, type Family } from './family';

/**
 * 最后冲刺 by 猫池: in the last eight hours, the runner-up's backers buy a modem pool's worth of
 * votes: SIMs registered in the candidate's own city vote through China Mobile's CGNAT there
 * (the same egress as the city's honest phones), each account with a randomized modern device
 * profile, at a rate that ramps up towards the close. At the same time the leader's volunteers
 * run their honest last-evening push.
 */
export const lastDayModemPool: Family = {
  id: 'M8',
  kind: 'attack',
  description: '猫池 modem pool in the last 8 hours, own-city mobile CGNAT, ramping to the close',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, people, ballot } = ctx;
    const order = byPull(ballot);
    const leader = order[0];
    const ci = order[rng.int(1, 3)];
    const city = ballot.places[ci].city;
    const close = ballot.cal.closesAt;
    const src = attackSource(ctx, 'modem pool', ci, 'modem pool');
    const n = scaled(ctx.scale, rng.int(2200, 3200));
    const span = 8 * HOUR - rng.int(5, 30) * MINUTE;
    for (let i = 0; i < n; i++) {
      // Rate grows linearly to the close: the studio adds SIM banks as the gap narrows.
      const t = close - span * (1 - Math.sqrt(rng.next()));
      const phone = makePhone(rng, rng.pick(['flagship', 'mid', 'budget'] as const));
      ctx.ledger.add({ at: Math.round(Math.min(t, close - 1000)), accountId: ctx.ledger.newAccount(), candidateIds: [ballot.candidates[ci].id], ip: net.mobile(rng, 'cmcc', city), userAgent: ua(phone, phone.fiveG && rng.chance(0.5) ? '5G' : '4G'), source: src });
    }
    const push = honestSource(ctx, 'leader last-evening push', leader, 'leader push');
    const m = scaled(ctx.scale, rng.int(1500, 2500));
    const start = close - rng.int(5, 7) * HOUR;
    for (let i = 0; i < m; i++) {
      const p = people.make(rng, { city: ballot.places[leader].city, segment: rng.pick(['town', 'office', 'young', 'elder'] as const) });
      const t = start + rng.gamma(1.2, 70 * MINUTE);
      if (t < close) people.vote(rng, p, t, people.selection(rng, leader, 0.6), push);
    }
  },
};
