import { MINUTE } from '../../heldout/calendar';
import { byPull } from '../model/ballot';
import { makeDevice } from '../model/devices';
import { at, labelled, organicSize, scaled, type Family } from './family';

/**
 * X8, attack (subtle): leaderboard-chasing top-ups for a volunteer near the seat cutoff. For the
 * last two and a half days the vendor watches the public ranking and, every 40–90 minutes from
 * 08:00 to about 00:30, tops the client up with 14–40 votes over a few minutes, skipping rounds when
 * the margin looks safe. The votes come from 12–20 real phones with China Mobile SIMs in Putian that
 * toggle airplane mode between votes, so each vote gets a fresh address from the city's CGNAT pool
 * (the same pool every honest Putian phone uses); accounts come from a pool of 400–600 used at most
 * once a day. Small, human-sized bursts, spread over the hours when the ranking moves.
 */
export const rankingTopUps: Family = {
  id: 'X8',
  kind: 'attack',
  description: 'cutoff volunteer topped up 14-40 votes every 40-90 min for 2.5 days via SIM phones on CGNAT',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger, ballot, rhythm } = ctx;
    const ranked = byPull(ballot);
    const cand = ranked[Math.min(ranked.length - 1, rng.int(ballot.seats - 2, ballot.seats + 3))];
    const phones = Array.from({ length: scaled(ctx.scale, rng.int(12, 20), 2) }, () => makeDevice(rng, rng.chance(0.5) ? 'county' : 'village'));
    const accounts = Array.from({ length: scaled(ctx.scale, rng.int(400, 600), 20) }, () => ledger.newAccount());
    const lastDay = rhythm.days - 1;
    const startDay = lastDay - 2;
    const closes = ballot.cal.closesAt;
    let t = at(ctx, startDay, 12, rng.int(0, 59));
    let round = 0;
    let usedDay = -1;
    let free: string[] = [];
    while (t < closes - 10 * MINUTE) {
      const minuteOfDay = ((t - rhythm.dayStart(rhythm.dayOf(t))) / MINUTE) | 0;
      const awake = minuteOfDay >= 8 * 60 || minuteOfDay < 30;
      if (awake && !rng.chance(0.2)) {
        const d = rhythm.dayOf(t);
        if (d !== usedDay) {
          usedDay = d;
          free = rng.shuffle([...accounts]);
        }
        const source = labelled(ctx, `x8-topup-${++round}`, 'attack', cand, 'x8-topups');
        const n = scaled(ctx.scale, rng.int(14, 40), 2);
        const span = rng.uniform(2, 5) * MINUTE;
        for (let i = 0; i < n && free.length > 0; i++) {
          const phone = rng.pick(phones);
          const when = t + rng.next() * span;
          ledger.add({ at: Math.round(when), accountId: free.pop() as string, candidateIds: [cand.id], ip: net.mobileIp(rng, 'putian', 'mobile'), userAgent: phone.ua(phone.model.has5g && rng.chance(0.5) ? '5G' : '4G'), source });
        }
      }
      t += rng.uniform(40, 90) * MINUTE;
      // Overnight the vendor sleeps: the next round is the first after 08:00.
      const m = ((t - rhythm.dayStart(rhythm.dayOf(t))) / MINUTE) | 0;
      if (m >= 30 && m < 8 * 60) t = rhythm.dayStart(rhythm.dayOf(t)) + (8 * 60 + rng.int(0, 40)) * MINUTE;
    }
  },
};
