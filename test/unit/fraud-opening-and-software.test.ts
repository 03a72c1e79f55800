import { bulkPhones } from '../../src/fraud/bulk-phones';
import { candidateFresh, freshCounts } from '../../src/fraud/device-reuse';
import { phoneModel, phoneSoftware } from '../../src/fraud/devices';
import { detect } from '../../src/fraud/detector';
import { buildIndex } from '../../src/fraud/ledger-index';
import { judgeStream } from '../../src/fraud/machine-streams';
import { DEFAULT_OPTIONS } from '../../src/fraud/options';
import { gapRegularity, isRegular } from '../../src/fraud/timing';
import type { VoteEvent } from '../../src/fraud/types';
import { voteLogOf } from '../../src/fraud/vote-log';
import { ANDROID, BUILDS, DAY, IPHONE, MIN, MODELS, rng } from '../helpers/ledger-fixtures';

const o = DEFAULT_OPTIONS;

const T0 = Date.parse('2024-06-03T07:00:00Z'); // 15:00 Asia/Shanghai: the ballot opens

/** Two days of organic votes for 8 candidates: one account per phone, models, builds and WeChat versions spread. */
function organic(u = rng(7)): VoteEvent[] {
  const out: VoteEvent[] = [];
  for (let k = 0; k < 8000; k++) {
    const [build, os] = BUILDS[Math.floor(u() * BUILDS.length)];
    const ua = u() < 0.6 ? ANDROID(MODELS[Math.floor(u() * MODELS.length)], 10_000 + k, build, os, Math.floor(u() * 3)) : IPHONE(['17_5_1', '16_6'][Math.floor(u() * 2)]);
    out.push({ at: Math.round(T0 + 10 * MIN + u() * 2 * DAY), accountId: `o${k}`, candidateIds: [`c${Math.floor(u() * 8)}`], ip: `117.${Math.floor(u() * 50)}.${Math.floor(u() * 250)}.9`, userAgent: ua });
  }
  return out;
}

function bulkOf(events: VoteEvent[], id = 'c3') {
  const index = buildIndex(voteLogOf(events));
  const votes = index.votesOf[index.candidates.indexOf(id)];
  return bulkPhones(index, freshCounts(index), candidateFresh(index, votes), votes, { tiers: [{ minAccounts: o.bulkMinAccounts, minPhones: o.bulkMinPhones }], minLogOdds: o.reuseMinLogOdds, minRatio: o.reuseMinRatio });
}

describe('votes stamped with one instant have no rhythm', () => {
  it('a pile of equal timestamps is neither a sleep loop nor a timer', () => {
    const pile = Array.from({ length: 80 }, () => T0);
    expect(isRegular(gapRegularity(pile), pile.length - 1, o.regularCv)).toBe(false);
    expect(judgeStream(pile, true).why).toBeNull();
    // …and a pile plus a few later votes in the same second-of-minute is still one firing, not a timer.
    const mostly = [...pile.slice(0, 30), T0 + 60_400, T0 + 120_700, T0 + 181_100];
    expect(judgeStream(mostly, true).why).toBeNull();
  });

  it('a timer firing on the clock minute after minute is still one', () => {
    const u = rng(11);
    const timer = Array.from({ length: 30 }, (_, k) => T0 + k * 3 * MIN + 12_000 + Math.floor(u() * 900));
    expect(judgeStream(timer, true).why).not.toBeNull();
  });

  it('the opening push (a queue released at the opening instant for every candidate) is not flagged', () => {
    const u = rng(5);
    const events = organic();
    // 900 people were waiting: their votes all carry the opening instant, over every candidate,
    // two candidates taking twice their usual share; some through one office NAT.
    for (let k = 0; k < 900; k++) {
      const c = k % 5 === 0 ? (k % 2 === 0 ? 'c1' : 'c2') : `c${Math.floor(u() * 8)}`;
      events.push({ at: T0, accountId: `q${k}`, candidateIds: [c], ip: k % 9 === 0 ? '218.64.7.9' : `120.${k % 50}.${k % 250}.3`, userAgent: ANDROID(MODELS[k % MODELS.length], 90_000 + k) });
    }
    // Then people keep arriving through the rest of the minute, as ever.
    for (let k = 0; k < 40; k++) events.push({ at: T0 + Math.round(u() * 60_000), accountId: `r${k}`, candidateIds: [`c${3 + Math.floor(u() * 5)}`], ip: `121.${k}.9.3`, userAgent: ANDROID(MODELS[k % MODELS.length], 95_000 + k) });
    expect(detect(events)).toEqual([]);
  });

  it('a script that fires its accounts at a steady pace right after the opening is still flagged', () => {
    const events = organic();
    for (let k = 0; k < 120; k++) events.push({ at: T0 + 30_000 + k * 4000 + (k % 3) * 150, accountId: `s${k}`, candidateIds: ['c4'], ip: `47.96.${k % 4}.${k}`, userAgent: ANDROID('V2309A', 70_000 + k) });
    expect(detect(events).some((f) => f.candidateId === 'c4')).toBe(true);
  });
});

describe('bulk phones of one software: spoofed models on one system image', () => {
  it('the software is the Android string without its model, install id and network type', () => {
    const a = ANDROID('ALN-AL00', 1, 'SP1A.210812.016', '12', 1);
    const b = ANDROID('PJD110', 2, 'SP1A.210812.016', '12', 1).replace('NetType/WIFI', 'NetType/4G');
    expect(phoneModel(a)).not.toBe(phoneModel(b));
    expect(phoneSoftware(a)).toBe(phoneSoftware(b));
    expect(phoneSoftware(a)).not.toBe(phoneSoftware(ANDROID('ALN-AL00', 1, 'SP1A.210812.016', '12', 2)));
    expect(phoneSoftware(IPHONE('17_5_1'))).toBe(phoneSoftware(IPHONE('17_5_1').replace('NetType/WIFI', 'NetType/5G')));
  });

  it('100 cloud phones claiming 12 models on one image, 3 to 6 fresh accounts each, are one farm', () => {
    const events = organic();
    const u = rng(3);
    for (let p = 0; p < 100; p++) {
      let t = T0 + DAY + 6 * 3_600_000 + u() * 3 * 3_600_000;
      for (let k = 0; k < 3 + (p % 4); k++) {
        t += 60_000 + u() * 30 * MIN;
        events.push({ at: Math.round(t), accountId: `cloud${p}-${k}`, candidateIds: ['c3'], ip: `222.32.59.${p}`, userAgent: ANDROID(MODELS[p % MODELS.length], 50_000 + p, 'SP1A.210812.016', '12', 7) });
      }
    }
    const r = bulkOf(events);
    expect(r.models.some((m) => m.by === 'software' && m.phones >= 90)).toBe(true);
    expect(detect(events).some((f) => f.candidateId === 'c3')).toBe(true);
  });

  it('relatives sharing phones on the common software of the day are not, when that software is as common in the ballot', () => {
    const events = organic();
    const u = rng(9);
    // 300 households, 2 to 5 accounts on each phone, on the same mix of builds and WeChat versions as everyone.
    for (let p = 0; p < 300; p++) {
      const [build, os] = BUILDS[p % BUILDS.length];
      let t = T0 + DAY + 11 * 3_600_000 + u() * 8 * 3_600_000;
      for (let k = 0; k < 2 + (p % 4); k++) {
        t += 20_000 + u() * 120_000;
        events.push({ at: Math.round(t), accountId: `home${p}-${k}`, candidateIds: ['c3'], ip: `59.63.${p}.1`, userAgent: ANDROID(MODELS[p % MODELS.length], 60_000 + p, build, os, p % 3) });
      }
    }
    expect(bulkOf(events).models).toEqual([]);
    expect(detect(events).some((f) => f.candidateId === 'c3')).toBe(false);
  });

  it('staff on company phones that all run one image, one account each, are not', () => {
    const events = organic();
    const u = rng(13);
    let t = T0 + DAY + 2 * 3_600_000;
    for (let k = 0; k < 400; k++) events.push({ at: Math.round((t += -Math.log(1 - u()) * 20_000)), accountId: `staff${k}`, candidateIds: ['c3'], ip: '218.64.7.9', userAgent: ANDROID(MODELS[k % 3], 70_000 + k, 'SP1A.210812.016', '12', 7) });
    expect(bulkOf(events).models).toEqual([]);
    expect(detect(events).some((f) => f.candidateId === 'c3')).toBe(false);
  });
});
