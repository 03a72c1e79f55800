import { MINUTE } from '../../heldout/calendar';
import { NEWEST_WECHAT, phone } from '../model/devices';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * A county power-supply branch issued all its staff the same Honor phone with a managed WeChat
 * build; after the 08:30 meeting on working days, 180-320 of them vote within minutes, 90% on the
 * office's two exits.
 */
export const issuedPhones: Family = {
  id: 'L11',
  kind: 'legit',
  description: 'employer staff on one issued phone model vote after the morning meeting',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people, net, ballot } = ctx;
    const c = candidate(ctx, undefined, rng.int(3, 9));
    const office = net.nat(c.city, 2);
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(180, 320), 5) }, () =>
      people.person(rng, { city: c.city, profile: 'town', segment: 'county', home: true, work: office, device: phone(rng, 'county', { model: 'ANY-AN00', wechat: NEWEST_WECHAT - 1 }) }),
    );
    for (let d = 0; d < ballot.cal.dayCount; d++) {
      const meeting = clock(ctx, d, 8.75 + rng.uniform(0, 0.3));
      if (meeting < ballot.cal.opensAt || new Date(meeting + 8 * 3600_000).getUTCDay() % 6 === 0) continue;
      const src = ledger.source({ name: `staff-day${d}`, kind: 'legit', candidateId: c.id, group: 'issued-phones' });
      for (const p of staff) {
        if (!rng.chance(0.85)) continue;
        const at = meeting + rng.gamma(1.4, 4 * MINUTE);
        people.vote(rng, p, at, c.id, src, rng.chance(0.9) ? { ip: rng.pick(office), net: 'WIFI' } : {});
      }
    }
  },
};
