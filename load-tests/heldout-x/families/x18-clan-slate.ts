import { MINUTE } from '../../heldout/calendar';
import { candidateByProfile } from '../model/ballot';
import type { Country } from '../model/places';
import type { Person, PersonSpec } from '../model/people';
import { at, labelled, organicSize, scaled, type Family } from './family';

/** The clan association's slate: its own Meizhou volunteer first, the other Lins, and a Putian neighbour. */
const SLATE = ['meizhou-mazu', 'gulou-neighbour', 'yongchun-qiao', 'pingtan-search', 'hanjiang-qiao'] as const;

/**
 * X18, honest: a clan slate on a five-pick ballot. The Putian Lin clan association (林氏宗亲会),
 * whose members keep the Mazu temple on Meizhou island, recommends five volunteers: its own and the
 * three other Lins on the ballot plus a Putian neighbour. 2,500–4,000 members in Putian, Fuzhou,
 * Malaysia, Singapore and Taiwan tick exactly those five, after the association's 20:00 post, the
 * temple's 07:30 morning post the next day and a reminder two evenings later. Thousands of
 * identical five-name selections arriving together; labelled as a surge of the clan's own volunteer
 * (the other four get the same votes and are just as honest).
 */
export const clanSlate: Family = {
  id: 'X18',
  kind: 'legit',
  description: 'Putian Lin clan association: 2.5-4k members tick the same 5-name slate after each post',
  seeds: [1, 2],
  ballot: { need: [...SLATE], maxChoices: 5 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, crowd } = ctx;
    const slate = SLATE.map((k) => candidateByProfile(ballot, k));
    const lead = slate[0];
    const ids = slate.map((c) => c.id);
    const day = rng.int(1, 3);
    const members: Person[] = Array.from({ length: scaled(ctx.scale, rng.int(2500, 4000), 20) }, () => {
      const u = rng.next();
      let spec: PersonSpec;
      if (u < 0.6) spec = { city: 'putian', segment: rng.chance(0.5) ? 'town' : rng.chance(0.5) ? 'elder' : 'village', market: rng.chance(0.6) ? 'county' : 'elder' };
      else if (u < 0.78) spec = { city: 'fuzhou', segment: 'office', market: 'city' };
      else if (u < 0.95) {
        const country: Country = rng.chance(0.6) ? 'MY' : 'SG';
        spec = { city: 'putian', segment: 'office', market: 'overseas', abroad: country };
      } else spec = { city: 'putian', segment: 'office', market: 'taiwanese', abroad: 'TW', deviceOptions: { language: 'zh_TW' } };
      return people.make(rng, spec);
    });
    const posts = [
      { at: at(ctx, day, 20, rng.int(0, 10)), share: rng.uniform(0.55, 0.7) },
      { at: at(ctx, day + 1, 7, 30 + rng.int(-5, 10)), share: rng.uniform(0.3, 0.45) },
      { at: at(ctx, day + 3, 20, rng.int(0, 15)), share: rng.uniform(0.25, 0.4) },
    ];
    posts.forEach((post, k) => {
      const source = labelled(ctx, `x18-slate-post-${k + 1}`, 'legit', lead, 'x18-slate');
      for (const p of members) {
        if (!rng.chance(post.share)) continue;
        const t = post.at + (rng.chance(0.78) ? rng.gamma(1.2, 14) : rng.logNormal(90, 0.8)) * MINUTE;
        const picks = rng.chance(0.94) ? ids : crowd.selection(rng, lead);
        people.vote(rng, p, t, picks, source);
      }
    });
  },
};
