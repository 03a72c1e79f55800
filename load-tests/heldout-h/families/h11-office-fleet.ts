import { gansuCrowd, type Family } from './family';
import { ballotDays, clock, legitSource, local, only, rankedCandidate, scaled, MINUTE } from './kit';

const UNIT_MODELS = ['NCO-AL00', 'ANY-AN00', 'V2230A', 'PFTM10', 'FOA-AL00', 'ELI-AN00', 'CMA-AN00'];

/**
 * Units that hand their staff identical phones: a county branch of a state bank, the power supply
 * company, the tobacco bureau — each bought one model in bulk for its staff, WeChat updated on the
 * same day. When the unit's work group posts the link at about nine, most of its staff vote within
 * minutes on the office Wi-Fi (one address), with user agents identical but for each install's
 * MMWEBID; they do it again every workday, a few from home in the evening.
 */
export const officeFleet: Family = {
  id: 'H11',
  kind: 'legit',
  description: 'units issuing one phone model: staff vote together on office Wi-Fi, same UA, daily',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, market } = ctx;
    const c = rankedCandidate(ctx, rng, 0, 12);
    const units = rng.int(2, 4);
    for (let u = 0; u < units; u++) {
      const site = people.site(`unit:${c.place.key}:${u}`, c.place, 1);
      const phones = market.batch(rng, scaled(ctx, rng.int(80, 300), 4), { age: 'adult', setting: 'town', code: rng.pick(UNIT_MODELS) });
      const staff = phones.map((device) => {
        const v = local(ctx, rng, c, 'adult', 'office');
        v.device = device;
        v.office = site;
        return v;
      });
      const group = `unit:${u}`;
      for (const [k, d] of ballotDays(ctx).entries()) {
        const noon = clock(ctx, d, 12);
        const wd = new Date(noon + 8 * 3_600_000).getUTCDay();
        const weekend = wd === 0 || wd === 6;
        const src = legitSource(ctx, `${group}:day${d}`, c, group);
        const at = clock(ctx, d, rng.uniform(9, 9.6));
        const p = weekend ? 0.3 : Math.max(0.55, 0.92 - 0.06 * k);
        for (const v of staff) {
          if (!rng.chance(p)) continue;
          if (weekend || rng.chance(0.12)) {
            const t = clock(ctx, d, rng.uniform(19.5, 22.5));
            if (ctx.rhythm.inWindow(t)) people.cast(rng, v, t, src, { ids: only(ctx, c) });
          } else {
            const t = at + rng.logNormal(6, 0.9) * MINUTE;
            if (ctx.rhythm.inWindow(t)) people.cast(rng, v, t, src, { ids: only(ctx, c), ip: site.ips[0], net: 'WIFI' });
          }
        }
      }
    }
  },
};
