import { bulkPhones } from '../../src/fraud/bulk-phones';
import { candidateFresh, freshCounts } from '../../src/fraud/device-reuse';
import { deviceString, phoneModel } from '../../src/fraud/devices';
import { detect } from '../../src/fraud/detector';
import { buildIndex } from '../../src/fraud/ledger-index';
import { DEFAULT_OPTIONS } from '../../src/fraud/options';
import type { VoteEvent } from '../../src/fraud/types';
import { voteLogOf } from '../../src/fraud/vote-log';
import { ANDROID as ANDROID_ON, DAY, IPHONE, MIN, rng } from '../helpers/ledger-fixtures';

const o = DEFAULT_OPTIONS;
const MODELS = ['V2309A', 'PGT-AN10', 'ALN-AL00', '23049RAD8C', 'M2007J3SC', 'PEGM00', 'SM-S9080', 'PJD110', 'V2055A', '22041211AC', 'CPH2449', 'RMX3706'];
/** Phones on one build (TP1A, Android 13 by default): models and install ids tell them apart. */
const ANDROID = (model: string, id: number, net = 'WIFI', os = '13') => ANDROID_ON(model, id, 'TP1A.220624.014', os, 0, net);
const T0 = Date.parse('2024-06-03T00:00:00Z');

/** Two days of organic votes for 8 candidates: one account per phone, models spread evenly. */
function organic(u = rng(7)): VoteEvent[] {
  const out: VoteEvent[] = [];
  for (let k = 0; k < 8000; k++) {
    const ua = u() < 0.5 ? ANDROID(MODELS[Math.floor(u() * MODELS.length)], 10_000 + k) : IPHONE(['17_5_1', '16_6'][Math.floor(u() * 2)]);
    out.push({ at: Math.round(T0 + u() * 2 * DAY), accountId: `o${k}`, candidateIds: [`c${Math.floor(u() * 8)}`], ip: `117.${Math.floor(u() * 50)}.${Math.floor(u() * 250)}.9`, userAgent: ua });
  }
  return out;
}

/** `phones` phones, each logging `accounts(p)` fresh accounts in turn for c3, a minute or two apart, from `ip(p)`. */
function sharedPhones(events: VoteEvent[], phones: number, model: (p: number) => string, accounts: (p: number) => number, ip: (p: number) => string, tag: string, u = rng(3)) {
  for (let p = 0; p < phones; p++) {
    let t = T0 + DAY + 19 * 3_600_000 + u() * 60 * MIN;
    for (let k = 0; k < accounts(p); k++) {
      t += 15_000 + u() * 90_000;
      events.push({ at: Math.round(t), accountId: `${tag}${p}-${k}`, candidateIds: ['c3'], ip: ip(p), userAgent: ANDROID(model(p), 50_000 + p) });
    }
  }
}

function bulkOf(events: VoteEvent[]) {
  const index = buildIndex(voteLogOf(events));
  const votes = index.votesOf[index.candidates.indexOf('c3')];
  return bulkPhones(index, freshCounts(index), candidateFresh(index, votes), votes, { tiers: [{ minAccounts: o.bulkMinAccounts, minPhones: o.bulkMinPhones }], minLogOdds: o.reuseMinLogOdds, minRatio: o.reuseMinRatio });
}

describe('devices and models', () => {
  it('a device is the user agent without its network type; the model is what an Android string names', () => {
    expect(deviceString(ANDROID('V2309A', 1, '4G'))).toBe(deviceString(ANDROID('V2309A', 1, 'WIFI')));
    expect(deviceString(ANDROID('V2309A', 1))).not.toBe(deviceString(ANDROID('V2309A', 2)));
    expect(phoneModel(ANDROID('V2309A', 1, 'WIFI', '12'))).toBe('V2309A');
    expect(phoneModel(ANDROID('V2309A', 2, '5G', '14'))).toBe('V2309A');
  });
});

describe('bulk phones: many installs of one model each turning over fresh accounts', () => {
  it('a farm of 20 phones of one model, 3 to 6 fresh accounts each, from two addresses, is one', () => {
    const events = organic();
    sharedPhones(events, 20, () => 'PJD110', (p) => 3 + (p % 4), (p) => `59.62.1.${p % 2}`, 'farm');
    const r = bulkOf(events);
    expect(r.models).toHaveLength(1);
    expect(r.models[0].phones).toBe(20);
    expect(r.excessAccounts).toBeGreaterThan(60);
    expect(detect(events).some((f) => f.candidateId === 'c3')).toBe(true);
  });

  it('on a multi-choice ballot the farm\'s decoy pick is not the candidate the phones serve', () => {
    const events = organic();
    for (let p = 0; p < 20; p++) {
      for (let k = 0; k < 6; k++) {
        // Every vote selects c3; every other one also picks c5.
        const picks = k % 2 === 0 ? ['c3', 'c5'] : ['c3'];
        events.push({ at: T0 + DAY + 19 * 3_600_000 + p * 7000 + k * 120_000, accountId: `farm${p}-${k}`, candidateIds: picks, ip: '59.62.1.1', userAgent: ANDROID('PJD110', 60_000 + p) });
      }
    }
    const index = buildIndex(voteLogOf(events));
    const bulk = (id: string) => {
      const votes = index.votesOf[index.candidates.indexOf(id)];
      return bulkPhones(index, freshCounts(index), candidateFresh(index, votes), votes, { tiers: [{ minAccounts: o.bulkMinAccounts, minPhones: o.bulkMinPhones }], minLogOdds: o.reuseMinLogOdds, minRatio: o.reuseMinRatio });
    };
    expect(bulk('c3').models).toHaveLength(1);
    expect(bulk('c5').models).toEqual([]);
  });

  it('relatives sharing a phone (2 to 5 accounts on whatever phone a household owns, from home) are not', () => {
    const events = organic();
    sharedPhones(events, 300, (p) => MODELS[p % MODELS.length], (p) => 2 + (p % 4), (p) => `59.63.${p}.1`, 'home');
    expect(bulkOf(events).models).toEqual([]);
    expect(detect(events).some((f) => f.candidateId === 'c3')).toBe(false);
  });

  it('cloud phones rented by the hundred, on one image, two fresh accounts each, are one; forty phones are needed', () => {
    /** `phones` cloud phones claiming three popular models on the image's own build of Android 13, two fresh accounts each for c3. */
    const cloud = (events: VoteEvent[], phones: number) => {
      const u = rng(5);
      for (let p = 0; p < phones; p++) {
        const ua = ANDROID_ON(['PJD110', 'V2055A', 'RMX3706'][p % 3], 90_000 + p, 'TKQ1.221114.001', '13', 2);
        for (let k = 0; k < 2; k++) events.push({ at: Math.round(T0 + DAY + 8 * 3_600_000 + u() * 90 * MIN), accountId: `cloud${p}-${k}`, candidateIds: ['c3'], ip: `47.109.230.${p % 8}`, userAgent: ua });
      }
      return events;
    };
    const events = cloud(organic(), 150);
    const flags = detect(events).filter((f) => f.candidateId === 'c3');
    expect(flags).toHaveLength(1);
    expect((flags[0].evidence as { bulkPhones: Array<{ by: string; phones: number }> }).bulkPhones[0]).toMatchObject({ by: 'software', phones: 150 });
    expect(detect(events, { bulkPairMinPhones: 1e9 }).some((f) => f.candidateId === 'c3')).toBe(false);
    expect(detect(cloud(organic(), 30)).some((f) => f.candidateId === 'c3')).toBe(false);
  });

  it('households with a second account on the phone, by the hundred, on whatever phones they own, are not', () => {
    const events = organic();
    sharedPhones(events, 400, (p) => MODELS[p % MODELS.length], () => 2, (p) => `59.63.${p % 250}.${1 + Math.floor(p / 250)}`, 'home');
    expect(detect(events).some((f) => f.candidateId === 'c3')).toBe(false);
  });

  it('a village whose households favour one local model is not, when its own other phones favour it too', () => {
    const events = organic();
    // Households on a local model rare elsewhere in the ballot (a third of the village's phones)…
    sharedPhones(events, 120, (p) => (p % 3 === 0 ? 'V2324A' : MODELS[p % (MODELS.length - 1)]), (p) => 3 + (p % 2), (p) => `59.64.${p}.1`, 'village');
    // …and the village's one-account phones for the same candidate, on the same mix of models.
    for (let k = 0; k < 300; k++) events.push({ at: T0 + DAY + 19 * 3_600_000 + k * 10_000, accountId: `villager${k}`, candidateIds: ['c3'], ip: `59.65.${k}.1`, userAgent: ANDROID(k % 3 === 0 ? 'V2324A' : MODELS[k % (MODELS.length - 1)], 80_000 + k) });
    expect(bulkOf(events).models).toEqual([]);
  });

  it('an employer\'s staff on one company model, one account each, is not', () => {
    const events = organic();
    sharedPhones(events, 400, () => 'ALN-AL00', () => 1, () => '218.64.7.9', 'staff');
    expect(bulkOf(events).models).toEqual([]);
    expect(detect(events).some((f) => f.candidateId === 'c3')).toBe(false);
  });

  it('an employer\'s staff on company iPhones, one morning message, office NAT, some on 4G or 5G, is not', () => {
    const events = organic();
    const u = rng(5);
    for (let k = 0; k < 400; k++) {
      const net = u() < 0.9 ? 'NetType/WIFI' : u() < 0.5 ? 'NetType/4G' : 'NetType/5G';
      events.push({ at: Math.round(T0 + DAY + 9 * 3_600_000 + u() * 3 * 3_600_000), accountId: `staff${k}`, candidateIds: ['c3'], ip: net === 'NetType/WIFI' ? '218.64.7.9' : `223.104.${k % 7}.1`, userAgent: IPHONE('18_6_2').replace('NetType/WIFI', net) });
    }
    expect(detect(events).some((f) => f.candidateId === 'c3')).toBe(false);
  });
});
