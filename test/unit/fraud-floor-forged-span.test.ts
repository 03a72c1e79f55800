import { detect } from '../../src/fraud/detector';
import { androidParts, buildContradictsVersion } from '../../src/fraud/forged-clients';
import { gapFloorLogOdds } from '../../src/fraud/gap-floor';
import { judgeStream } from '../../src/fraud/machine-streams';
import { regularMask } from '../../src/fraud/timing';
import { voteLogOf } from '../../src/fraud/vote-log';
import type { VoteEvent } from '../../src/fraud/types';
import { ANDROID, BUILDS, DAY, honestCrowd, IPHONE, MIN, MODELS, rng, type VoteLike } from '../helpers/ledger-fixtures';

const T0 = Date.parse('2024-06-03T01:00:00Z'); // 09:00 Asia/Shanghai
const sorted = (v: VoteLike[]): VoteEvent[] => v.sort((a, b) => a.at - b.at);
const flagged = (events: VoteEvent[]) => [...new Set(detect(events).map((f) => f.candidateId))].sort();

/** Poisson arrivals at `perMin` a minute (the rate may change along the way: `rate(t)`). */
function poisson(u: () => number, n: number, rate: (k: number) => number): number[] {
  const out: number[] = [];
  let t = T0;
  for (let k = 0; k < n; k++) out.push((t += (-Math.log(1 - u()) / rate(k)) * MIN));
  return out;
}

describe('a floor under the gaps (a timer shared out over hosts)', () => {
  it('a fixed pace split at random over three hosts leaves each host no short gap', () => {
    const u = rng(3);
    const hosts: number[][] = [[], [], []];
    for (let k = 0, t = T0; k < 600; k++, t += 20_000 * (0.95 + 0.1 * u())) hosts[Math.floor(u() * 3)].push(Math.round(t));
    for (const h of hosts) {
      expect(gapFloorLogOdds(h)).toBeLessThan(-18);
      expect(judgeStream(h, true).why).toBe('floor');
    }
  });

  it('independent arrivals never show one, steady, rising and falling, or stamped in whole seconds', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const u = rng(seed);
      const steady = poisson(u, 300, () => 3);
      const waves = poisson(u, 300, (k) => 0.5 + 4 * Math.abs(Math.sin(k / 40)));
      const seconds = poisson(u, 300, () => 20).map((t) => Math.floor(t / 1000) * 1000);
      for (const times of [steady, waves, seconds]) {
        expect(gapFloorLogOdds(times)).toBeGreaterThan(-12);
        expect(judgeStream(times, true).why).toBeNull();
      }
    }
  });

  it('flags a script hidden in a mobilization, spread over hosting /24s with the crowd\'s iPhone string', () => {
    const u = rng(9);
    const crowd = honestCrowd({ start: T0 - DAY, days: 3, votes: 12_000, candidates: 12, seed: 4 });
    const wave = T0 + 11 * 60 * MIN; // 19:00
    // 1,800 residents answer the county's push for c5: fresh accounts, government NATs, their own phones.
    for (let k = 0; k < 1800; k++) {
      const at = wave + Math.round(-Math.log(1 - u()) * 35 * MIN);
      const ua = u() < 0.5 ? IPHONE('17_5_1') : ANDROID(MODELS[k % MODELS.length], 500_000 + k);
      crowd.push({ at, accountId: `m${k}`, candidateIds: ['c5'], ip: `218.87.${10 + (k % 6)}.${1 + (k % 200)}`, userAgent: ua });
    }
    const honest = sorted([...crowd]);
    expect(flagged(honest)).toEqual([]);
    // The script: 330 votes, one every 20 s ± 5%, each from one of three hosting /24s, with the
    // crowd's commonest iPhone string: no one host, string or pair of them is regular by itself.
    // A third of its votes also tick c9, a decoy: c9's share of the script is the same timer.
    const blocks = ['47.101.174', '101.35.159', '121.37.46'];
    for (let k = 0, t = wave + 10 * MIN; k < 330; k++, t += 20_000 * (0.95 + 0.1 * u())) {
      crowd.push({ at: Math.round(t), accountId: `s${k}`, candidateIds: u() < 0.35 ? ['c5', 'c9'] : ['c5'], ip: `${blocks[Math.floor(u() * 3)]}.${1 + Math.floor(u() * 250)}`, userAgent: IPHONE('17_5_1') });
    }
    expect(flagged(sorted(crowd))).toEqual(['c5']);
  });
});

describe('strings no phone sends', () => {
  it('reads the Android release from an AOSP build id and checks it', () => {
    const contradicts = (ua: string) => {
      const p = androidParts(ua);
      return p !== null && buildContradictsVersion(p.version, p.build);
    };
    expect(androidParts(ANDROID('V2309A', 1, 'TP1A.220624.014', '13'))).toEqual({ version: 13, model: 'V2309A', build: 'TP1A.220624.014' });
    expect(contradicts(ANDROID('M2007J3SC', 1, 'RKQ1.200826.002', '11'))).toBe(false);
    expect(contradicts(ANDROID('M2007J3SC', 1, 'RKQ1.200826.002', '13'))).toBe(true);
    expect(contradicts(ANDROID('PEGM00', 1, 'SP1A.210812.016', '9'))).toBe(true);
    // Huawei names the model in its build id, quarterly builds start with A: nothing to read.
    expect(contradicts(ANDROID('NOH-AN00', 1, 'HUAWEINOH-AN00', '12'))).toBe(false);
    expect(contradicts(ANDROID('PJD110', 1, 'AP3A.240617.008', '15'))).toBe(false);
    expect(androidParts(IPHONE('17_5_1'))).toBeNull();
  });

  /** A tool's strings: a real model and build id with any Android version, a random install id. */
  const tool = (u: () => number, k: number) => ANDROID(MODELS[k % MODELS.length], 700_000 + k, 'TKQ1.221114.001', String(9 + Math.floor(u() * 6)));

  it('flags the candidate a proxy program pushes, not the popular decoys it also ticks', () => {
    const u = rng(21);
    const events = honestCrowd({ start: T0 - DAY, days: 3, votes: 15_000, candidates: 12, seed: 8 });
    // 1,500 votes over 5 hours, Poisson-paced, each from a fresh home address: c6, and c7 or c8 or both as decoys.
    for (let k = 0; k < 1500; k++) {
      const decoys = u() < 0.6 ? ['c7', 'c8'] : [u() < 0.5 ? 'c7' : 'c8'];
      events.push({ at: Math.round(T0 + 4 * 60 * MIN + u() * 5 * 60 * MIN), accountId: `p${k}`, candidateIds: [...new Set(['c6', ...decoys])].sort(), ip: `182.98.${Math.floor(u() * 250)}.${1 + Math.floor(u() * 250)}`, userAgent: tool(u, k) });
    }
    expect(flagged(sorted(events))).toEqual(['c6']);
  });

  it('learns which versions each model runs from the crowd, and flags a tool that ignores them', () => {
    const u = rng(31);
    const events = honestCrowd({ start: T0 - DAY, days: 3, votes: 15_000, candidates: 12, seed: 8 });
    // Huawei-style build ids carry no release letter; the tool picks any Android 9–14 for any model.
    for (let k = 0; k < 1500; k++) {
      const model = MODELS[k % MODELS.length];
      events.push({ at: Math.round(T0 + 4 * 60 * MIN + u() * 5 * 60 * MIN), accountId: `p${k}`, candidateIds: ['c6'], ip: `182.98.${Math.floor(u() * 250)}.${1 + Math.floor(u() * 250)}`, userAgent: ANDROID(model, 700_000 + k, `HUAWEI${model}`, String(9 + Math.floor(u() * 6))) });
    }
    expect(flagged(sorted(events))).toEqual(['c6']);
  });

  it('leaves an employer alone whose issued phones all run one version the crowd rarely has', () => {
    const u = rng(37);
    const events = honestCrowd({ start: T0 - DAY, days: 3, votes: 15_000, candidates: 12, seed: 8 });
    // 400 staff on the commonest model, held back on Android 11 by IT: a rare pair for that model.
    for (let k = 0; k < 400; k++) {
      events.push({ at: Math.round(T0 + 60 * MIN - Math.log(1 - u()) * 30 * MIN), accountId: `w${k}`, candidateIds: ['c6'], ip: `218.87.40.${1 + (k % 3)}`, userAgent: ANDROID(MODELS[0], 600_000 + k, 'HUAWEIV2309A', '11') });
    }
    expect(flagged(sorted(events))).toEqual([]);
  });

  it('says nothing in a ballot whose honest strings are themselves inconsistent', () => {
    const u = rng(5);
    // A ledger whose strings were rebuilt with random Android versions for some phones: a third of
    // every candidate's Android voters look "forged", and nearly all of a budget-phone township's.
    const events = honestCrowd({ start: T0 - DAY, days: 3, votes: 15_000, candidates: 12, seed: 8 }).map((v, k) =>
      v.userAgent.includes('Android') && u() < 0.4 ? { ...v, userAgent: tool(u, k) } : v,
    );
    for (let k = 0; k < 1500; k++) {
      events.push({ at: Math.round(T0 + 4 * 60 * MIN - Math.log(1 - u()) * 40 * MIN), accountId: `m${k}`, candidateIds: ['c6'], ip: `218.87.${k % 5}.${1 + (k % 200)}`, userAgent: tool(u, 50_000 + k) });
    }
    expect(flagged(sorted(events))).toEqual([]);
  });
});

describe('one person\'s sitting', () => {
  // A clerk's 42 elders on one phone: gaps of a minute and a half to three minutes, a few breaks.
  const clerkGaps = [81, 106, 172, 107, 99, 105, 164, 93, 83, 36, 86, 268, 167, 117, 732, 147, 117, 186, 59, 781, 82, 87, 65, 586, 98, 54, 65, 109, 171, 102, 30, 112, 94, 470, 109, 91, 66, 67, 123, 143, 86];
  const stream = (scale: number): VoteEvent[] => {
    let t = T0;
    return [{ at: t, accountId: 'e0', candidateIds: ['c'], ip: '59.52.1.9', userAgent: ANDROID(MODELS[0], 7) }].concat(
      clerkGaps.map((g, k) => ({ at: (t += g * 1000 * scale), accountId: `e${k + 1}`, candidateIds: ['c'], ip: '59.52.1.9', userAgent: ANDROID(MODELS[0], 7) })),
    );
  };
  // Counts the clerk's votes marked regular, among a crowd's (whose whole set is no rhythm).
  const marked = (clerk: VoteEvent[]) => {
    const u = rng(71);
    const span = clerk[clerk.length - 1].at - T0;
    const crowd = Array.from({ length: 120 }, (_, k) => ({ at: T0 + Math.round(u() * span), accountId: `p${k}`, candidateIds: ['c'], ip: `36.${k}.4.2`, userAgent: ANDROID(MODELS[k % 5], 100 + k) }));
    const events = sorted([...clerk, ...crowd]);
    const mask = regularMask(voteLogOf(events), Array.from(events.keys()), 6, 0.5);
    return events.filter((e, i) => mask[i] === 1 && e.accountId.startsWith('e')).length;
  };

  it('is not a machine rhythm for up to three hours at a hand\'s pace, though most gaps fall in one band', () => {
    expect(marked(stream(1))).toBe(0); // 109 minutes
    expect(marked(stream(1.5))).toBe(0); // 164 minutes
  });

  it('the same rhythm kept up past a long sitting is one', () => {
    expect(marked(stream(2))).toBe(42); // 218 minutes
  });

  // A clerk going through 21 elders in 18 minutes on one phone, with three passers-by in the burst.
  const smallBurst = (gapsS: number[]) => {
    let t = T0;
    const clerk = [0, ...gapsS].map((g, k) => ({ at: (t += g * 1000), accountId: `e${k}`, candidateIds: ['c'], ip: '58.16.101.223', userAgent: ANDROID(MODELS[1], 3) }));
    const others = [265, 436, 828].map((s, k) => ({ at: T0 + s * 1000, accountId: `p${k}`, candidateIds: ['c'], ip: `117.18.${k}.7`, userAgent: ANDROID(MODELS[k + 2], 50 + k) }));
    const events = sorted([...clerk, ...others]);
    const mask = regularMask(voteLogOf(events), Array.from(events.keys()), 6, 0.5);
    return mask.reduce((a, b) => a + b, 0);
  };

  it('is not a machine rhythm when that sitting makes most of a small burst', () => {
    expect(smallBurst([30, 71, 81, 36, 98, 35, 60, 81, 24, 58, 39, 20, 47, 65, 36, 42, 75, 39, 43, 71])).toBe(0);
  });

  // A village clerk voting elders' own phones on the committee's Wi-Fi, about 70 s apiece.
  const clerkTimes = (gapsS: number[], from = T0) => {
    let t = from;
    return [from, ...gapsS.map((g) => (t += g * 1000))];
  };
  const steadyClerk = [50, 88, 70, 45, 102, 62, 79, 52, 110, 66, 83, 55, 95, 71, 42, 98, 60, 86, 74, 48, 104, 64, 80, 58];

  it('is not a machine rhythm when a clerk keeps a steadier pace than most (gap CV 0.2-0.3)', () => {
    const times = clerkTimes(steadyClerk);
    const u = rng(72);
    const span = times[times.length - 1] - T0;
    const clerk = times.map((at, k) => ({ at, accountId: `e${k}`, candidateIds: ['c'], ip: '118.181.42.53', userAgent: ANDROID(MODELS[k % 12], 300 + k) }));
    const crowd = Array.from({ length: 60 }, (_, k) => ({ at: T0 + Math.round(u() * span), accountId: `p${k}`, candidateIds: ['c'], ip: `36.${k}.4.2`, userAgent: ANDROID(MODELS[k % 5], 100 + k) }));
    const events = sorted([...clerk, ...crowd]);
    const mask = regularMask(voteLogOf(events), Array.from(events.keys()), 6, 0.5);
    expect(events.filter((e, i) => mask[i] === 1 && e.accountId.startsWith('e')).length).toBe(0);
    expect(judgeStream(times, true).why).toBeNull();
  });

  it('leaves no floor under the gaps that counts when it is a person\'s pace', () => {
    // Every gap 45-110 s: never a short one, as no one votes an account faster than that.
    const u = rng(73);
    const times = clerkTimes(Array.from({ length: 35 }, () => 45 + Math.round(65 * u())));
    expect(gapFloorLogOdds(times)).toBeLessThan(-18);
    expect(judgeStream(times, true).why).toBeNull();
  });

  it('reads the same pace spread over a /24\'s many addresses as a program, floor and all', () => {
    // A timer every 29 s shared out over three cloud /24s, each taking a new address per vote.
    const u = rng(76);
    const part: number[] = [];
    for (let k = 0, t = T0; k < 270; k++, t += 29_000) if (u() < 1 / 3) part.push(t);
    expect(judgeStream(part, true, part.length).why).toBe('floor');
    expect(judgeStream(part, true, 2).why).toBeNull();
  });

  it('reads sittings one after another on one network (clerk by morning, helper by evening) as people', () => {
    const u = rng(74);
    const morning = clerkTimes(Array.from({ length: 17 }, () => 40 + Math.round(70 * u())));
    const evening = clerkTimes(Array.from({ length: 12 }, () => 45 + Math.round(70 * u())), T0 + 10 * 3_600_000);
    expect(judgeStream([...morning, ...evening], true).why).toBeNull();
  });

  it('still reads a timer kept up session after session as one', () => {
    const u = rng(75);
    const session = (from: number) => clerkTimes(Array.from({ length: 14 }, () => 60 + Math.round(4 * u())), from);
    expect(judgeStream([...session(T0), ...session(T0 + 4 * 3_600_000)], true).why).toBe('gaps');
  });

  it('a timer that makes most of a small burst still is one', () => {
    expect(smallBurst([52, 49, 55, 47, 51, 50, 53, 48, 50, 54, 46, 51, 49, 52, 50, 48, 53, 47, 51, 50])).toBeGreaterThanOrEqual(21);
  });
});

describe('the minute a new day opens', () => {
  // T0 is 09:00 in Shanghai; the day opens at 16:00 UTC.
  const midnight = (d: number) => T0 + d * DAY + 15 * 60 * MIN;

  it('leaves keen supporters alone who vote the minute each day opens, night after night', () => {
    const u = rng(73);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    // 300 fans set an alarm: most vote within two or three minutes of midnight, a few later.
    for (let f = 0; f < 300; f++) {
      const phone = ANDROID(MODELS[f % MODELS.length], 870_000 + f, BUILDS[f % 4][0], BUILDS[f % 4][1], f % 3);
      for (let d = 0; d < 5; d++) {
        if (u() > 0.9) continue;
        const normal = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
        events.push({ at: Math.round(midnight(d) + 1.5 * MIN * Math.exp(0.8 * normal)), accountId: `m${f}`, candidateIds: ['c4'], ip: `117.60.${f % 250}.${1 + (f % 7)}`, userAgent: phone });
      }
    }
    expect(flagged(sorted(events))).toEqual([]);
  });

  it('still flags accounts that come back at one minute of another hour, day after day', () => {
    const u = rng(79);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    for (let f = 0; f < 300; f++) {
      const phone = ANDROID(MODELS[f % MODELS.length], 880_000 + f, BUILDS[f % 4][0], BUILDS[f % 4][1], f % 3);
      const minute = Math.floor(u() * 20);
      for (let d = 0; d < 5; d++) events.push({ at: Math.round(midnight(d) + 3 * 60 * MIN + minute * MIN + u() * 30_000), accountId: `l${f}`, candidateIds: ['c4'], ip: `117.61.${f % 250}.${1 + (f % 7)}`, userAgent: phone });
    }
    expect(flagged(sorted(events))).toEqual(['c4']);
  });
});

describe('one phone across the ballot\'s days', () => {
  it('flags 40 phones that each bring the candidate a few fresh accounts a day for five days', () => {
    const u = rng(13);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    // Phones of many models and systems, two fresh accounts each a day: nothing to see in any one day.
    const phones = Array.from({ length: 40 }, (_, k) => ANDROID(MODELS[k % MODELS.length], 900_000 + k, BUILDS[k % 4][0], BUILDS[k % 4][1], k % 3));
    for (let d = 0; d < 5; d++) {
      for (let k = 0; k < 80; k++) {
        // Along the daily rhythm, from anywhere: only the phones give it away.
        events.push({ at: Math.round(T0 + d * DAY + u() * 14 * 60 * MIN), accountId: `d${d}-${k}`, candidateIds: ['c4'], ip: `${36 + Math.floor(u() * 80)}.${Math.floor(u() * 250)}.${Math.floor(u() * 250)}.7`, userAgent: phones[Math.floor(u() * phones.length)] });
      }
    }
    const flags = detect(sorted(events));
    expect([...new Set(flags.map((f) => f.candidateId))]).toEqual(['c4']);
    expect(flags.some((f) => f.rule === 'device-reuse')).toBe(true);
  });

  it('leaves families who share a phone alone, every member voting daily all week', () => {
    const u = rng(17);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    // 300 households, 2–6 relatives each on one phone, for the same candidate, six days running.
    for (let h = 0; h < 300; h++) {
      const phone = ANDROID(MODELS[h % MODELS.length], 800_000 + h);
      const size = 2 + (h % 5);
      for (let d = 0; d < 6; d++) for (let m = 0; m < size; m++) if (u() < 0.8) events.push({ at: Math.round(T0 + d * DAY + 11 * 60 * MIN + u() * 60 * MIN), accountId: `f${h}-${m}`, candidateIds: ['c4'], ip: `59.52.${h % 250}.${1 + (h % 9)}`, userAgent: phone });
    }
    expect(flagged(sorted(events))).toEqual([]);
  });

  it('leaves large families alone whose members join on different days and then vote daily', () => {
    const u = rng(19);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    // 60 households of 8-10 relatives on one phone; a member starts on day 0, 1 or 2, then votes most days.
    for (let h = 0; h < 60; h++) {
      const phone = ANDROID(MODELS[h % MODELS.length], 700_000 + h, BUILDS[h % 4][0], BUILDS[h % 4][1], h % 3);
      const size = 8 + (h % 3);
      for (let d = 0; d < 6; d++) {
        // Each evening the family sits down when it suits them and goes through its members, 40-150 s each.
        let t = T0 + d * DAY + 10 * 60 * MIN + u() * 3 * 60 * MIN;
        for (let m = 0; m < size; m++) {
          const from = m % 3;
          if (d < from || (d > from && u() > 0.85)) continue;
          events.push({ at: Math.round(t), accountId: `g${h}-${m}`, candidateIds: ['c4'], ip: `59.53.${h % 250}.9`, userAgent: phone });
          t += 40_000 + u() * 110_000;
        }
      }
    }
    expect(flagged(sorted(events))).toEqual([]);
  });

  it('leaves village helpers alone who vote a dozen elders\' accounts on their own phones, evening after evening', () => {
    const u = rng(41);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    // 20 helpers, 6–14 elders each (a village clerk: 22), one after another with a chat in
    // between, then the same accounts again on later evenings.
    for (let h = 0; h < 20; h++) {
      const phone = ANDROID(MODELS[h % MODELS.length], 810_000 + h, BUILDS[h % 4][0], BUILDS[h % 4][1], h % 3);
      const elders = h < 3 ? 22 : 6 + (h % 9);
      for (const d of [1, 2, 4]) {
        let t = T0 + d * DAY + 11 * 60 * MIN + u() * 40 * MIN;
        for (let e = 0; e < elders; e++, t += -Math.log(1 - u()) * 3 * MIN) events.push({ at: Math.round(t), accountId: `e${h}-${e}`, candidateIds: ['c4'], ip: `59.52.${h}.9`, userAgent: phone });
      }
    }
    expect(flagged(sorted(events))).toEqual([]);
  });

  it('leaves village clerks alone who vote thirty to fifty elders\' accounts on their phones in one sitting', () => {
    const u = rng(61);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    // 16 clerks, 30–50 elders each, logged in to one by one by hand (about two minutes each, now
    // and then a break of 5–15 minutes): sittings of one to three hours. Most come back a later day.
    for (let h = 0; h < 16; h++) {
      const phone = ANDROID(MODELS[h % MODELS.length], 850_000 + h, BUILDS[h % 4][0], BUILDS[h % 4][1], h % 3);
      const elders = 30 + ((h * 7) % 21);
      for (const d of h % 2 === 0 ? [1, 3] : [2]) {
        let t = T0 + d * DAY + 2 * 60 * MIN + u() * 4 * 60 * MIN;
        for (let e = 0; e < elders; e++) {
          events.push({ at: Math.round(t), accountId: `v${h}-${e}`, candidateIds: ['c4'], ip: `59.52.${100 + h}.9`, userAgent: phone });
          const normal = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
          t += Math.min(110 * Math.exp(0.6 * normal), 400) * 1000 + (u() < 0.08 ? (5 + 10 * u()) * MIN : 0);
        }
      }
    }
    expect(flagged(sorted(events))).toEqual([]);
  });

  it('flags a farm whose phones each turn over twelve accounts across an afternoon', () => {
    const u = rng(43);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    for (let h = 0; h < 20; h++) {
      const phone = ANDROID(MODELS[h % MODELS.length], 820_000 + h, BUILDS[h % 4][0], BUILDS[h % 4][1], h % 3);
      let t = T0 + 2 * DAY + 6 * 60 * MIN + u() * 10 * MIN;
      // A worker's round: the next account every 8–14 minutes, for two hours and more.
      for (let e = 0; e < 12; e++, t += (8 + 6 * u()) * MIN) events.push({ at: Math.round(t), accountId: `k${h}-${e}`, candidateIds: ['c4'], ip: `59.52.200.${1 + (h % 3)}`, userAgent: phone });
    }
    expect(flagged(sorted(events))).toEqual(['c4']);
  });

  it('flags a farm worker rotating twenty phones, each taking its next account once a round', () => {
    const u = rng(67);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    // A round of the rack takes 3–13 minutes, so each phone takes 15 accounts in about two hours:
    // no clockwork, but steadier than anyone working through a queue of people by hand.
    for (let h = 0; h < 20; h++) {
      const phone = ANDROID(MODELS[h % MODELS.length], 860_000 + h, BUILDS[h % 4][0], BUILDS[h % 4][1], h % 3);
      let t = T0 + 2 * DAY + 5 * 60 * MIN + u() * 10 * MIN;
      for (let e = 0; e < 15; e++, t += (3 + 10 * u()) * MIN) events.push({ at: Math.round(t), accountId: `r${h}-${e}`, candidateIds: ['c4'], ip: `59.52.202.${1 + (h % 3)}`, userAgent: phone });
    }
    expect(flagged(sorted(events))).toEqual(['c4']);
  });

  it('flags a night job that rotates 45 phone strings over four hours at random gaps', () => {
    const u = rng(47);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    const strings = Array.from({ length: 45 }, (_, k) => ANDROID(MODELS[k % MODELS.length], 830_000 + k, BUILDS[k % 4][0], BUILDS[k % 4][1], k % 3));
    // Each string gets nine or ten of the accounts, in random order: no string is steady or busy.
    const order = Array.from({ length: 420 }, (_, k) => k % strings.length).sort(() => u() - 0.5);
    // 420 fresh accounts from 01:00 to 05:00, Poisson-paced: about nine on each string, none steady.
    for (let k = 0, t = T0 + 2 * DAY - 8 * 60 * MIN; k < 420; k++) {
      t += -Math.log(1 - u()) * (240 / 420) * MIN;
      events.push({ at: Math.round(t), accountId: `n${k}`, candidateIds: ['c4'], ip: `36.${40 + Math.floor(u() * 3)}.7.9`, userAgent: strings[order[k]] });
    }
    expect(flagged(sorted(events))).toEqual(['c4']);
  });

  it('flags a farm whose phones run through fourteen accounts in under an hour like clockwork', () => {
    const u = rng(53);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    for (let h = 0; h < 12; h++) {
      const phone = ANDROID(MODELS[h % MODELS.length], 840_000 + h, BUILDS[h % 4][0], BUILDS[h % 4][1], h % 3);
      let t = T0 + 3 * DAY + 2 * 60 * MIN + u() * 5 * MIN;
      for (let e = 0; e < 14; e++, t += 4 * MIN * (0.95 + 0.1 * u())) events.push({ at: Math.round(t), accountId: `q${h}-${e}`, candidateIds: ['c4'], ip: `59.52.201.${1 + (h % 2)}`, userAgent: phone });
    }
    expect(flagged(sorted(events))).toEqual(['c4']);
  });

  it('flags one phone string behind hundreds of fresh accounts within an hour, whatever its timing', () => {
    const u = rng(59);
    const events = honestCrowd({ start: T0, days: 6, votes: 24_000, candidates: 12, seed: 2 });
    // A copied string on a script: 400 fresh accounts in 50 minutes, Poisson-paced, from a few hosts.
    const copied = ANDROID(MODELS[3], 4242, BUILDS[1][0], BUILDS[1][1], 1);
    for (let k = 0, t = T0 + 2 * DAY + 3 * 60 * MIN; k < 400; k++) {
      t += -Math.log(1 - u()) * (50 / 400) * MIN;
      events.push({ at: Math.round(t), accountId: `z${k}`, candidateIds: ['c4'], ip: `47.101.9.${1 + Math.floor(u() * 12)}`, userAgent: copied });
    }
    expect(flagged(sorted(events))).toEqual(['c4']);
  });
});
