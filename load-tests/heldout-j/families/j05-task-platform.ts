import { MINUTE } from '../../heldout/calendar';
import { makePerson, type Person } from '../model/crowd';
import { OTHER_PROVINCES } from '../model/networks';
import { pushTimes } from '../model/rhythm';
import { organicSize, scaled, type Family } from './family';
import { cast, castAs, idOf, source, target } from './kit';

/**
 * A paid task on a crowdsourcing app (0.5–1 yuan a vote, screenshot as proof): each morning the
 * operator posts a quota and real people all over China, on their own phones and networks, take it
 * within an hour or two until the quota is gone. Regular task-doers come back the next day. Every
 * vote is the target alone. Nothing about a device or address is fake; only the reason is.
 */
export const taskPlatform: Family = {
  id: 'J5',
  kind: 'attack',
  description: 'crowdsourcing task: real people across China paid per vote, daily quota, 6 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 60_000),
  build(ctx) {
    const { rng, rhythm, net } = ctx;
    const main = target(ctx, 0.1, 0.4);
    const ids = [idOf(ctx, main)];
    const provinces = Object.keys(OTHER_PROVINCES) as (keyof typeof OTHER_PROVINCES)[];
    // A task-doer outside Henan is on their own province's broadband or mobile network.
    const regulars: Array<{ p: Person; province: keyof typeof OTHER_PROVINCES | null }> = [];
    for (let d = 1; d < Math.min(7, rhythm.dayCount); d++) {
      const src = source(ctx, 'attack', `task-day-${d}`, main, 'task-platform');
      const posted = rhythm.at(d, rng.pick([8.5, 9, 12, 20.5]) + rng.uniform(0, 0.5));
      const quota = scaled(ctx.scale, rng.int(350, 650), 5);
      const today: typeof regulars = [];
      for (const t of pushTimes(rng, posted, quota, 4, rng.uniform(25, 60))) {
        let doer: (typeof regulars)[number];
        if (regulars.length > 0 && rng.chance(0.45)) doer = regulars.splice(rng.int(0, regulars.length - 1), 1)[0];
        else {
          doer = { p: makePerson(rng, ctx, { city: rng.int(0, 17), urban: true }), province: rng.chance(0.78) ? rng.pick(provinces) : null };
          if (doer.province) {
            const a = net.elsewhere(rng, doer.province);
            doer.p.home = rng.chance(0.7) ? [a, a] : null;
          }
        }
        today.push(doer);
        const at = t + Math.floor(rng.exponential(2) * MINUTE);
        if (!doer.province) castAs(ctx, rng, src, doer.p, at, ids);
        else if (doer.p.home && rng.chance(0.55)) cast(ctx, src, doer.p.account, at, ids, doer.p.home[0], doer.p.device.wifi);
        else cast(ctx, src, doer.p.account, at, ids, net.elsewhere(rng, doer.province), doer.p.device.cell);
      }
      regulars.push(...today);
    }
  },
};
