import { detectBursts } from '../../src/fraud/detector';
import { buildIndex } from '../../src/fraud/ledger-index';
import { voteLogOf } from '../../src/fraud/vote-log';
import { lockstep } from '../../src/fraud/burst-evidence';
import { isWeChatUserAgent, prefixOf } from '../../src/fraud/network';
import { DEFAULT_OPTIONS } from '../../src/fraud/options';
import { decide, testFeature } from '../../src/fraud/signals';
import { gapRegularity, isRegular, regularMask } from '../../src/fraud/timing';
import type { VoteEvent } from '../../src/fraud/types';

const WX = (n: number) => `Mozilla/5.0 (iPhone; CPU iPhone OS 17_${n % 7} like Mac OS X) Mobile/15E148 MicroMessenger/8.0.${40 + (n % 11)}(0x18003137) NetType/WIFI Language/zh_CN`;

describe('network and device facts', () => {
  it('takes /24 for IPv4 and /64 for IPv6 (compressed or not)', () => {
    expect(prefixOf('59.52.10.7')).toBe('59.52.10.0/24');
    expect(prefixOf('::ffff:59.52.10.7')).toBe('59.52.10.0/24');
    expect(prefixOf('2409:8a28:0c1d:00ab:1:2:3:4')).toBe('2409:8a28:c1d:ab::/64');
    expect(prefixOf('2409:8a28::1')).toBe('2409:8a28:0:0::/64');
  });
  it('recognises WeChat in-app browser UAs', () => {
    expect(isWeChatUserAgent(WX(1))).toBe(true);
    expect(isWeChatUserAgent('python-requests/2.31.0')).toBe(false);
  });
});

describe('timing regularity', () => {
  it('a fixed sleep with jitter is regular; Poisson arrivals are not', () => {
    const regular = Array.from({ length: 40 }, (_, i) => i * 3000 + ((i * 7919) % 600));
    let s = 5;
    const u = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    let t = 0;
    const poisson = Array.from({ length: 40 }, () => (t += -Math.log(u()) * 3000));
    const r = gapRegularity(regular);
    const p = gapRegularity(poisson);
    expect(r.cv).toBeLessThan(0.3);
    expect(isRegular(r, 39, 0.5)).toBe(true);
    expect(p.cv).toBeGreaterThan(0.6);
    expect(isRegular(p, 39, 0.5)).toBe(false);
  });
  it('marks the votes of a regular stream hidden among organic votes of other IPs', () => {
    const events: VoteEvent[] = [];
    for (let i = 0; i < 20; i++) events.push({ at: i * 4000, accountId: `b${i}`, candidateIds: ['c'], ip: '1.2.3.4', userAgent: WX(0) });
    for (let i = 0; i < 20; i++) events.push({ at: i * 3900 + ((i * i * 977) % 3000), accountId: `o${i}`, candidateIds: ['c'], ip: `9.9.${i}.1`, userAgent: WX(i) });
    events.sort((a, b) => a.at - b.at);
    const mask = regularMask(voteLogOf(events), Array.from(events.keys()), 6, 0.5);
    events.forEach((e, i) => {
      if (e.ip === '1.2.3.4') expect(mask[i]).toBe(1);
    });
  });

  /** 60 people (or 60 proxy addresses), one vote each, one after another, with the given gaps. */
  const chain = (gap: (i: number) => number): VoteEvent[] => {
    let t = 0;
    return Array.from({ length: 60 }, (_, i) => ({ at: (t += gap(i)), accountId: `r${i}`, candidateIds: ['c'], ip: `10.${i}.0.1`, userAgent: WX(i) }));
  };
  const marked = (events: VoteEvent[]) => regularMask(voteLogOf(events), Array.from(events.keys()), 20, 0.5).reduce((a, b) => a + b, 0);

  it('a relay in a group chat (each voter after the one before, about 75 s apart) is people taking turns, not a timer', () => {
    let s = 11;
    const u = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    // Most answer within a band of 60–100 s, some quickly, some after a while: band-dense, CV near 0.5.
    const relay = chain(() => (u() < 0.6 ? 60_000 + u() * 40_000 : u() < 0.5 ? 5_000 + u() * 40_000 : 110_000 + u() * 90_000));
    const times = relay.map((e) => e.at);
    const r = gapRegularity(times);
    expect(r.cv).toBeGreaterThan(0.35);
    expect(isRegular(r, times.length - 1, 0.5)).toBe(true); // what the crowd test alone would say
    expect(marked(relay)).toBe(0);
  });

  it('a timer spread over 60 addresses is still a timer at a person\'s pace, and a band of quick gaps still counts', () => {
    expect(marked(chain((i) => 70_000 + ((i * 7919) % 5_000)))).toBe(60);
    let s = 3;
    const u = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    expect(marked(chain(() => (u() < 0.7 ? 20_000 + u() * 10_000 : 2_000 + u() * 60_000)))).toBe(60);
  });
});

describe('signal test and the flag rule', () => {
  const o = DEFAULT_OPTIONS;
  it('fires only when the burst carries the feature far beyond BOTH references and it explains the excess', () => {
    expect(testFeature('device', { burst: [90, 100], pre: [1, 200], others: [3, 1000] }, 80, o).fired).toBe(true);
    // Others in the window share the same concentration (carrier NAT): no.
    expect(testFeature('network', { burst: [40, 100], pre: [5, 200], others: [380, 1000] }, 80, o).fired).toBe(false);
    // The candidate's own history already looked like this (its county always votes via the office NAT): no.
    expect(testFeature('network', { burst: [60, 100], pre: [110, 200], others: [10, 1000] }, 80, o).fired).toBe(false);
    // Surplus too small to explain the burst: no.
    expect(testFeature('device', { burst: [12, 100], pre: [0, 200], others: [0, 1000] }, 80, o).fired).toBe(false);
  });
  it('only a signature honest crowds do not produce flags: no pair of network, night, freshness or device family does', () => {
    expect(decide(new Set(['topIpShare', 'newAccountShare']))).toBe(false);
    expect(decide(new Set(['topIpShare', 'topPrefixShare', 'nightShare', 'newAccountShare', 'topDeviceFamilyShare', 'topUserAgentShare', 'synchronizedShare']))).toBe(false);
    expect(decide(new Set(['nightShare', 'newAccountShare']))).toBe(false);
    for (const strong of ['nonWeChatShare', 'regularTimingShare', 'machinePart', 'deviceReuse', 'lockstepShare']) expect(decide(new Set([strong]))).toBe(true);
  });
});

describe('lockstep cohorts', () => {
  it('counts the days an account voted at the same minute of the day (±1)', () => {
    const day = 86_400_000;
    const base = Date.parse('2024-05-01T00:30:00Z');
    const events: VoteEvent[] = [0, 1, 2, 3].map((d) => ({ at: base + d * day + (d === 2 ? 50_000 : 0), accountId: 'a', candidateIds: ['c'], ip: '1.1.1.1', userAgent: WX(1) }));
    events.push({ at: base + 4 * day + 3_600_000, accountId: 'a', candidateIds: ['c'], ip: '1.1.1.1', userAgent: WX(1) });
    const idx = buildIndex(voteLogOf(events));
    expect(lockstep(idx, 0)).toBe(4);
    expect(lockstep(idx, 4)).toBe(1);
  });
});

/**
 * Crafted two-day ballots: 10 candidates, Poisson organic traffic from diverse WeChat phones with
 * carrier-NAT sharing, then one burst of a given composition on candidate c3.
 */
function craftedBallot(burst: (start: number, push: (e: Omit<VoteEvent, 'candidateIds'>) => void) => void): VoteEvent[] {
  let s = 42;
  const u = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  const t0 = Date.parse('2024-06-03T00:00:00Z');
  const events: VoteEvent[] = [];
  let t = t0;
  let id = 0;
  while (t < t0 + 2 * 86_400_000) {
    t += -Math.log(u()) * 4000;
    const ip = u() < 0.4 ? `223.104.${Math.floor(u() * 8)}.${Math.floor(u() * 20)}` : `59.${Math.floor(u() * 250)}.${Math.floor(u() * 250)}.${Math.floor(u() * 250)}`;
    events.push({ voteId: `o${id++}`, at: Math.round(t), accountId: `a${Math.floor(u() * 3000)}`, candidateIds: [`c${Math.floor(u() * 10)}`], ip, userAgent: WX(Math.floor(u() * 500)) });
  }
  burst(t0 + 30 * 3_600_000, (e) => events.push({ ...e, candidateIds: ['c3'] }));
  return events.sort((a, b) => a.at - b.at);
}

function burstOn(events: VoteEvent[]) {
  return detectBursts(events).find((b) => b.flag.candidateId === 'c3' && b.flag.windowStart.getTime() >= Date.parse('2024-06-04T05:30:00Z') && b.flag.windowStart.getTime() < Date.parse('2024-06-04T06:30:00Z'));
}

describe('judging a burst on its composition', () => {
  it('a script (one UA, three IPs, fixed sleep, fresh accounts) fires network, device, timing and account and is flagged', () => {
    const events = craftedBallot((start, push) => {
      for (let i = 0; i < 300; i++) push({ voteId: `b${i}`, at: start + i * 3000 + ((i * 131) % 400), accountId: `bot${i}`, ip: `45.12.7.${i % 3}`, userAgent: 'okhttp/4.9.3' });
    });
    const b = burstOn(events)!;
    expect(b).toBeDefined();
    const sig = b.judgement.signals;
    expect(sig.topIpShare.fired && sig.topPrefixShare.fired).toBe(true);
    expect(sig.nonWeChatShare.fired).toBe(true);
    expect(sig.regularTimingShare.fired).toBe(true);
    expect(sig.newAccountShare.fired).toBe(true);
    expect(sig.nightShare.fired).toBe(false);
    expect(b.judgement.flagged).toBe(true);
    expect(b.flag.severity).toBe('high');
    const ev = b.flag.evidence as { topIps: Array<{ ip: string; votes: number }>; sampleVoteIds: string[]; trigger: { cusum: number } };
    expect(ev.topIps[0].ip).toMatch(/^45\.12\.7\./);
    expect(ev.sampleVoteIds.length).toBe(5);
    expect(ev.trigger.cusum).toBeGreaterThan(DEFAULT_OPTIONS.cusumThreshold);
  });

  it('a mobilization (real diverse WeChat phones behind two office NATs, human waves, new accounts) is network + account only: not flagged', () => {
    let s = 9;
    const u = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const events = craftedBallot((start, push) => {
      for (let i = 0; i < 400; i++) {
        const wave = i % 2 === 0 ? 0 : 35 * 60_000;
        push({ voteId: `m${i}`, at: Math.round(start + wave - Math.log(u()) * 15 * 60_000), accountId: `staff${i}`, ip: u() < 0.7 ? `218.87.40.${i % 2 ? 3 : 9}` : `223.104.${Math.floor(u() * 8)}.${Math.floor(u() * 20)}`, userAgent: WX(Math.floor(u() * 500)) });
      }
    });
    const b = burstOn(events)!;
    expect(b).toBeDefined();
    expect(b.judgement.signals.topIpShare.fired).toBe(true);
    expect(b.judgement.signals.newAccountShare.fired).toBe(true);
    expect(b.judgement.signals.regularTimingShare.fired).toBe(false);
    expect(b.judgement.signals.topUserAgentShare.fired).toBe(false);
    expect(b.judgement.signals.nonWeChatShare.fired).toBe(false);
    expect(b.judgement.flagged).toBe(false);
  });

  it('a cohort firing all its accounts in the same minute fires the synchronized-arrival timing signal', () => {
    let s = 3;
    const u = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const events = craftedBallot((start, push) => {
      for (let i = 0; i < 80; i++) push({ voteId: `k${i}`, at: Math.round(start + u() * 55_000), accountId: `k${i}`, ip: `${100 + i}.20.30.40`, userAgent: WX(Math.floor(u() * 500)) });
    });
    const b = burstOn(events)!;
    expect(b.judgement.signals.synchronizedShare.fired).toBe(true);
    expect(b.judgement.signals.topIpShare.fired).toBe(false);
  });
});
