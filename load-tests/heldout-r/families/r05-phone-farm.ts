import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { makeDevice } from '../model/devices';
import { attackSource, dayBetween, organicSize, scaled, type Family } from './family';

/**
 * A click farm of real phones in a rented flat: 20–36 second-hand phones, each a genuine install
 * with its own exact user agent, each logging in fresh accounts one after another (SMS-code
 * platform) and voting every 70–110 s (sd 6 s, now and then a pause of a few minutes), from two
 * broadband lines and up to three 4G routers, for 2.5–4 hours on two or three days.
 */
export const phoneFarm: Family = {
  id: 'R5',
  kind: 'attack',
  description: 'click farm: 20-36 real phones, own UA each, fresh accounts every 70-110 s, 3-6 IPs, 2-3 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, rhythm, ledger } = ctx;
    const target = midTable(rng, ballot, 4, 14);
    const town = rng.pick(['商丘', '周口', '驻马店'] as const);
    const lines = [net.broadband(rng, town), net.broadband(rng, town), ...Array.from({ length: rng.int(1, 3) }, () => net.mobile(rng, town, 0))];
    const phones = Array.from({ length: scaled(ctx.scale, rng.int(20, 36), 3) }, (_, i) => ({
      ua: makeDevice(rng, rng.chance(0.7) ? 'budget' : 'old').ua(i % lines.length < 2 ? 'WIFI' : '4G'),
      ip: lines[i % lines.length],
      gap: rng.uniform(70_000, 110_000),
    }));
    const days = rng.int(2, 3);
    const first = dayBetween(ctx, 1, 6 - days);
    for (let d = first; d < first + days; d++) {
      const src = attackSource(ctx, `R5-day${d}`, target, 'R5');
      const start = rhythm.between(rng, d, 9, 14);
      const hours = rng.uniform(2.5, 4);
      for (const phone of phones) {
        let at = start + rng.uniform(0, 5 * MINUTE);
        while (at < start + hours * 3600_000) {
          ledger.add({ at: Math.round(at), accountId: ledger.newAccount(), candidateIds: [target.id], ip: phone.ip, userAgent: phone.ua, source: src });
          at += rng.normal(phone.gap, 6000) + (rng.chance(0.04) ? rng.uniform(3, 9) * MINUTE : 0);
        }
      }
    }
  },
};
