import { nightReference } from '../../src/fraud/burst-evidence';
import { DEFAULT_OPTIONS } from '../../src/fraud/options';
import { decide, isConclusive, testFeature } from '../../src/fraud/signals';
import { gapRegularity, isRegular } from '../../src/fraud/timing';
import type { VoteEvent } from '../../src/fraud/types';

const o = DEFAULT_OPTIONS;

/** Rules added after replaying independent red-team traffic (load-tests/redteam). */
describe('conclusive machine signatures', () => {
  it('a burst that is nearly all non-WeChat (others WeChat) flags without a second group', () => {
    const r = testFeature('device', { burst: [190, 200], pre: [0, 300], others: [2, 3000], othersOnly: true }, 180, o);
    expect(r.fired).toBe(true);
    expect(isConclusive(r, 200, 180, o)).toBe(true);
    expect(decide(new Set(['nonWeChatShare']))).toBe(true);
  });
  it('is not conclusive when other candidates show it too, when it covers only part of the burst, or on a tiny burst', () => {
    const shared = testFeature('device', { burst: [190, 200], pre: [0, 300], others: [300, 3000], othersOnly: true }, 180, o);
    expect(isConclusive(shared, 200, 180, o)).toBe(false);
    const part = testFeature('device', { burst: [100, 200], pre: [0, 300], others: [2, 3000], othersOnly: true }, 180, o);
    expect(part.fired).toBe(true);
    expect(isConclusive(part, 200, 180, o)).toBe(false);
    const tiny = testFeature('timing', { burst: [20, 20], pre: [0, 300], others: [0, 3000], othersOnly: true }, 15, o);
    expect(isConclusive(tiny, 20, 15, o)).toBe(false);
  });
  it('a machine signature in the candidate\'s own history does not excuse the burst (othersOnly)', () => {
    const counts = { burst: [60, 120] as [number, number], pre: [200, 400] as [number, number], others: [5, 3000] as [number, number] };
    expect(testFeature('timing', counts, 60, o).fired).toBe(false);
    expect(testFeature('timing', { ...counts, othersOnly: true }, 60, o).fired).toBe(true);
  });
});

describe('regular timing is calibrated against chance', () => {
  let s = 4242;
  const u = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const poisson = (n: number) => {
    const t = [0];
    for (let i = 0; i < n; i++) t.push(t[i] + Math.round(-Math.log(1 - u()) * 20_000));
    return t;
  };
  it.each([6, 8, 12, 20, 40])('Poisson streams of %i gaps are called regular less than 1% of the time', (n) => {
    let hits = 0;
    for (let k = 0; k < 4000; k++) if (isRegular(gapRegularity(poisson(n)), n, o.regularCv)) hits++;
    expect(hits / 4000).toBeLessThan(0.01);
  });
  it('a jittered sleep is still regular from 6 gaps; equal timestamps (whole seconds) are no band', () => {
    const bot = Array.from({ length: 7 }, (_, i) => i * 5000 + (i % 2) * 300);
    expect(isRegular(gapRegularity(bot), 6, o.regularCv)).toBe(true);
    // A busy stream exported with whole seconds: runs of equal timestamps, then a 1 s step.
    const seconds = Array.from({ length: 60 }, (_, i) => Math.floor(i / 5) * 1000);
    expect(gapRegularity(seconds).bandShare).toBeLessThan(0.45);
    expect(isRegular(gapRegularity(seconds), 59, o.regularCv)).toBe(false);
  });
});

describe('night evidence after a late-evening wave', () => {
  const t0 = Date.parse('2026-03-01T15:00:00Z'); // 23:00 Asia/Shanghai
  const ev = (at: number, c = 'c'): VoteEvent => ({ at, accountId: 'a', candidateIds: [c], ip: '1.1.1.1', userAgent: 'MicroMessenger' });
  const ctx = { nightShare: 0.05 };
  // Everyone else: 10 votes/min until midnight, then 2/min.
  const others = [...Array.from({ length: 600 }, (_, i) => ev(t0 + i * 6000, 'x')), ...Array.from({ length: 120 }, (_, i) => ev(t0 + 3_600_000 + i * 30_000, 'x'))];
  const run = (own: VoteEvent[], start: number) => {
    const events = [...own, ...others].sort((a, b) => a.at - b.at);
    const B: number[] = [];
    const O: number[] = [];
    events.forEach((e, i) => (e.candidateIds[0] === 'c' ? B : O).push(i));
    return nightReference(events.map((e) => e.at), B, O, start, ctx);
  };
  it('a wave that starts at 23:00 and fades after midnight carries its night votes honestly', () => {
    const own = [...Array.from({ length: 300 }, (_, i) => ev(t0 + i * 12_000)), ...Array.from({ length: 30 }, (_, i) => ev(t0 + 3_600_000 + i * 120_000))];
    expect(run(own, t0)).toBe(1);
  });
  it('a job started in the evening that keeps its pace after midnight is night evidence', () => {
    const own = Array.from({ length: 360 }, (_, i) => ev(t0 + 1_800_000 + i * 20_000));
    expect(run(own, t0 + 1_800_000)).toBe(0.05);
  });
  it('a burst starting at night keeps the ballot-wide reference', () => {
    const at = Date.parse('2026-03-01T18:00:00Z'); // 02:00
    const events = Array.from({ length: 50 }, (_, i) => ev(at + i * 60_000));
    expect(nightReference(events.map((e) => e.at), Int32Array.from(events.keys()), new Int32Array(0), at, ctx)).toBe(0.05);
  });
});
