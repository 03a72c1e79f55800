import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import type { Profile } from '../model/devices';
import type { Region } from '../model/networks';
import { selection } from '../model/people';
import { CURVES } from '../model/rhythm';
import { organicSize, scaled, sourcesBy, type Family } from './family';

const YANBIAN_KOREAN = ['yanji', 'ybyy', 'longjing', 'helong'];

/**
 * W14. A Chaoxianzu nurse in Yanbian: her hometown's Korean-speaking families and their relatives
 * working in South Korea (and a few in Japan) take her up. Each evening at nine Seoul time the
 * hometown and church groups repost the link; relatives in Korea vote after work on Korean mobile
 * and home lines, many with WeChat set to Korean; families in Yanbian vote on their own day. Most
 * come back every day, as families do.
 */
export const koreanFamilies: Family = {
  id: 'W14',
  kind: 'legit',
  description: 'Chaoxianzu families in Yanbian and relatives in South Korea, nightly group posts',
  seeds: [1, 2],
  ballot: { require: [{ hospital: YANBIAN_KOREAN, korean: true }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, scale } = ctx;
    const target = nomineeAt(ballot, YANBIAN_KOREAN);
    const n = scaled(scale, rng.int(1800, 3200), 10);
    const days = rhythm.openDays();
    const sourceFor = sourcesBy(ctx, 'w14-korean', 'legit', target);
    // The nightly repost, 20:00 Beijing time (21:00 in Seoul); Sunday after church at 13:00 too.
    const prompt = (d: number) => rhythm.at(d, new Date(rhythm.midnight(d) + 8 * 3600_000).getUTCDay() === 0 && rng.chance(0.4) ? 780 : 1200 + rng.int(-5, 10));
    for (let i = 0; i < n; i++) {
      const r = rng.next();
      const region: Region = r < 0.45 ? 'KR' : r < 0.5 ? 'JP' : 'YB';
      const abroad = region !== 'YB';
      const profile: Profile = abroad ? 'korea' : rng.pick<Profile>(['adult', 'elderly', 'young']);
      const p = people.make(rng, { region, profile, lang: rng.chance(abroad ? 0.45 : 0.25) ? 'ko' : 'zh_CN', lineChance: abroad ? 0.55 : 0.7 });
      const curve = abroad ? CURVES.korea : profile === 'elderly' ? CURVES.elderly : CURVES.town;
      const joinDay = days[Math.min(days.length - 1, rng.weightedIndex(days.map((_, k) => Math.pow(0.7, k))))];
      const loyal = rng.chance(0.7) ? rng.uniform(0.7, 0.92) : rng.uniform(0.2, 0.5);
      const habit = rng.chance(0.5) ? undefined : rhythm.minuteOf(rhythm.sample(rng, joinDay, curve));
      for (const d of days) {
        if (d < joinDay || (d > joinDay && !rng.chance(loyal))) continue;
        let at: number;
        if (d === joinDay || habit === undefined) at = rng.chance(0.6) ? prompt(d) + rng.gamma(1.2, 25) * MINUTE : rhythm.sample(rng, d, curve);
        else at = rhythm.at(d, Math.max(0, Math.min(1439, habit + rng.normal(0, 35))));
        at = people.notBeforeOpening(rng, at);
        people.vote(rng, p, at, selection(ballot, target), sourceFor(`day${rhythm.dayOf(at)}`), people.everyday(rng, p, at));
      }
    }
  },
};
