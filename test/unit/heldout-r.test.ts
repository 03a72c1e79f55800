import { MINUTE, shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-r/catalogue';
import { generate } from '../../load-tests/heldout-r/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'R', families, runs, threeSeeds: 'R1', twoSeeds: 'R2', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

describe('required shapes', () => {
  it('R4: the script is under a third of the surge, from two hosting /24s with at most two user agents, at machine pacing', () => {
    const { votes, sources } = generate(runs({ family: 'R4', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 20, userAgents: 2, prefixes: 2 });
    const gaps = script.slice(1).map((v, i) => v.at - script[i].at);
    expect(Math.min(...gaps)).toBeGreaterThan(4000);
    expect(Math.max(...gaps)).toBeLessThan(13_500);
  });

  it('R5: every farm phone keeps one exact user agent and never reuses an account; few addresses', () => {
    const { votes, sources } = generate(runs({ family: 'R5', seed: 1 })[0], { crowdScale: 0.2 });
    const farm = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(new Set(farm.map((v) => v.accountId)).size).toBe(farm.length);
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(6);
    const uas = new Set(farm.map((v) => v.userAgent));
    expect(uas.size).toBeGreaterThanOrEqual(3);
    expect(uas.size).toBeLessThanOrEqual(36);
  });

  it('R8: attack votes carry cover picks, and only the client is labelled attacked', () => {
    const { votes, sources, labels, ballot } = generate(runs({ family: 'R8', seed: 1 })[0], { crowdScale: 0.2 });
    expect(ballot.maxChoices).toBe(3);
    const attack = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(attack.every((v) => v.candidateIds.length >= 2)).toBe(true);
    expect(new Set(labels.attacks.map((a) => a.candidateId)).size).toBe(1);
  });

  it('R9: the night shift votes between 22:00 and 06:00 at several times its candidate’s daytime rate', () => {
    const { votes, sources } = generate(runs({ family: 'R9', seed: 1 })[0], { crowdScale: 0.3 });
    const night = votes.filter((v) => sources[v.source].kind === 'legit');
    const target = sources.find((s) => s.kind === 'legit')?.candidateId ?? '';
    expect(night.length).toBeGreaterThan(100);
    expect(night.every((v) => { const m = shanghaiMinuteOfDay(v.at); return m >= 22 * 60 - 90 || m < 7 * 60; })).toBe(true);
    const day = votes.filter((v) => sources[v.source].kind === 'organic' && v.candidateIds.includes(target) && shanghaiMinuteOfDay(v.at) >= 8 * 60 && shanghaiMinuteOfDay(v.at) < 22 * 60);
    expect(night.length / 8).toBeGreaterThan((2 * day.length) / 14);
  });

  it('R17: each volunteer helps elders one after another through one hotspot address', () => {
    const { votes, sources } = generate(runs({ family: 'R17', seed: 1 })[0], { crowdScale: 0.3 });
    const helped = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(helped.length).toBeGreaterThan(20);
    const first = helped[0];
    const same = helped.filter((v) => v.ip === first.ip && Math.abs(v.at - first.at) < 3 * 60 * MINUTE);
    expect(same.length).toBeGreaterThan(3);
    expect(new Set(same.map((v) => v.userAgent)).size).toBe(same.length);
  });
});
