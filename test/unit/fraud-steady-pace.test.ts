import { detect } from '../../src/fraud/detector';
import { ceilingOverDays, gapCeiling } from '../../src/fraud/gap-ceiling';
import type { VoteEvent } from '../../src/fraud/types';
import { ANDROID, DAY, DAY_CURVE, hourlyArrivals, IPHONE, MODELS, rng, type VoteLike } from '../helpers/ledger-fixtures';

const HOUR = 3_600_000;
const T0 = Date.parse('2024-06-02T16:00:00Z'); // 2024-06-03 00:00 Asia/Shanghai
const DAYS = 4;

let serial = 0;
/** A vote from a new account on its own phone and address (a proxy's exit looks the same). */
const voter = (u: () => number, at: number, c: string): VoteLike => {
  const k = serial++;
  const ua = u() < 0.6 ? ANDROID(MODELS[Math.floor(u() * MODELS.length)], 300_000 + k) : IPHONE(['17_5_1', '16_6', '17_4_1'][Math.floor(u() * 3)]);
  return { at, accountId: `p${k}`, candidateIds: [c], ip: `112.${Math.floor(u() * 60)}.${Math.floor(u() * 250)}.${1 + Math.floor(u() * 250)}`, userAgent: ua };
};

/** `perHour(day, hour)` votes for `c` in each Shanghai hour, at independent random instants. */
const arrivals = (u: () => number, c: string, perHour: (day: number, hour: number) => number): VoteLike[] =>
  hourlyArrivals(u, { t0: T0, days: DAYS }, c, perHour, (at, cand) => voter(u, at, cand));

/** Ten candidates following the province's day; c0 draws the most. */
const crowd = (u: () => number): VoteLike[] => Array.from({ length: 10 }, (_, k) => arrivals(u, `c${k}`, (_d, h) => (DAY_CURVE[h] * 10) / (k + 1))).flat();

/** From `from` to `to` (ms after T0), one vote per gap drawn by `gap()` (ms). */
function paced(u: () => number, c: string, from: number, to: number, gap: () => number): VoteLike[] {
  const out: VoteLike[] = [];
  for (let t = T0 + from + gap(); t < T0 + to; t += gap()) out.push(voter(u, Math.round(t), c));
  return out;
}

const paceFlags = (v: VoteLike[]) => detect(v.sort((a, b) => a.at - b.at) as VoteEvent[]).filter((f) => f.rule === 'steady-pace');

describe('gap ceiling', () => {
  it('finds no ceiling over independent arrivals whose rate rises and falls through the day', () => {
    const u = rng(21);
    const times = arrivals(u, 'x', (_d, h) => DAY_CURVE[h] * 8)
      .map((v) => v.at)
      .sort((a, b) => a - b);
    const c = gapCeiling(times);
    expect(c.gaps).toBeGreaterThan(4000);
    expect(c.logOdds).toBeGreaterThan(-3);
  });

  it('finds one in a vote every 30 to 90 seconds, even with two thirds as many independent votes mixed in', () => {
    const u = rng(22);
    const script = paced(u, 'x', 8 * HOUR, 14 * HOUR, () => 30_000 + 60_000 * u());
    const honest = arrivals(u, 'x', (d, h) => (d === 0 && h >= 8 && h < 14 ? 40 : 0));
    const times = [...script, ...honest].map((v) => v.at).sort((a, b) => a - b);
    expect(gapCeiling(times).logOdds).toBeLessThan(-18);
    expect(gapCeiling(honest.map((v) => v.at).sort((a, b) => a - b)).logOdds).toBeGreaterThan(-3);
  });

  it('does not test timestamps too coarse for their gaps: whole seconds under a busy stream, an export rounded to the minute', () => {
    const u = rng(26);
    for (const step of [1_000, 60_000]) {
      const times: number[] = [];
      // Independent arrivals 3.5 steps apart on average: rounding thins the gaps over 4 local means.
      for (let i = 0, x = T0; i < 20_000; i++) times.push(Math.floor((x += -Math.log(1 - u()) * 3.5 * step) / step) * step);
      expect(gapCeiling(times).logOdds).toBe(0);
      expect(gapCeiling(times.map((t, i) => t + (i % 997))).logOdds).toBeLessThan(0);
    }
  });
});

describe('a paced script under the crowd (rule steady-pace)', () => {
  it('flags a proxy script at a vote every 30 to 90 seconds from 08:00 to 23:30, each vote a new address and phone', () => {
    const u = rng(23);
    const own = arrivals(u, 'c4', (_d, h) => (DAY_CURVE[h] * 10) / 5);
    const script = paced(u, 'c4', DAY + 8 * HOUR, DAY + 23.5 * HOUR, () => 30_000 + 60_000 * u());
    const flags = paceFlags([...crowd(u), ...own, ...script]);
    expect(flags.map((f) => [f.candidateId, f.evidence?.day])).toEqual([['c4', '2024-06-04']]);
    expect(flags[0].evidence?.longGaps).toBeLessThan(Number(flags[0].evidence?.expectedLongGaps) / 3);
  });

  it('flags a day\'s quota spread evenly over its hours, each vote placed at random in its own slot', () => {
    const u = rng(24);
    const slots = 600;
    const span = 15.5 * HOUR;
    const script = Array.from({ length: slots }, (_, i) => voter(u, Math.round(T0 + 2 * DAY + 8 * HOUR + ((i + u()) / slots) * span), 'c7'));
    const flags = paceFlags([...crowd(u), ...arrivals(u, 'c7', (_d, h) => DAY_CURVE[h] * 3), ...script]);
    expect(flags.map((f) => [f.candidateId, f.evidence?.day])).toEqual([['c7', '2024-06-05']]);
  });

  it('flags a script paced under the candidate\'s own crowd day after day, though no one day is sure', () => {
    const u = rng(27);
    // About 300 votes a day from 08:00 to 23:30, each gap 0.4 to 1.6 times the mean, on days 1-3.
    const mean = (15.5 * HOUR) / 300;
    const script = [1, 2, 3].flatMap((d) => paced(u, 'c3', d * DAY + 8 * HOUR, d * DAY + 23.5 * HOUR, () => mean * (0.4 + 1.2 * u())));
    const votes = [...crowd(u), ...script];
    const flags = paceFlags(votes);
    // No one day of it stands out on its own.
    for (const d of [1, 2, 3]) {
      const day = votes.filter((v) => v.candidateIds[0] === 'c3' && v.at >= T0 + d * DAY && v.at < T0 + (d + 1) * DAY).map((v) => v.at);
      expect(gapCeiling(day.sort((a, b) => a - b)).logOdds).toBeGreaterThan(-18);
    }
    expect(flags.map((f) => [f.candidateId, f.evidence?.days, f.evidence?.day])).toEqual([['c3', '2024-06-04..2024-06-06', undefined]]);
    // Its observed votes are set against the candidate's usual day times the run's three days.
    expect(flags[0].expected).toBe(3 * Number(flags[0].evidence?.usualDayVotes));
  });

  it('over a run of days, needs the long gaps cut to 40% of the expected or fewer, however long the odds', () => {
    // Eight days of 1,000 gaps; Poisson (taken low) leaves about 42 a day over 3 local means.
    const week = (share: number) => Array.from({ length: 8 }, () => ({ gaps: 1000, longGaps: [2, 3, 4].map((x) => Math.round(share * 1000 * 0.85 * Math.exp(-x))) }));
    // A close race fought with relays day after day: 60% of them, odds far past e^-18 over the week.
    expect(ceilingOverDays(week(0.6))).toBeNull();
    // A script carrying the candidate's days: a fifth of them.
    const run = ceilingOverDays(week(0.2));
    expect(run).toMatchObject({ first: 0, last: 7 });
    expect(run!.ceiling.logOdds).toBeLessThan(-18);
    // One day alone is not a run.
    expect(ceilingOverDays(week(0.2).slice(0, 1))).toBeNull();
  });

  it('leaves honest days alone: a surge after a forward, a relay in group chats, helpers at a steady hand', () => {
    const u = rng(25);
    // A forward answered by thousands over an evening, its pace rising and decaying.
    const forward = arrivals(u, 'c3', (d, h) => (d === 1 && h >= 19 ? 400 / (h - 18) : 0));
    // A relay (接龙): each voter answers a minute or two after the one before, for three hours.
    const relay = paced(u, 'c5', 2 * DAY + 19 * HOUR, 2 * DAY + 22 * HOUR, () => 40_000 + 80_000 * u());
    // A helper voting elders' accounts back to back in two sittings of ninety minutes.
    const helper = [...paced(u, 'c6', 9 * HOUR, 10.5 * HOUR, () => 50_000 + 40_000 * u()), ...paced(u, 'c6', 15 * HOUR, 16.5 * HOUR, () => 50_000 + 40_000 * u())];
    expect(paceFlags([...crowd(u), ...forward, ...relay, ...helper])).toEqual([]);
  });
});
