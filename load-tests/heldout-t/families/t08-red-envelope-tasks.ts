import { MINUTE } from '../../heldout/calendar';
import { randomDevice } from '../model/devices';
import type { Person } from '../model/people';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * A red-envelope task group (互助群) paid per vote for Juye: the organiser posts 8–12 tasks a day
 * for three days; real members all over China grab each within minutes on their own phones, and
 * a third also vote from their WeChat clone (分身) on the same phone a minute or two later.
 */
export const redEnvelopeTasks: Family = {
  id: 'T8',
  kind: 'attack',
  description: 'Juye paid task group: 8-12 posts/day, 50-130 grabbers each, clone accounts',
  seeds: [1, 2],
  ballot: { include: ['巨野县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const target = nominee(ctx.ballot, '巨野县');
    const source = daySources(ctx, 'T8 task group', 'attack', target);
    const members: Array<{ main: Person; clone?: Person }> = Array.from({ length: scaled(ctx.scale, rng.int(900, 1400), 10) }, () => {
      const away = rng.chance(0.75) ? rng.pick(['河南', '河北', '江苏', '广东', '浙江', '天津']) : undefined;
      const main = people.make(rng, rng.pick(['菏泽', '济宁', '临沂']), { market: 'town', away, device: randomDevice(rng, 'town') });
      const clone = rng.chance(0.33) ? { ...main, account: ctx.ledger.newAccount(), device: { ...main.device, webId: rng.int(1000, 9999) } } : undefined;
      return { main, clone };
    });
    const first = rng.int(1, 3);
    for (let day = first; day < first + 3; day++) {
      const voted = new Set<Person>();
      for (let k = rng.int(8, 12); k > 0; k--) {
        const post = rhythm.midnight(day) + rng.int(9 * 60, 22 * 60 + 30) * MINUTE;
        for (let g = scaled(ctx.scale, rng.int(50, 130)); g > 0; g--) {
          const m = rng.pick(members);
          if (voted.has(m.main)) continue;
          voted.add(m.main);
          const at = post + rng.gamma(1.5, 2.5) * MINUTE;
          const where = people.where(rng, m.main, at);
          people.cast(rng, m.main, at, [target.id], source(day), where);
          if (m.clone) people.cast(rng, m.clone, at + rng.uniform(40, 150) * 1000, [target.id], source(day), where);
        }
      }
    }
  },
};
