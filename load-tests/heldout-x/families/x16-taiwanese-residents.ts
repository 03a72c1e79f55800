import { MINUTE } from '../../heldout/calendar';
import { candidateByProfile } from '../model/ballot';
import type { Nat } from '../model/networks';
import type { Connection, Person } from '../model/people';
import { at, labelled, organicSize, scaled, type Family } from './family';

const CANDIDATES = ['huli-taibao', 'haicang-taishang'] as const;

/**
 * X16, honest: Xiamen's Taiwanese back one of their own. The Taiwan business association and the
 * Taiwanese community posts go out at 20:30 on one evening and again two evenings later; at lunch in
 * between the youth start-up base and two Taiwanese-invested plants pass it round. 1,500–2,800
 * voters: mostly iPhones, WeChat in zh_TW, a quarter of them in Taiwan that week (HiNet and Taiwan
 * Mobile addresses), the rest on Xiamen mobile and home lines, and at lunch behind the plants' and
 * the base's exits.
 */
export const taiwaneseResidents: Family = {
  id: 'X16',
  kind: 'legit',
  description: 'Xiamen Taiwanese: association posts at 20:30, zh_TW iPhones, a quarter on Taiwan IPs, plant exits',
  seeds: [1, 2],
  ballot: { need: [...CANDIDATES] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, crowd, net } = ctx;
    const cand = candidateByProfile(ballot, rng.pick(CANDIDATES));
    const day = rng.int(1, 3);
    const exits: Nat[] = [net.nat(rng, 'xiamen', 2, 'haicang-electronics'), net.nat(rng, 'xiamen', 1, 'huli-precision'), net.nat(rng, 'xiamen', 1, 'youth-startup-base')];
    const voters: { p: Person; work?: Nat }[] = Array.from({ length: scaled(ctx.scale, rng.int(1500, 2800), 20) }, () => {
      const inTaiwan = rng.chance(0.25);
      const p = people.make(rng, {
        city: 'xiamen',
        segment: 'office',
        market: 'taiwanese',
        abroad: inTaiwan ? 'TW' : undefined,
        deviceOptions: { language: rng.chance(0.85) ? 'zh_TW' : 'zh_CN' },
      });
      return { p, work: !inTaiwan && rng.chance(0.35) ? rng.pick(exits) : undefined };
    });
    const posts: { at: number; share: number; lunch: boolean }[] = [
      { at: at(ctx, day, 20, 30 + rng.int(-5, 10)), share: rng.uniform(0.6, 0.75), lunch: false },
      { at: at(ctx, day + 1, 12, 15 + rng.int(-5, 10)), share: 0, lunch: true },
      { at: at(ctx, day + 2, 20, 30 + rng.int(-5, 10)), share: rng.uniform(0.35, 0.5), lunch: false },
    ];
    posts.forEach((post, k) => {
      const source = labelled(ctx, `x16-post-${k + 1}`, 'legit', cand, 'x16-posts');
      for (const v of voters) {
        const share = post.lunch ? (v.work ? 0.55 : 0.08) : post.share;
        if (!rng.chance(share)) continue;
        const t = post.at + (rng.chance(0.8) ? rng.gamma(1.2, 9) : rng.logNormal(70, 0.7)) * MINUTE;
        const conn: Connection | undefined = post.lunch && v.work ? { ip: rng.pick(v.work.addresses), net: 'WIFI' } : undefined;
        people.vote(rng, v.p, t, crowd.selection(rng, cand), source, conn);
      }
    });
  },
};
