import { detect } from '../../src/fraud/detector';
import { buildIndex } from '../../src/fraud/ledger-index';
import { roundTheClock } from '../../src/fraud/round-the-clock';
import { voteLogOf } from '../../src/fraud/vote-log';
import type { VoteEvent } from '../../src/fraud/types';
import { ANDROID, DAY_CURVE, hourlyArrivals, IPHONE, MODELS, rng, type VoteLike } from '../helpers/ledger-fixtures';

const T0 = Date.parse('2024-06-02T16:00:00Z'); // 2024-06-03 00:00 Asia/Shanghai
const DAYS = 5;

let serial = 0;
const voter = (u: () => number, at: number, c: string): VoteLike => {
  const k = serial++;
  const ua = u() < 0.6 ? ANDROID(MODELS[Math.floor(u() * MODELS.length)], 200_000 + k) : IPHONE(['17_5_1', '16_6', '17_4_1'][Math.floor(u() * 3)]);
  return { at, accountId: `a${k}`, candidateIds: [c], ip: `117.${Math.floor(u() * 60)}.${Math.floor(u() * 250)}.${1 + Math.floor(u() * 250)}`, userAgent: ua };
};

/** `perHour(day, hour)` votes for `c` in each Shanghai hour, at independent random instants. */
const arrivals = (u: () => number, c: string, perHour: (day: number, hour: number) => number): VoteLike[] =>
  hourlyArrivals(u, { t0: T0, days: DAYS }, c, perHour, (at, cand) => voter(u, at, cand));

/** Twelve candidates following the province's day; c0 draws the most. */
function crowd(u: () => number): VoteLike[] {
  return Array.from({ length: 12 }, (_, k) => arrivals(u, `c${k}`, (_d, h) => (DAY_CURVE[h] * 12) / (k + 1))).flat();
}

const events = (v: VoteLike[]): VoteEvent[] => v.sort((a, b) => a.at - b.at);
const nightsOf = (v: VoteLike[], c: string) => {
  const index = buildIndex(voteLogOf(events(v)));
  return roundTheClock(index, index.candidates.indexOf(c), 20)?.nights ?? [];
};

describe('a steady pace round the clock', () => {
  it('flags a drip at one rate day and night for a day and a half, over many addresses and phones', () => {
    const u = rng(5);
    const drip = arrivals(u, 'c6', (d, h) => (d === 2 || (d === 3 && h < 12) ? 60 : 0));
    const v = [...crowd(u), ...drip];
    const nights = nightsOf(v, 'c6');
    expect(nights.map((n) => n.night)).toEqual(['2024-06-05', '2024-06-06']);
    expect(nights[0].smallHoursExcessPerHour).toBeGreaterThan(40);
    const flags = detect(events(v)).filter((f) => f.rule === 'round-the-clock');
    expect(flags.map((f) => f.candidateId)).toEqual(['c6']);
  });

  it('leaves a night-shift town alone: four times its share every night, nothing extra by day', () => {
    const u = rng(6);
    const shift = arrivals(u, 'c5', (_d, h) => (h < 6 || h >= 22 ? 3 * ((DAY_CURVE[h] * 12) / 6) + 8 : 0));
    expect(nightsOf([...crowd(u), ...shift], 'c5')).toEqual([]);
  });

  it('leaves a final rally alone that pushes through the night at half its daytime pace', () => {
    const u = rng(7);
    const rally = arrivals(u, 'c3', (d, h) => (d === 3 && h >= 10 ? 80 : d === 4 && h < 10 ? (h >= 2 && h < 5 ? 40 : 60) : 0));
    expect(nightsOf([...crowd(u), ...rally], 'c3')).toEqual([]);
  });

  it('leaves a diaspora alone that votes in the small hours of China, when its own day is on', () => {
    const u = rng(8);
    const abroad = arrivals(u, 'c4', (_d, h) => (h >= 0 && h < 8 ? 25 : 0));
    expect(nightsOf([...crowd(u), ...abroad], 'c4')).toEqual([]);
  });

  it('leaves one crowded hour alone: a forward answered at 3 a.m. after a day of canvassing', () => {
    const u = rng(10);
    const surge = arrivals(u, 'c2', (d, h) => (d === 2 && h >= 10 && h < 22 ? 45 : d === 3 && h === 3 ? 150 : 0));
    expect(nightsOf([...crowd(u), ...surge], 'c2')).toEqual([]);
  });

  it('needs both the small hours and the day to stand out: a small drip is not enough', () => {
    const u = rng(9);
    const drip = arrivals(u, 'c6', (d, h) => (d === 2 || (d === 3 && h < 12) ? 2 : 0));
    expect(nightsOf([...crowd(u), ...drip], 'c6')).toEqual([]);
  });
});
