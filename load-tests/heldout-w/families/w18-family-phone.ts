import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import { lineAddress } from '../model/networks';
import { selection, type Person } from '../model/people';
import { organicSize, scaled, sourcesBy, type Family } from './family';

const COMMUNITY = ['lyzx', 'lyrm', 'dongfeng'];

/**
 * W18. A Liaoyuan nurse on a family-doctor team visits bedridden and elderly patients at home. In
 * the evening (and at weekend mornings) a son, daughter or grandchild votes on their own phone,
 * then switches WeChat to each parent's account on the same phone and votes again: two to four
 * accounts, one user agent, the home line's address, within a few minutes, in hundreds of homes.
 */
export const familyPhone: Family = {
  id: 'W18',
  kind: 'legit',
  description: 'grown children vote their own and their parents\u2019 accounts on one phone at home',
  seeds: [1, 2],
  ballot: { require: [{ hospital: COMMUNITY }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = nomineeAt(ballot, COMMUNITY);
    const pref = target.hospital.pref;
    const sourceFor = sourcesBy(ctx, 'w18-family', 'legit', target);
    const homes = Array.from({ length: scaled(scale, rng.int(350, 600), 5) }, () => {
      const line = net.line(rng, pref, undefined, 0.12);
      const helper = people.make(rng, { region: pref, profile: rng.chance(0.4) ? 'young' : 'adult', line });
      const elders: Person[] = Array.from({ length: rng.int(1, 3) }, () => people.make(rng, { region: pref, profile: 'elderly', line }));
      return { line, helper, elders, habit: rng.int(1140, 1290), keen: rng.uniform(0.4, 0.85) };
    });
    for (const d of rhythm.openDays()) {
      const rest = rhythm.isRest(d);
      for (const h of homes) {
        if (!rng.chance(h.keen)) continue;
        const start = rest && rng.chance(0.5) ? rhythm.at(d, rng.int(540, 660)) : rhythm.at(d, h.habit) + rng.normal(0, 25) * MINUTE;
        const ip = lineAddress(h.line, d);
        let at = people.notBeforeOpening(rng, start);
        for (const p of [h.helper, ...h.elders]) {
          people.vote(rng, p, at, selection(ballot, target), sourceFor(`day${d}`), { ip, net: 'WIFI' }, h.helper.device);
          at += rng.uniform(50, 150) * 1000;
        }
      }
    }
  },
};
