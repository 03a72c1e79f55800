import { clockTime, MINUTE } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import { cast, castReturns, ONE_OFF } from '../model/scene';
import type { Family } from './family';
import { aftermathSource, surgeSource } from './kit';

/**
 * A popular livestreamer from the county (Channels or Douyin, selling local produce) tells the
 * audience to vote and puts a QR code on screen. Viewers scan on the spot, so half the spike lands
 * within a few minutes; the rest trickle in as the replay and clips circulate. The host repeats
 * the call, more briefly, the next night.
 */
export const D16: Family = {
  id: 'D16',
  kind: 'legit',
  title: 'livestream QR mention: 2.5-5k, half within minutes, repeat next night',
  description:
    'A livestream host puts the vote QR code on screen in the evening: 2500-5000 viewers nationwide vote, about half within a few minutes (log-normal, median 3 min) and the rest over the next hour or two; a shorter repeat the next night brings about a third as many.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3, 5] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const target = candidateRanked(rng, contest, 4, 14);
    const later = aftermathSource(scene, 'livestream, later days');
    const first = rng.int(1, 4);
    const viewers = rng.int(2500, 5000);
    [first, first + 1].forEach((day, k) => {
      const source = surgeSource(scene, `livestream, day ${day}`, target, 'D16 livestream');
      const mention = clockTime(cal, day, rng.uniform(20.3, 21.5));
      const count = k === 0 ? viewers : Math.round(viewers * rng.uniform(0.25, 0.4));
      for (let i = 0; i < count; i++) {
        const person = people.person({ region: plan.nationwide(rng), cohort: rng.chance(0.45) ? 'youth' : rng.chance(0.8) ? 'adult' : 'elderly' });
        const t = mention + (rng.chance(0.5) ? rng.logNormal(3, 0.7) : rng.logNormal(28, 1.0)) * MINUTE;
        const picks = choosePicks(rng, contest, target);
        cast(scene, source, person, t, picks, rng);
        castReturns(scene, later, person, t, target, picks, ONE_OFF, rng);
      }
    });
  },
};
