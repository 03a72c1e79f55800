import { MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { makePerson } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';
import { castAs, idOf, source, target } from './kit';

/**
 * A county's largest employer (a state-owned bus maker, a county hospital group) gave its staff the
 * same phone in one bulk purchase, kept on one WeChat build by its device management. After the
 * morning meeting the director reminds the work group every day, and most staff vote at their desks
 * on the office Wi-Fi's two exits, in the same forty minutes, each on their own account.
 */
export const issuedPhonesOffice: Family = {
  id: 'J11',
  kind: 'legit',
  description: 'employer staff on one issued phone model, office Wi-Fi, every morning 08:30-09:30',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, ballot, net } = ctx;
    const main = target(ctx, 0.15, 0.6);
    const city = ballot.candidates[main].cityIndex;
    const office = net.fixed(rng, city, 2);
    const model = rng.pick(['FOA-AL00', 'CTR-AL00', 'V2227A']);
    const build = rng.int(0, 1);
    const ids = [idOf(ctx, main)];
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(450, 750), 8) }, () => {
      const issued = rng.chance(0.85);
      return { p: makePerson(rng, ctx, { city, work: rng.pick(office), device: issued ? makeDevice(rng, { model, build }) : undefined }), keen: rng.uniform(0.5, 0.98) };
    });
    for (let d = 0; d < rhythm.dayCount; d++) {
      const meeting = rhythm.at(d, rng.uniform(8.4, 8.8));
      if (!Number.isFinite(meeting) || [0, 6].includes(new Date(meeting + 8 * 3_600_000).getUTCDay())) continue;
      const src = source(ctx, 'legit', `staff-day-${d}`, main, 'issued-phones');
      for (const s of staff) {
        if (!rng.chance(s.keen * (1 - d * 0.06))) continue;
        const t = Math.floor(meeting + (rng.chance(0.8) ? rng.exponential(12) : rng.uniform(30, 480)) * MINUTE);
        castAs(ctx, rng, src, s.p, t, ids);
      }
    }
  },
};
