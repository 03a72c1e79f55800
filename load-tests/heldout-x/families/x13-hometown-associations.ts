import { HOUR, MINUTE } from '../../heldout/calendar';
import { candidateByProfile } from '../model/ballot';
import type { Country } from '../model/places';
import type { Person } from '../model/people';
import { labelled, organicSize, scaled, type Family } from './family';

interface Association {
  country: Country;
  share: number;
  /** The association's nightly post, local hour. */
  postHour: number;
}

/** Where each hometown's associations are: Fuqing's in Jakarta, Tokyo and KL; Changle's in New York. */
const HOMETOWNS: Record<'fuqing-farm' | 'changle-qiaoai', readonly Association[]> = {
  'fuqing-farm': [
    { country: 'ID', share: 0.5, postHour: 20 },
    { country: 'JP', share: 0.2, postHour: 21 },
    { country: 'MY', share: 0.15, postHour: 21 },
    { country: 'SG', share: 0.15, postHour: 20.5 },
  ],
  'changle-qiaoai': [
    { country: 'US', share: 0.72, postHour: 20 },
    { country: 'JP', share: 0.14, postHour: 21 },
    { country: 'SG', share: 0.14, postHour: 20.5 },
  ],
};

/**
 * X13, honest: an overseas-Chinese hometown's emigrants. Fuqing's farm of returned overseas
 * Chinese (Indonesia, Japan, Malaysia, Singapore) or Changle's overseas federation (New York's
 * Fuzhounese, Japan, Singapore): their hometown associations post the link every night in their
 * own evening, and 1,500–3,000 members join over the week and vote most days, in their own day
 * (New York's evening is Fujian's morning), on foreign mobile and home networks, WeChat in zh_CN,
 * zh_TW or en.
 */
export const hometownAssociations: Family = {
  id: 'X13',
  kind: 'legit',
  description: 'Fuqing/Changle emigrants vote nightly after their associations post abroad: foreign IPs, own time zones',
  seeds: [1, 2],
  ballot: { need: ['fuqing-farm', 'changle-qiaoai'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, crowd, rhythm } = ctx;
    const key = rng.chance(0.5) ? 'fuqing-farm' : 'changle-qiaoai';
    const cand = candidateByProfile(ballot, key);
    const assocs = HOMETOWNS[key];
    const members = scaled(ctx.scale, rng.int(1500, 3000), 20);
    const sources = Array.from({ length: rhythm.days }, (_, d) => labelled(ctx, `x13-abroad-day${d}`, 'legit', cand, 'x13-abroad'));
    const opensAt = ballot.cal.opensAt;
    for (let i = 0; i < members; i++) {
      const a = assocs[rng.weightedIndex(assocs.map((x) => x.share))];
      const language = a.country === 'JP' || a.country === 'US' ? (rng.chance(0.75) ? 'zh_CN' : rng.chance(0.5) ? 'zh_TW' : 'en') : rng.chance(0.6) ? 'zh_CN' : rng.chance(0.5) ? 'en' : 'zh_TW';
      const p: Person = people.make(rng, { city: 'fuzhou', segment: 'office', market: 'overseas', abroad: a.country, deviceOptions: { language, lag: rng.int(0, 2) } });
      // Joins on a day weighted to the first half of the week (word spreads), then votes most days.
      const join = rng.weightedIndex([3, 2.5, 2, 1.4, 1, 0.7, 0.5, 0.3].slice(0, rhythm.days));
      const keen = rng.uniform(0.45, 0.9);
      for (let d = join; d < rhythm.days; d++) {
        if (d > join && !rng.chance(keen)) continue;
        // After the association's post in the local evening, or any time of the local day.
        const shift = p.shift;
        const t = rng.chance(0.55)
          ? rhythm.dayStart(d) + (a.postHour - shift) * HOUR + rng.gamma(1.2, 25) * MINUTE
          : rhythm.timeOnDay(rng, d, 'office', shift);
        if (t < opensAt || t >= ballot.cal.closesAt) continue;
        const dd = Math.max(0, Math.min(rhythm.days - 1, rhythm.dayOf(t)));
        people.vote(rng, p, t, crowd.selection(rng, cand), sources[dd]);
      }
    }
  },
};
